import { createAdaptationSchema, createResourceSchema, updateResourceSchema } from './schemas';

const resource = {
  title: 'Training for school staff',
  summary: 'Slides and a facilitator guide.',
  type: 'training-material',
  language: 'EN',
  country: 'gb',
  audience: 'professionals',
  licence: 'cc-by',
  scope: 'members',
};

describe('createResourceSchema', () => {
  it('takes tags as a comma-separated form field or a list, cleaned and without repeats', () => {
    expect(createResourceSchema.parse({ ...resource, tags: ' Schools, staff ,,schools' }).tags).toEqual([
      'schools',
      'staff',
    ]);
    expect(createResourceSchema.parse({ ...resource, tags: ['A', 'b'] }).tags).toEqual(['a', 'b']);
    expect(createResourceSchema.parse(resource)).toMatchObject({ tags: [], language: 'en', country: 'GB' });
  });

  it('needs a group with scope group, and only then', () => {
    expect(createResourceSchema.safeParse({ ...resource, scope: 'group' }).success).toBe(false);
    expect(createResourceSchema.safeParse({ ...resource, groupSlug: 'educators' }).success).toBe(false);
    expect(createResourceSchema.safeParse({ ...resource, scope: 'group', groupSlug: 'educators' }).success).toBe(true);
  });

  it('accepts only http and https links', () => {
    expect(createResourceSchema.safeParse({ ...resource, url: 'https://example.org/guide' }).success).toBe(true);
    for (const url of ['javascript:alert(1)', 'ftp://example.org/x', 'not a link']) {
      expect(createResourceSchema.safeParse({ ...resource, url }).success).toBe(false);
    }
  });

  it('refuses unknown vocabularies, too many tags and unknown fields', () => {
    for (const change of [
      { type: 'poster' },
      { licence: 'gpl' },
      { audience: 'everyone' },
      { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) },
      { path: '/etc/passwd' },
    ]) {
      expect(createResourceSchema.safeParse({ ...resource, ...change }).success).toBe(false);
    }
  });
});

describe('createAdaptationSchema and updateResourceSchema', () => {
  it('needs a note on what changed for an adaptation', () => {
    expect(createAdaptationSchema.safeParse(resource).success).toBe(false);
    expect(createAdaptationSchema.safeParse({ ...resource, note: 'Translated into Danish' }).success).toBe(true);
  });

  it('refuses an empty update', () => {
    expect(updateResourceSchema.safeParse({}).success).toBe(false);
    expect(updateResourceSchema.parse({ title: ' New title ' })).toEqual({ title: 'New title' });
  });
});
