import type { GroupMember } from '@pn/shared';
import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { matchMentionables } from '../../../lib/mentions';
import { PersonOption } from '../../../components/PersonOption';
import {
  editDisplay,
  findDisplayQuery,
  insertMentionInDisplay,
  snapCaret,
  toDisplay,
} from '../../../lib/mentionEditing';

interface MentionTextareaProps {
  id: string;
  /** The message as markup, mentions written `@[Name](id)`: what is sent. */
  value: string;
  onChange: (markup: string) => void;
  /** The group's members, offered after "@". */
  people: readonly GroupMember[];
  selfId: string;
  /** Keys the suggestions did not take (Enter to send, Escape to cancel a reply...). */
  onKeyDown?: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
  invalid?: boolean;
  describedBy?: string;
  rows?: number;
  autoFocus?: boolean;
}

/**
 * The text of a message with its mentions shown as the names people read ("@Demo researcher") while the
 * value keeps the markup. "@" offers the group's members (arrows to choose, Enter or Tab to insert, Escape
 * to close); a mention is edited as one piece: arrows step over it and Backspace removes it whole.
 */
export function MentionTextarea({
  id,
  value,
  onChange,
  people,
  selfId,
  onKeyDown,
  invalid,
  describedBy,
  rows = 3,
  autoFocus,
}: MentionTextareaProps) {
  const { t } = useTranslation();
  const listId = useId();
  const display = useMemo(() => toDisplay(value), [value]);
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const pendingCaret = useRef<number | null>(null);
  const lastCaret = useRef(0);

  const mention = findDisplayQuery(display, caret);
  const suggestions =
    mention && mention.start !== dismissedAt ? matchMentionables(people, mention.query, { exclude: selfId }) : [];
  const open = suggestions.length > 0;
  const activeIndex = Math.min(active, suggestions.length - 1);
  const optionId = (index: number) => `${listId}-option-${index}`;

  // A message sent (the value emptied from outside) starts afresh.
  if (!value && dismissedAt !== null) setDismissedAt(null);

  // Put the caret where an edit left it once React has written the new text.
  useLayoutEffect(() => {
    const textarea = textareaRef.current;
    if (pendingCaret.current === null || !textarea) return;
    textarea.setSelectionRange(pendingCaret.current, pendingCaret.current);
    lastCaret.current = pendingCaret.current;
    pendingCaret.current = null;
  }, [display.text]);

  const moveCaret = (next: number) => {
    pendingCaret.current = next;
    lastCaret.current = next;
    setCaret(next);
  };

  const choose = (person: GroupMember) => {
    if (!mention) return;
    const next = insertMentionInDisplay(value, mention, caret, person);
    moveCaret(next.caret);
    setActive(0);
    onChange(next.markup);
    textareaRef.current?.focus();
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
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
    onKeyDown?.(event);
  };

  return (
    <>
      <textarea
        ref={textareaRef}
        id={id}
        className="input"
        rows={rows}
        autoFocus={autoFocus}
        value={display.text}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? optionId(activeIndex) : undefined}
        onChange={(event) => {
          const next = editDisplay(value, event.target.value, event.target.selectionStart);
          // The textarea shows what was typed; where a mention was cut into, the text differs and the caret
          // must be put back where the edit ended.
          if (toDisplay(next.markup).text !== event.target.value) pendingCaret.current = next.caret;
          lastCaret.current = next.caret;
          setCaret(next.caret);
          setActive(0);
          onChange(next.markup);
        }}
        onSelect={(event) => {
          const { selectionStart, selectionEnd } = event.currentTarget;
          if (selectionStart !== selectionEnd) {
            setCaret(selectionStart);
            return;
          }
          const snapped = snapCaret(display.mentions, selectionStart, lastCaret.current);
          if (snapped !== selectionStart) event.currentTarget.setSelectionRange(snapped, snapped);
          lastCaret.current = snapped;
          setCaret(snapped);
        }}
        onKeyDown={handleKeyDown}
      />
      {open ? (
        <ul id={listId} role="listbox" className="mentions" aria-label={t('discussions.composer.suggestions')}>
          {suggestions.map((person, index) => (
            <PersonOption
              key={person.userId}
              id={optionId(index)}
              active={index === activeIndex}
              name={person.displayName}
              detail={t(`professions.${person.profession}`)}
              onChoose={() => choose(person)}
            />
          ))}
        </ul>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {open ? t('discussions.composer.suggestionCount', { count: suggestions.length }) : ''}
      </p>
    </>
  );
}
