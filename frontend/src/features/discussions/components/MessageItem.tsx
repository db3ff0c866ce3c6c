import { editMessageSchema, type GroupMember, type Message } from '@pn/shared';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { FormField } from '../../../components/FormField';
import { useLocale } from '../../../lib/useLocale';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import { useEditMessage } from '../hooks/useMessageMutations';
import { mentionsToPlainText } from '../../../lib/mentions';
import { MessageBody } from '../../../components/MessageBody';
import { PollCard } from '../../polls';
import { MentionTextarea } from './MentionTextarea';

/** Editing keeps the mentions made and shows them by name; new ones are made when writing. */
const NO_SUGGESTIONS: readonly GroupMember[] = [];

/** "In reply to X: …", linking to the message replied to. */
export function ReplyQuote({ replyTo }: { replyTo: NonNullable<Message['replyTo']> }) {
  const { t } = useTranslation();
  const name = replyTo.author?.displayName ?? t('discussions.formerMember');
  return (
    <blockquote className="message__quote">
      <a href={`#message-${replyTo.id}`}>{t('discussions.message.inReplyTo', { name })}</a>
      {replyTo.excerpt ? <span className="message__excerpt">{mentionsToPlainText(replyTo.excerpt)}</span> : null}
    </blockquote>
  );
}

/** Editing one's own message in place: Enter saves, Shift+Enter starts a new line, Escape cancels. */
function EditMessageForm({ message, onDone }: { message: Message; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useSchemaForm({ schema: editMessageSchema, defaultValues: { body: message.body } });
  // Controlled: the mention box keeps the markup while it shows names.
  const { field: bodyField } = useController({ control: form.control, name: 'body' });
  const edit = useEditMessage(message.threadId);
  const id = `edit-${message.id}`;

  const save = form.submit((request) => {
    if (request.body === message.body) {
      onDone();
      return;
    }
    edit.mutate(
      { id: message.id, body: request },
      { onSuccess: onDone, onError: (error) => form.showServerError(error) },
    );
  });

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onDone();
    } else if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void save();
    }
  };

  return (
    <form id={form.formId} className="message__edit" noValidate onSubmit={(event) => void save(event)}>
      <FormAlert messages={form.formErrors} />
      <FormField id={id} label={t('discussions.message.editLabel')} error={form.fieldError('body')}>
        {(control) => (
          <div className="composer__input">
            <MentionTextarea
              id={control.id}
              invalid={control['aria-invalid']}
              describedBy={control['aria-describedby']}
              value={bodyField.value}
              people={NO_SUGGESTIONS}
              selfId={message.author?.id ?? ''}
              autoFocus
              onChange={bodyField.onChange}
              onKeyDown={onKeyDown}
            />
          </div>
        )}
      </FormField>
      <div className="actions-row">
        <Button type="submit" className="button--small" busy={edit.isPending} busyLabel={t('common.saving')}>
          {t('discussions.message.save')}
        </Button>
        <Button variant="link" className="button--small" onClick={onDone} disabled={edit.isPending}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

interface MessageItemProps {
  message: Message;
  selfId: string | null;
  /** Members may reply; signed-in members who can read may flag; coordinators may delete anyone's. */
  canReply: boolean;
  canFlag: boolean;
  canModerate: boolean;
  onReply: (message: Message) => void;
  onDelete: (message: Message) => void;
  onFlag: (message: Message) => void;
  /** Set once the reader has flagged this message: their thank-you, shown (and announced) beside it. */
  flaggedNote?: string | null;
}

/** One stored message: author, time, "edited", its markdown (or why it is gone), and what one may do with it. */
export function MessageItem({
  message,
  selfId,
  canReply,
  canFlag,
  canModerate,
  onReply,
  onDelete,
  onFlag,
  flaggedNote = null,
}: MessageItemProps) {
  const { t } = useTranslation();
  const noteRef = useRef<HTMLParagraphElement>(null);
  // The flag button the dialog would give focus back to is gone: the note takes it, where the reader is looking.
  useEffect(() => {
    if (flaggedNote) noteRef.current?.focus();
  }, [flaggedNote]);
  const { formatDateTime } = useLocale();
  const [editing, setEditing] = useState(false);
  const own = selfId !== null && message.author?.id === selfId;
  const gone = message.deleted || message.hidden;
  const author = message.author?.displayName ?? t('discussions.formerMember');

  return (
    <li id={`message-${message.id}`} className={['message', own ? 'message--own' : ''].filter(Boolean).join(' ')}>
      <div className="message__header">
        <span className="message__author">{author}</span>
        <time className="message__time" dateTime={message.createdAt}>
          {formatDateTime(message.createdAt)}
        </time>
        {message.editedAt && !gone ? (
          <span className="message__edited" title={formatDateTime(message.editedAt)}>
            {t('discussions.message.edited')}
          </span>
        ) : null}
      </div>
      {message.replyTo && !gone ? <ReplyQuote replyTo={message.replyTo} /> : null}
      {message.deleted ? (
        <p className="message__placeholder">{t('discussions.message.deleted')}</p>
      ) : message.hidden ? (
        <p className="message__placeholder">{t('discussions.message.hidden')}</p>
      ) : message.pollId ? (
        <PollCard pollId={message.pollId} />
      ) : editing ? (
        <EditMessageForm message={message} onDone={() => setEditing(false)} />
      ) : (
        <MessageBody body={message.body} />
      )}
      {!gone && !editing ? (
        <div className="message__actions">
          {canReply ? (
            <Button variant="link" className="button--small" onClick={() => onReply(message)}>
              {t('discussions.message.reply')}
              <span className="visually-hidden"> {t('discussions.message.toName', { name: author })}</span>
            </Button>
          ) : null}
          {own && canReply && !message.pollId ? (
            <Button variant="link" className="button--small" onClick={() => setEditing(true)}>
              {t('discussions.message.edit')}
            </Button>
          ) : null}
          {own || canModerate ? (
            <Button variant="link" className="button--small" onClick={() => onDelete(message)}>
              {t('discussions.message.delete')}
              {own ? null : (
                <span className="visually-hidden"> {t('discussions.message.byName', { name: author })}</span>
              )}
            </Button>
          ) : null}
          {canFlag && !own && !flaggedNote ? (
            <Button variant="link" className="button--small" onClick={() => onFlag(message)}>
              {t('discussions.message.flag')}
              <span className="visually-hidden"> {t('discussions.message.byName', { name: author })}</span>
            </Button>
          ) : null}
        </div>
      ) : null}
      {flaggedNote ? (
        <p ref={noteRef} className="message__flagged" role="status" tabIndex={-1}>
          {flaggedNote}
        </p>
      ) : null}
    </li>
  );
}
