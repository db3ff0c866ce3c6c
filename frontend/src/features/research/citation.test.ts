import { describe, expect, it } from 'vitest';
import { citationOf, ratedAt } from './citation';

describe('citation', () => {
  it('fills the pattern with the practice, its address, the date of its rating and the rule version', () => {
    const text = citationOf(
      {
        title: 'Circles',
        organisation: 'Circles Europe',
        url: 'https://example.org/practices/1/circles',
        ratedAt: '2026-01-02T00:00:00.000Z',
        ruleVersion: '2',
      },
      (v) => `${v.organisation}. ${v.title}. ${v.url}. ${v.date} (${v.version})`,
    );
    expect(text).toBe('Circles Europe. Circles. https://example.org/practices/1/circles. 2026-01-02T00:00:00.000Z (2)');
  });

  it('dates the rating by the newest verified evaluation, else the publication', () => {
    const practice = { publishedAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-06-01T00:00:00.000Z' };
    expect(ratedAt(practice, [])).toBe('2025-01-01T00:00:00.000Z');
    expect(
      ratedAt(practice, [
        { verification: 'verified', updatedAt: '2025-03-01T00:00:00.000Z' },
        { verification: 'awaiting', updatedAt: '2025-09-01T00:00:00.000Z' },
      ]),
    ).toBe('2025-03-01T00:00:00.000Z');
  });
});
