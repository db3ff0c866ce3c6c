import type { SearchHit } from '@pn/shared';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isBareKey, isTypingTarget, nextHitIndex } from '../keyboard';
import { SearchHitItem } from './SearchHitItem';

const HIT_LINK = 'a[data-search-hit]';

/** Moves focus to the hit link chosen by `key`; whether the key was used. */
function moveFocus(list: HTMLElement, key: string): boolean {
  const links = [...list.querySelectorAll<HTMLAnchorElement>(HIT_LINK)];
  const current = links.findIndex((link) => link === document.activeElement);
  const next = nextHitIndex(key, current, links.length);
  if (next === null) return false;
  links[next]?.focus();
  links[next]?.scrollIntoView({ block: 'nearest' });
  return true;
}

/**
 * The results as a list of links. Within it, j and k (or the arrows, Home and End) move focus from hit to
 * hit; elsewhere on the page, j jumps into the list, unless the user is typing in a field.
 */
export function HitList({ hits, describedBy }: { hits: readonly SearchHit[]; describedBy: string }) {
  const { t } = useTranslation();
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      const element = list.current;
      if (!element || event.defaultPrevented || !isBareKey(event) || event.shiftKey) return;
      if (event.key !== 'j' && event.key !== 'k') return;
      if (isTypingTarget(event.target) || element.contains(event.target as Node)) return;
      if (document.querySelector('dialog[open]')) return;
      if (moveFocus(element, event.key)) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (!isBareKey(event.nativeEvent) || event.shiftKey) return;
    if (list.current && moveFocus(list.current, event.key)) event.preventDefault();
  };

  return (
    <ol
      ref={list}
      className="search-hits"
      aria-label={t('search.page.resultsLabel')}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
    >
      {hits.map((hit) => (
        <SearchHitItem key={`${hit.kind}:${hit.id}`} hit={hit} />
      ))}
    </ol>
  );
}
