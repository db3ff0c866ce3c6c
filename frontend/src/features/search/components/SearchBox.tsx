import { SEARCH_LIMITS, type SearchSuggestion } from '@pn/shared';
import { useId, useLayoutEffect, useReducer, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import { useMediaQuery } from '../../../lib/useMediaQuery';
import { canSuggest } from '../api';
import { useSlashShortcut } from '../hooks/useSlashShortcut';
import { useSuggestions } from '../hooks/useSearch';
import { searchPath } from '../searchState';
import { activeIndex, boxKeyIntent, closedSuggestions, shiftIntoView, suggestionsReducer } from '../suggestionsState';
import { targetPath } from '../targets';
import '../search.css';

/** Suggestions are asked for once typing pauses this long: quick enough to feel instant. */
const SUGGEST_DELAY_MS = 150;
const KEYBOARD_LIKELY = '(hover: hover) and (pointer: fine)';
/** The least room (px) left between the suggestions and the window's edges. */
const EDGE_MARGIN = 8;

/**
 * Keeps the open list inside the window: it opens under the box, wider than it, and the box may sit near
 * the right edge (as in the header of a 1366 px screen), so it is moved leftwards as far as needed.
 */
function useKeptInView(expanded: boolean, count: number): RefObject<HTMLUListElement | null> {
  const list = useRef<HTMLUListElement>(null);
  useLayoutEffect(() => {
    const element = list.current;
    if (!expanded || !element) return;
    const place = () => {
      const viewport = document.documentElement.clientWidth;
      element.style.maxWidth = `${viewport - 2 * EDGE_MARGIN}px`;
      element.style.transform = '';
      const box = element.getBoundingClientRect();
      const shift = shiftIntoView(box.left, box.width, viewport, EDGE_MARGIN);
      element.style.transform = shift === 0 ? '' : `translateX(${shift}px)`;
    };
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [expanded, count]);
  return list;
}

/**
 * The search box of the header, for everyone: an ARIA combobox whose list suggests titles as the user
 * types. Arrows move through the suggestions, Enter opens the active one (or searches for the words when
 * none is active), Escape closes the list, Tab leaves, and `/` anywhere focuses the box.
 */
export function SearchBox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-suggestions`;
  const optionId = (index: number) => `${id}-suggestion-${index}`;
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [state, dispatch] = useReducer(suggestionsReducer, closedSuggestions);
  useSlashShortcut(input);
  // The "/" hint only where a keyboard is likely: a fine pointer that hovers (a mouse or trackpad).
  const keyboardLikely = useMediaQuery(KEYBOARD_LIKELY);

  const debounced = useDebouncedValue(text, SUGGEST_DELAY_MS);
  const { suggestions } = useSuggestions(debounced);
  // Below two characters the list goes at once, without waiting for the pause.
  const shown = canSuggest(text) ? suggestions : [];
  const expanded = state.open && shown.length > 0;
  const active = activeIndex(state, shown.length);
  const list = useKeptInView(expanded, shown.length);

  const search = () => {
    const q = text.trim();
    if (!q) return;
    dispatch({ type: 'close' });
    void navigate(searchPath({ q }));
  };

  const open = (suggestion: SearchSuggestion) => {
    dispatch({ type: 'close' });
    setText('');
    void navigate(targetPath(suggestion.target));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    const intent = boxKeyIntent(event.key, state, shown.length);
    // Escape in an empty box is left to what holds it (the header's menu on a phone closes).
    if (!intent || (intent.type === 'clear' && text === '')) return;
    event.preventDefault();
    switch (intent.type) {
      case 'move':
        dispatch({ type: 'move', step: intent.step, count: shown.length });
        break;
      case 'open-active': {
        const suggestion = shown[intent.index];
        if (suggestion) open(suggestion);
        break;
      }
      case 'search':
        search();
        break;
      case 'close':
        dispatch({ type: 'close' });
        break;
      case 'clear':
        setText('');
        dispatch({ type: 'close' });
        break;
    }
  };

  return (
    <form
      className="site-search"
      role="search"
      aria-label={t('search.box.region')}
      onSubmit={(event) => {
        event.preventDefault();
        search();
      }}
    >
      <label htmlFor={inputId} className="visually-hidden">
        {t('search.box.label')}
      </label>
      <input
        ref={input}
        id={inputId}
        className="input site-search__input"
        type="search"
        enterKeyHint="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        maxLength={SEARCH_LIMITS.queryMax}
        placeholder={keyboardLikely ? t('search.box.placeholder') : t('search.box.placeholderTouch')}
        aria-keyshortcuts="/"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          dispatch({ type: 'typed' });
        }}
        onKeyDown={onKeyDown}
        onBlur={() => dispatch({ type: 'close' })}
      />
      <ul
        ref={list}
        id={listId}
        role="listbox"
        className="site-search__list"
        aria-label={t('search.box.suggestions')}
        hidden={!expanded}
      >
        {expanded
          ? shown.map((suggestion, index) => (
              <li
                key={`${suggestion.kind}:${targetPath(suggestion.target)}`}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={['site-search__option', index === active ? 'site-search__option--active' : '']
                  .filter(Boolean)
                  .join(' ')}
                // Keeps focus in the box, so that the click is not lost to its blur.
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => {
                  if (index !== active) dispatch({ type: 'point', index });
                }}
                onClick={() => open(suggestion)}
              >
                <span className="site-search__title">{suggestion.title}</span>
                <span className="site-search__kind">{t(`search.kinds.${suggestion.kind}`)}</span>
              </li>
            ))
          : null}
      </ul>
      <p className="visually-hidden" role="status" aria-live="polite">
        {expanded ? t('search.box.count', { count: shown.length }) : ''}
      </p>
    </form>
  );
}
