import { describe, expect, it } from 'vitest';
import { readLocationState } from './locationState';

describe('readLocationState', () => {
  it('keeps a local path to return to and a known notice', () => {
    expect(readLocationState({ from: '/profile?x=1', notice: 'signedOut' })).toEqual({
      from: '/profile?x=1',
      notice: 'signedOut',
    });
  });
  it('ignores anything else, including links to other sites', () => {
    expect(readLocationState({ from: '//evil.example', notice: 'hello' })).toEqual({
      from: undefined,
      notice: undefined,
    });
    expect(readLocationState({ from: 'https://evil.example' })).toEqual({ from: undefined, notice: undefined });
    expect(readLocationState(null)).toEqual({});
  });
});
