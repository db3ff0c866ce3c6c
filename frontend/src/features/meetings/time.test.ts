import { describe, expect, it } from 'vitest';
import { formatSpan, instantOf, wallTimeOf } from './time';

describe('meeting times', () => {
  it('reads a wall time in Copenhagen on both sides of the October change', () => {
    expect(instantOf('2026-10-24T10:00', 'Europe/Copenhagen')?.toISOString()).toBe('2026-10-24T08:00:00.000Z');
    expect(instantOf('2026-10-26T10:00', 'Europe/Copenhagen')?.toISOString()).toBe('2026-10-26T09:00:00.000Z');
    // 02:30 happens twice that night: the first one, still in summer time.
    expect(instantOf('2026-10-25T02:30', 'Europe/Copenhagen')?.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(instantOf('2026-06-01T09:00', 'America/New_York')?.toISOString()).toBe('2026-06-01T13:00:00.000Z');
    expect(instantOf('not a time', 'UTC')).toBeNull();
  });

  it('shows an instant as the wall time of a zone, and back', () => {
    expect(wallTimeOf('2026-10-26T09:00:00.000Z', 'Europe/Copenhagen')).toBe('2026-10-26T10:00');
    expect(wallTimeOf('2026-10-26T09:00:00.000Z', 'Asia/Tokyo')).toBe('2026-10-26T18:00');
    const wall = '2026-03-29T09:15';
    expect(wallTimeOf(instantOf(wall, 'Europe/Stockholm')!, 'Europe/Stockholm')).toBe(wall);
  });

  it('formats a span on one day with the end time only', () => {
    const text = formatSpan('2026-10-26T09:00:00.000Z', '2026-10-26T10:30:00.000Z', 'en-GB', 'Europe/Copenhagen');
    expect(text).toContain('26 October 2026');
    expect(text).toMatch(/10:00–11:30$/);
  });
});
