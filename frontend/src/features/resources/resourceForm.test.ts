import { createAdaptationSchema, createResourceSchema, type Resource } from '@pn/shared';
import { describe, expect, it } from 'vitest';
import {
  changedResourceFields,
  EMPTY_RESOURCE_VALUES,
  formatFileSize,
  toFormData,
  toRequest,
  valuesFromResource,
  type ResourceFormValues,
} from './resourceForm';

const filled: ResourceFormValues = {
  ...EMPTY_RESOURCE_VALUES,
  title: ' Talking with parents ',
  summary: 'A guide for first conversations.',
  type: 'guideline',
  language: 'en',
  country: 'dk',
  audience: 'parents-and-caregivers',
  licence: 'cc-by',
  tags: 'Parents, first contact, parents',
};

const resource: Resource = {
  id: '0b8d6f0e-8a55-4c1a-9a55-4e1f1b0e2a01',
  title: 'Talking with parents',
  summary: 'A guide for first conversations.',
  type: 'guideline',
  language: 'en',
  country: 'DK',
  audience: 'parents-and-caregivers',
  licence: 'cc-by',
  tags: ['parents', 'first contact'],
  scope: 'group',
  group: { id: '5d1c0d43-7a3e-4b87-8f59-2b8f1f0c9a11', slug: 'social-workers', name: 'Social workers' },
  url: null,
  file: { name: 'guide.pdf', mediaType: 'application/pdf', size: 2048, checksum: 'ab', version: 1 },
  author: { id: '00000000-0000-4000-8000-000000000004', displayName: 'Demo practitioner' },
  adaptedFrom: null,
  note: null,
  adaptationCount: 0,
  removed: false,
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z',
  canEdit: true,
  canRemove: true,
};

describe('toRequest', () => {
  it('gives the schema a valid resource, tags cleaned, no group or link unless chosen', () => {
    const body = createResourceSchema.parse(toRequest(filled, false));
    expect(body).toEqual({
      title: 'Talking with parents',
      summary: 'A guide for first conversations.',
      type: 'guideline',
      language: 'en',
      country: 'DK',
      audience: 'parents-and-caregivers',
      licence: 'cc-by',
      tags: ['parents', 'first contact'],
      scope: 'members',
    });
  });

  it('sends the group only with the group scope, and the link only when sharing a link', () => {
    const group = toRequest({ ...filled, scope: 'group', groupSlug: 'social-workers' }, false);
    expect(group).toMatchObject({ scope: 'group', groupSlug: 'social-workers' });
    expect(toRequest({ ...filled, scope: 'public', groupSlug: 'social-workers' }, false)).not.toHaveProperty(
      'groupSlug',
    );
    expect(toRequest({ ...filled, url: 'https://example.org' }, false)).not.toHaveProperty('url');
    expect(toRequest({ ...filled, source: 'link', url: 'https://example.org' }, false)).toMatchObject({
      url: 'https://example.org',
    });
  });

  it('leaves a group scope without a group for the schema to refuse, on the group field', () => {
    const result = createResourceSchema.safeParse(toRequest({ ...filled, scope: 'group' }, false));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['groupSlug']);
  });

  it('asks an adaptation for its note', () => {
    expect(createAdaptationSchema.safeParse(toRequest(filled, true)).success).toBe(false);
    const body = createAdaptationSchema.parse(toRequest({ ...filled, note: 'Translated into Danish' }, true));
    expect(body.note).toBe('Translated into Danish');
  });
});

describe('toFormData', () => {
  it('puts the text fields first, tags as one comma-separated field, and the file last', () => {
    const body = createAdaptationSchema.parse(
      toRequest({ ...filled, scope: 'group', groupSlug: 'social-workers', note: 'Translated' }, true),
    );
    const file = new File(['%PDF-1.4'], 'guide.pdf', { type: 'application/pdf' });
    const form = toFormData(body, file);
    const keys = [...form.keys()];
    expect(keys.at(-1)).toBe('file');
    expect(keys).toEqual([
      'title',
      'summary',
      'type',
      'language',
      'country',
      'audience',
      'licence',
      'tags',
      'scope',
      'groupSlug',
      'note',
      'file',
    ]);
    expect(form.get('tags')).toBe('parents,first contact');
    expect(form.get('country')).toBe('DK');
    expect((form.get('file') as File).name).toBe('guide.pdf');
  });

  it('leaves out empty tags, and never sends a link with a file', () => {
    const body = createResourceSchema.parse(toRequest({ ...filled, tags: '' }, false));
    const form = toFormData({ ...body, url: 'https://example.org' }, new Blob(['x']));
    expect(form.has('tags')).toBe(false);
    expect(form.has('url')).toBe(false);
  });
});

describe('changedResourceFields', () => {
  it('is empty when nothing changed, whatever the case and spacing of what was typed', () => {
    const values = { ...valuesFromResource(resource), title: ' Talking with parents ', country: 'dk' };
    expect(changedResourceFields(resource, values)).toEqual({});
  });

  it('sends only what changed, tags compared as a set', () => {
    const values = { ...valuesFromResource(resource), language: 'da', tags: 'first contact, parents' };
    expect(changedResourceFields(resource, values)).toEqual({ language: 'da' });
    expect(changedResourceFields(resource, { ...values, tags: 'parents' })).toEqual({
      language: 'da',
      tags: 'parents',
    });
  });

  it('sends the scope and the group together when either changes', () => {
    const values = valuesFromResource(resource);
    expect(changedResourceFields(resource, { ...values, groupSlug: 'educators' })).toEqual({
      scope: 'group',
      groupSlug: 'educators',
    });
    expect(changedResourceFields(resource, { ...values, scope: 'public' })).toEqual({ scope: 'public' });
  });

  it('offers the link and the note only to resources that have them', () => {
    const values = { ...valuesFromResource(resource), url: 'https://example.org', note: 'Changed' };
    expect(changedResourceFields(resource, values)).toEqual({});
    const adapted: Resource = {
      ...resource,
      url: 'https://example.org/a',
      file: null,
      adaptedFrom: { ...resource, note: 'x' },
      note: 'Translated',
    };
    expect(changedResourceFields(adapted, { ...valuesFromResource(adapted), url: 'https://example.org/b' })).toEqual({
      url: 'https://example.org/b',
    });
    expect(
      changedResourceFields(adapted, { ...valuesFromResource(adapted), note: 'Translated and shortened' }),
    ).toEqual({ note: 'Translated and shortened' });
  });
});

describe('valuesFromResource', () => {
  it('fills the form from a resource, tags joined for the text box', () => {
    expect(valuesFromResource(resource)).toMatchObject({
      source: 'file',
      tags: 'parents, first contact',
      scope: 'group',
      groupSlug: 'social-workers',
      note: '',
    });
  });
});

describe('formatFileSize', () => {
  it('uses bytes below a kilobyte and one decimal above', () => {
    expect(formatFileSize(512, 'en')).toBe('512 bytes');
    expect(formatFileSize(1536, 'en')).toBe('1.5 kB');
    expect(formatFileSize(50 * 1024 * 1024, 'en')).toBe('50 MB');
  });
});
