import { useEffect, type RefObject } from 'react';
import { isBareKey, isTypingTarget } from '../keyboard';

/** `/` anywhere on the page focuses the search box, unless the user is typing in another field. */
export function useSlashShortcut(input: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.defaultPrevented || !isBareKey(event) || isTypingTarget(event.target)) return;
      // An open dialog keeps the keyboard to itself.
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [input]);
}
