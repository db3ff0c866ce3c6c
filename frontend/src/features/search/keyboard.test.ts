import { describe, expect, it } from 'vitest';
import { isBareKey, isTypingTarget, nextHitIndex } from './keyboard';

/** Just enough of an element for `isTypingTarget`, which the unit tests run without a DOM. */
function element(tagName: string, extra: { type?: string; isContentEditable?: boolean } = {}): EventTarget {
  const self = {
    tagName,
    ...extra,
    // Matches when the selector lists the tag's own name (attribute selectors are left to the real DOM).
    closest: (selector: string) =>
      selector
        .split(',')
        .map((part) => part.trim())
        .includes(tagName.toLowerCase())
        ? self
        : null,
  };
  return self as unknown as EventTarget;
}

describe('isTypingTarget', () => {
  it('is true in text fields, text areas, selects and editable content', () => {
    expect(isTypingTarget(element('INPUT', { type: 'text' }))).toBe(true);
    expect(isTypingTarget(element('INPUT', { type: 'search' }))).toBe(true);
    expect(isTypingTarget(element('TEXTAREA'))).toBe(true);
    expect(isTypingTarget(element('SELECT'))).toBe(true);
    expect(isTypingTarget(element('DIV', { isContentEditable: true }))).toBe(true);
  });

  it('is false on links, buttons, checkboxes and nothing', () => {
    expect(isTypingTarget(element('A'))).toBe(false);
    expect(isTypingTarget(element('BUTTON'))).toBe(false);
    expect(isTypingTarget(element('INPUT', { type: 'checkbox' }))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('isBareKey', () => {
  const none = { ctrlKey: false, altKey: false, metaKey: false, isComposing: false };
  it('refuses modifiers and composition', () => {
    expect(isBareKey(none)).toBe(true);
    expect(isBareKey({ ...none, ctrlKey: true })).toBe(false);
    expect(isBareKey({ ...none, metaKey: true })).toBe(false);
    expect(isBareKey({ ...none, isComposing: true })).toBe(false);
  });
});

describe('nextHitIndex', () => {
  it('moves down with j and ArrowDown, and up with k and ArrowUp, stopping at the ends', () => {
    expect(nextHitIndex('j', 0, 3)).toBe(1);
    expect(nextHitIndex('ArrowDown', 2, 3)).toBe(2);
    expect(nextHitIndex('k', 2, 3)).toBe(1);
    expect(nextHitIndex('ArrowUp', 0, 3)).toBe(0);
  });

  it('starts on the first hit when focus is not on one yet', () => {
    expect(nextHitIndex('j', -1, 3)).toBe(0);
    expect(nextHitIndex('k', -1, 3)).toBe(0);
  });

  it('jumps to the ends with Home and End', () => {
    expect(nextHitIndex('Home', 2, 3)).toBe(0);
    expect(nextHitIndex('End', 0, 3)).toBe(2);
  });

  it('ignores other keys and empty lists', () => {
    expect(nextHitIndex('x', 0, 3)).toBeNull();
    expect(nextHitIndex('j', -1, 0)).toBeNull();
  });
});
