import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import type { OutgoingMessage } from '../messageList';
import { ReplyQuote } from './MessageItem';
import { MessageBody } from '../../../components/MessageBody';

interface OutgoingItemProps {
  message: OutgoingMessage;
  authorName: string;
  onRetry: (message: OutgoingMessage) => void;
  onDiscard: (message: OutgoingMessage) => void;
}

/** One of the user's messages not yet stored: "sending…", or "not sent" with retry (same clientId) and discard. */
export function OutgoingItem({ message, authorName, onRetry, onDiscard }: OutgoingItemProps) {
  const { t } = useTranslation();
  const failed = message.status === 'failed';
  return (
    <li
      className={['message', 'message--own', 'message--outgoing', failed ? 'message--failed' : '']
        .filter(Boolean)
        .join(' ')}
      data-client-id={message.clientId}
    >
      <div className="message__header">
        <span className="message__author">{authorName}</span>
        <span className="message__status" role="status">
          {failed ? t('discussions.outgoing.failed') : t('discussions.outgoing.sending')}
        </span>
      </div>
      {message.replyTo ? <ReplyQuote replyTo={message.replyTo} /> : null}
      <MessageBody body={message.body} />
      {failed ? (
        <div className="message__actions">
          <Button variant="secondary" className="button--small" onClick={() => onRetry(message)}>
            {t('discussions.outgoing.retry')}
          </Button>
          <Button variant="link" className="button--small" onClick={() => onDiscard(message)}>
            {t('discussions.outgoing.discard')}
          </Button>
        </div>
      ) : null}
    </li>
  );
}
