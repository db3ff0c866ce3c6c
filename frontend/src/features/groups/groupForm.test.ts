import { GROUP_LIMITS, slugSchema } from '@pn/shared';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/http';
import { addMemberErrorMessage, changedFields, suggestSlug, type GroupDetails } from './groupForm';

describe('suggestSlug', () => {
  it('makes lowercase words joined by single hyphens', () => {
    expect(suggestSlug('Health Professionals')).toBe('health-professionals');
    expect(suggestSlug('  School  nurses -- & teachers! ')).toBe('school-nurses-teachers');
    expect(suggestSlug('Stop it Now 2026')).toBe('stop-it-now-2026');
  });

  it('spells out Nordic letters and drops accents', () => {
    expect(suggestSlug('Sundhedsplejersker på Færøerne')).toBe('sundhedsplejersker-paa-faeroeerne');
    expect(suggestSlug('Skolsköterskor i Malmö')).toBe('skolskoeterskor-i-malmoe');
    expect(suggestSlug('Éducateurs spécialisés')).toBe('educateurs-specialises');
  });

  it('gives nothing for a name without letters or digits', () => {
    expect(suggestSlug('')).toBe('');
    expect(suggestSlug(' — ')).toBe('');
  });

  it('cuts long names at a word boundary, within the limit', () => {
    const slug = suggestSlug('prevention '.repeat(20));
    expect(slug.length).toBeLessThanOrEqual(GROUP_LIMITS.slugMax);
    expect(slug).toMatch(/^prevention(-prevention)*$/);
    expect(suggestSlug('x'.repeat(100))).toHaveLength(GROUP_LIMITS.slugMax);
  });

  it('suggests slugs the shared schema accepts', () => {
    for (const name of ['Health Professionals', 'Å Ø Æ', 'Group 1 — pilots', 'a'.repeat(80) + ' b']) {
      expect(slugSchema.safeParse(suggestSlug(name)).success).toBe(true);
    }
  });
});

describe('changedFields', () => {
  const group: GroupDetails = {
    name: 'Health professionals',
    description: 'Doctors and nurses.',
    joinPolicy: 'open',
    visibility: 'members',
  };

  it('is empty when nothing changed, or only surrounding spaces', () => {
    expect(changedFields(group, { ...group })).toEqual({});
    expect(changedFields(group, { ...group, name: '  Health professionals ' })).toEqual({});
  });

  it('lists only the changed fields', () => {
    expect(changedFields(group, { ...group, joinPolicy: 'invite', description: 'New text.' })).toEqual({
      description: 'New text.',
      joinPolicy: 'invite',
    });
    expect(changedFields(group, { ...group, visibility: 'public' })).toEqual({ visibility: 'public' });
  });

  it('keeps an emptied text, for the schema to refuse', () => {
    expect(changedFields(group, { ...group, name: '' })).toEqual({ name: '' });
  });
});

describe('addMemberErrorMessage', () => {
  it('tells an existing member from a waiting request and an archived group', () => {
    expect(addMemberErrorMessage(new ApiError(409, ['this person is already a member']))).toEqual({
      key: 'errors.alreadyMember',
    });
    expect(
      addMemberErrorMessage(new ApiError(409, ['this person has asked to join: approve the request instead'])),
    ).toEqual({ key: 'errors.requestWaiting' });
    expect(addMemberErrorMessage(new ApiError(409, ['this group is archived']))).toEqual({
      key: 'errors.groupArchived',
    });
  });

  it('explains a 404 as an account that is not active, and falls back to the usual messages', () => {
    expect(addMemberErrorMessage(new ApiError(404, ['no active account with this id']))).toEqual({
      key: 'errors.notActiveAccount',
    });
    expect(addMemberErrorMessage(new ApiError(403, ['no']))).toEqual({ key: 'errors.forbidden' });
    expect(addMemberErrorMessage(new Error('boom'))).toEqual({ key: 'errors.generic' });
  });
});
