import { useTranslation } from 'react-i18next';
import type { Message } from '../i18n/types';
import { useMessageText } from '../lib/useMessageText';

/** The problems of a form that belong to no single field (or came from the server), as an alert. */
export function FormAlert({ messages }: { messages: readonly Message[] }) {
  const { t } = useTranslation();
  const messageText = useMessageText();
  if (messages.length === 0) return null;
  return (
    <div className="alert alert--error" role="alert" tabIndex={-1} data-form-alert>
      <p className="alert__title">{t('errors.problemTitle')}</p>
      {messages.length === 1 && messages[0] ? (
        <p>{messageText(messages[0])}</p>
      ) : (
        <ul>
          {messages.map((message, index) => (
            <li key={index}>{messageText(message)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
