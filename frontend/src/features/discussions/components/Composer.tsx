import { editMessageSchema, type GroupMember, type Message } from '@pn/shared';
import { useRef, type FormEvent, type KeyboardEvent } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { newClientId } from '../../../lib/clientId';
import { sendTyping } from '../../../lib/socket';
import { useMessageText } from '../../../lib/useMessageText';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import { usePostMessage } from '../hooks/useMessageMutations';
import { mentionsToPlainText } from '../../../lib/mentions';
import { shouldSendTyping } from '../typing';
import { MentionTextarea } from './MentionTextarea';
import { TypingIndicator } from './TypingIndicator';

/** Characters of the replied-to message shown above the composer and sent as its quote until stored. */
const EXCERPT_LENGTH = 140;

export const COMPOSER_ID = 'composer-body';

interface ComposerProps {
  threadId: string;
  selfId: string;
  /** The group's members, offered after "@". */
  people: readonly GroupMember[];
  replyTo: Message | null;
  onCancelReply: () => void;
}

function excerpt(body: string): string {
  const plain = mentionsToPlainText(body).replace(/\s+/g, ' ').trim();
  return plain.length > EXCERPT_LENGTH ? `${plain.slice(0, EXCERPT_LENGTH - 1)}…` : plain;
}

/**
 * Writing a message: Enter sends, Shift+Enter starts a new line; "@" offers the group's members (see
 * MentionTextarea), sent as `@[Name](id)`. Others see "typing…" at most every few seconds. The message shows
 * in the thread at once, marked as sending.
 */
export function Composer({ threadId, selfId, people, replyTo, onCancelReply }: ComposerProps) {
  const { t } = useTranslation();
  const messageText = useMessageText();
  const hintId = `${COMPOSER_ID}-hint`;
  const lastTypingSent = useRef<number | null>(null);
  const form = useSchemaForm({ schema: editMessageSchema, defaultValues: { body: '' } });
  // Controlled here rather than registered: the mention box keeps the markup while it shows names.
  const { field: bodyField } = useController({ control: form.control, name: 'body' });
  const text = bodyField.value;
  const setText = bodyField.onChange as (value: string) => void;
  const bodyError = form.fieldError('body');
  const { send: sendMessage } = usePostMessage(threadId);

  const send = (request: { body: string }) => {
    sendMessage({
      clientId: newClientId(),
      body: request.body,
      replyTo: replyTo ? { id: replyTo.id, author: replyTo.author, excerpt: excerpt(replyTo.body) } : null,
    });
    form.reset({ body: '' });
    lastTypingSent.current = null;
    onCancelReply();
  };

  const submit = () => {
    // Enter in an empty composer does nothing (it is not a mistake worth an error message).
    if (text.trim()) void form.submit(send)();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Escape' && replyTo) {
      event.preventDefault();
      onCancelReply();
      return;
    }
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <form
      id={form.formId}
      className="composer"
      noValidate
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        submit();
      }}
    >
      <FormAlert messages={form.formErrors} />
      {replyTo ? (
        <div className="composer__reply">
          <p>
            <strong>
              {t('discussions.composer.replyingTo', {
                name: replyTo.author?.displayName ?? t('discussions.formerMember'),
              })}
            </strong>{' '}
            <span className="muted">{excerpt(replyTo.body)}</span>
          </p>
          <Button variant="link" className="button--small" onClick={onCancelReply}>
            {t('discussions.composer.cancelReply')}
          </Button>
        </div>
      ) : null}
      <label id={`${COMPOSER_ID}-label`} htmlFor={COMPOSER_ID} className="field__label">
        {replyTo ? t('discussions.composer.replyLabel') : t('discussions.composer.label')}
      </label>
      {bodyError ? (
        <p className="field__error" id={`${COMPOSER_ID}-error`}>
          <span className="visually-hidden">{t('common.errorPrefix')} </span>
          {messageText(bodyError)}
        </p>
      ) : null}
      <div className="composer__input">
        <MentionTextarea
          id={COMPOSER_ID}
          value={text}
          people={people}
          selfId={selfId}
          invalid={Boolean(bodyError)}
          describedBy={[bodyError ? `${COMPOSER_ID}-error` : '', hintId].filter(Boolean).join(' ')}
          onChange={(markup) => {
            setText(markup);
            const now = Date.now();
            if (markup.trim() && shouldSendTyping(lastTypingSent.current, now)) {
              lastTypingSent.current = now;
              sendTyping(threadId);
            }
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <p className="field__hint" id={hintId}>
        {t('discussions.composer.hint')}
      </p>
      <div className="composer__footer">
        <TypingIndicator threadId={threadId} />
        <Button type="submit">{t('discussions.composer.send')}</Button>
      </div>
    </form>
  );
}
