import { describe, expect, it } from 'vitest';
import {
  addTyper,
  EMPTY_TYPERS,
  pruneTypers,
  removeTyper,
  shouldSendTyping,
  TYPING_SEND_INTERVAL_MS,
  TYPING_SHOW_MS,
  typingNames,
} from './typing';

describe('typing', () => {
  const bo = { id: 'u2', displayName: 'Bo' };
  const anna = { id: 'u1', displayName: 'Anna' };

  it('shows who is typing until their signal expires', () => {
    let typers = addTyper(EMPTY_TYPERS, bo, 1_000);
    typers = addTyper(typers, anna, 2_000);
    expect(typingNames(typers)).toEqual(['Anna', 'Bo']);
    expect(typingNames(pruneTypers(typers, 1_000 + TYPING_SHOW_MS))).toEqual(['Anna']);
    expect(pruneTypers(typers, 1_500)).toBe(typers);
  });

  it('stops showing someone whose message arrived', () => {
    const typers = addTyper(EMPTY_TYPERS, bo, 0);
    expect(removeTyper(typers, 'u2')).toEqual({});
    expect(removeTyper(typers, 'nobody')).toBe(typers);
  });

  it('sends a typing signal at most every few seconds', () => {
    expect(shouldSendTyping(null, 0)).toBe(true);
    expect(shouldSendTyping(10_000, 10_000 + TYPING_SEND_INTERVAL_MS - 1)).toBe(false);
    expect(shouldSendTyping(10_000, 10_000 + TYPING_SEND_INTERVAL_MS)).toBe(true);
  });
});
