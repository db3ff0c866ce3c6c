const NOT_TYPED_INTO = new Set(['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'file', 'image']);

/** Whether a key press belongs to a field the user is typing in (so that shortcuts leave it alone). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  const field = element.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
  if (!field) return false;
  // Buttons, checkboxes and radios are inputs too, but nothing is typed into them.
  if (field.tagName === 'INPUT') return !NOT_TYPED_INTO.has((field as HTMLInputElement).type);
  return true;
}

/** A shortcut key pressed on its own: no Ctrl, Alt or Meta (Shift may be needed to type `/` on some layouts). */
export function isBareKey(event: Pick<KeyboardEvent, 'ctrlKey' | 'altKey' | 'metaKey' | 'isComposing'>): boolean {
  return !event.ctrlKey && !event.altKey && !event.metaKey && !event.isComposing;
}

/**
 * Where focus goes in the results list on a key: j or ArrowDown to the next hit, k or ArrowUp to the
 * previous one, Home and End to the ends. `current` is -1 when focus is not on a hit yet. Null: not ours.
 */
export function nextHitIndex(key: string, current: number, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case 'j':
    case 'ArrowDown':
      return current < 0 ? 0 : Math.min(current + 1, count - 1);
    case 'k':
    case 'ArrowUp':
      return current < 0 ? 0 : Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
