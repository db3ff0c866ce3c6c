import { describe, expect, it } from 'vitest';
import { targetPath } from './targets';

const PRACTICE = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';

describe('targetPath', () => {
  it('leads to a practice by id and slug, or by id alone without a slug', () => {
    expect(targetPath({ kind: 'practice', practiceId: PRACTICE, slug: 'helpline-for-people' })).toBe(
      `/practices/${PRACTICE}/helpline-for-people`,
    );
    expect(targetPath({ kind: 'practice', practiceId: PRACTICE, slug: '' })).toBe(`/practices/${PRACTICE}`);
  });

  it('leads to an evaluation at its anchor on the practice page', () => {
    expect(targetPath({ kind: 'evaluation', practiceId: PRACTICE, evaluationId: OTHER })).toBe(
      `/practices/${PRACTICE}#evaluation-${OTHER}`,
    );
  });

  it('leads to a resource', () => {
    expect(targetPath({ kind: 'resource', resourceId: OTHER })).toBe(`/resources/${OTHER}`);
  });

  it('leads to a message at its anchor in the thread', () => {
    expect(
      targetPath({ kind: 'message', threadId: PRACTICE, messageId: OTHER, position: 12, groupSlug: 'educators' }),
    ).toBe(`/threads/${PRACTICE}#message-${OTHER}`);
  });

  it('escapes what would break the address', () => {
    expect(targetPath({ kind: 'resource', resourceId: 'a/b?c' })).toBe('/resources/a%2Fb%3Fc');
  });
});
