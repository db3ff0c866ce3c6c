import { describe, expect, it } from 'vitest';
import { unsubscribeWhat } from './pages/UnsubscribePage';

const tokenOf = (payload: unknown) =>
  `${btoa(JSON.stringify(payload)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}.signature`;

describe('unsubscribeWhat', () => {
  it('reads the kind an unsubscribe link is about, for the page to name it', () => {
    expect(unsubscribeWhat(tokenOf({ u: 'someone', k: 'mention' }))).toBe('mention');
    expect(unsubscribeWhat(tokenOf({ u: 'someone', k: 'digest-weekly' }))).toBe('digest-weekly');
  });
  it('falls back to a neutral wording for anything it cannot read', () => {
    expect(unsubscribeWhat('not-a-token')).toBe('unknown');
    expect(unsubscribeWhat(tokenOf({ u: 'someone' }))).toBe('unknown');
  });
});
