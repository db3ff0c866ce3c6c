import { DISCUSSION_LIMITS, editMessageSchema, type GroupMember, type Message } from '@pn/shared';
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { newClientId } from '../../../lib/clientId';
import { sendTyping } from '../../../lib/socket';
import { useMessageText } from '../../../lib/useMessageText';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import { usePostMessage } from '../hooks/useMessageMutations';
import { findMentionQuery, insertMention, matchMentionables, mentionsToPlainText } from '../../../lib/mentions';
import { shouldSendTyping } from '../typing';
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
 * Writing a message: Enter sends, Shift+Enter starts a new line; "@" offers the group's members (arrows to
 * choose, Enter or Tab to insert, Escape to close), inserting `@[Name](id)`. Others see "typing…" at most
 * every few seconds. The message shows in the thread at once, marked as sending.
 */
export function Composer({ threadId, selfId, people, replyTo, onCancelReply }: ComposerProps) {
  const { t } = useTranslation();
  const messageText = useMessageText();
  const listId = useId();
  const hintId = `${COMPOSER_ID}-hint`;
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const pendingCaret = useRef<number | null>(null);
  const lastTypingSent = useRef<number | null>(null);
  const form = useSchemaForm({ schema: editMessageSchema, defaultValues: { body: '' } });
  // Controlled here rather than registered: inserting a mention rewrites the text and moves the caret.
  const { field: bodyField } = useController({ control: form.control, name: 'body' });
  const text = bodyField.value;
  const setText = bodyField.onChange as (value: string) => void;
  const bodyError = form.fieldError('body');
  const { send: sendMessage } = usePostMessage(threadId);

  const mention = findMentionQuery(text, caret);
  const suggestions =
    mention && mention.start !== dismissedAt ? matchMentionables(people, mention.query, { exclude: selfId }) : [];
  const open = suggestions.length > 0;
  const activeIndex = Math.min(active, suggestions.length - 1);
  const optionId = (index: number) => `${listId}-option-${index}`;

  // Put the caret after an inserted mention once React has written the new text.
  useLayoutEffect(() => {
    const textarea = textareaRef.current;
    if (pendingCaret.current === null || !textarea) return;
    textarea.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  }, [text]);

  const choose = (person: GroupMember) => {
    if (!mention) return;
    const next = insertMention(text, mention, caret, person);
    pendingCaret.current = next.caret;
    setText(next.text);
    setCaret(next.caret);
    setActive(0);
    textareaRef.current?.focus();
  };

  const send = (request: { body: string }) => {
    sendMessage({
      clientId: newClientId(),
      body: request.body,
      replyTo: replyTo ? { id: replyTo.id, author: replyTo.author, excerpt: excerpt(replyTo.body) } : null,
    });
    form.reset({ body: '' });
    setCaret(0);
    setDismissedAt(null);
    lastTypingSent.current = null;
    onCancelReply();
  };

  const submit = () => {
    // Enter in an empty composer does nothing (it is not a mistake worth an error message).
    if (text.trim()) void form.submit(send)();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (open) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((activeIndex + step + suggestions.length) % suggestions.length);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        const person = suggestions[activeIndex];
        if (person) {
          event.preventDefault();
          choose(person);
        }
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        setDismissedAt(mention?.start ?? null);
        return;
      }
    }
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
      onSubmit={(event) => {
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
        <textarea
          ref={textareaRef}
          id={COMPOSER_ID}
          className="input"
          rows={3}
          value={text}
          maxLength={DISCUSSION_LIMITS.bodyMax}
          aria-invalid={Boolean(bodyError)}
          aria-describedby={[bodyError ? `${COMPOSER_ID}-error` : '', hintId].filter(Boolean).join(' ')}
          aria-autocomplete="list"
          aria-controls={open ? listId : undefined}
          aria-activedescendant={open ? optionId(activeIndex) : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setCaret(event.target.selectionStart);
            setActive(0);
            const now = Date.now();
            if (event.target.value.trim() && shouldSendTyping(lastTypingSent.current, now)) {
              lastTypingSent.current = now;
              sendTyping(threadId);
            }
          }}
          onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
        />
        {open ? (
          <ul id={listId} role="listbox" className="mentions" aria-label={t('discussions.composer.suggestions')}>
            {suggestions.map((person, index) => (
              <li
                key={person.userId}
                id={optionId(index)}
                role="option"
                aria-selected={index === activeIndex}
                className={['mentions__option', index === activeIndex ? 'mentions__option--active' : '']
                  .filter(Boolean)
                  .join(' ')}
                // Keep the focus (and the caret) in the textarea.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(person)}
              >
                <span className="mentions__name">{person.displayName}</span>{' '}
                <span className="mentions__detail">{t(`professions.${person.profession}`)}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {open ? t('discussions.composer.suggestionCount', { count: suggestions.length }) : ''}
      </p>
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
