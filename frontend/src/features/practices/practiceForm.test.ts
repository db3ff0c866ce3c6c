import { createPracticeSchema } from '@pn/shared';
import { describe, expect, it } from 'vitest';
import { changedPracticeFields, emptyPracticeValues, toPracticeRequest, valuesFromContent } from './practiceForm';
import { content } from './testData';

const RESOURCE = {
  id: '2b0a3f3e-6a51-4c53-9d4e-0c1f2a3b4c5d',
  title: 'Volunteer manual',
  type: 'toolkit',
  language: 'en',
  country: 'GB',
  removed: false,
} as const;

describe('toPracticeRequest', () => {
  it('maps a filled form to a request the shared schema accepts', () => {
    const values = {
      ...valuesFromContent(content(), []),
      startYear: ' 2002 ',
      contact: '',
      survivorInvolvement: 'consulted' as const,
      survivorNote: 'Survivors reviewed the materials.',
      relatedResources: [RESOURCE],
    };
    const request = toPracticeRequest(values);
    expect(request.startYear).toBe(2002);
    expect(request.survivorNote).toBe('Survivors reviewed the materials.');
    expect(request.relatedResourceIds).toEqual([RESOURCE.id]);
    const parsed = createPracticeSchema.parse(request);
    // Empty optional texts become "not given".
    expect(parsed.contact).toBeNull();
    expect(parsed.mechanism).toBeNull();
  });

  it('sends no survivors’ note without involvement, and no year when none is typed', () => {
    const request = toPracticeRequest({
      ...valuesFromContent(content(), []),
      survivorInvolvement: 'none',
      survivorNote: 'left over',
      startYear: '',
    });
    expect(request.survivorNote).toBeNull();
    expect(request.startYear).toBeNull();
  });

  it('leaves an empty form for the schema to refuse, field by field', () => {
    const result = createPracticeSchema.safeParse(toPracticeRequest(emptyPracticeValues('da')));
    expect(result.success).toBe(false);
    const fields = new Set(result.error?.issues.map((issue) => issue.path[0]));
    for (const field of [
      'title',
      'summary',
      'description',
      'targetGroups',
      'preventionLevel',
      'settings',
      'organisation',
    ]) {
      expect(fields).toContain(field);
    }
    expect(fields).not.toContain('language');
  });
});

describe('valuesFromContent', () => {
  it('fills the form with the text, and keeps linked resources the reader cannot see', () => {
    const hidden = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
    const values = valuesFromContent(content({ relatedResourceIds: [RESOURCE.id, hidden], contact: null }), [RESOURCE]);
    expect(values.contact).toBe('');
    expect(values.startYear).toBe('2002');
    expect(values.relatedResources.map((resource) => resource.id)).toEqual([RESOURCE.id, hidden]);
    expect(values.relatedResources[0]?.title).toBe('Volunteer manual');
  });
});

describe('changedPracticeFields', () => {
  it('is empty when nothing changed, spaces included', () => {
    const base = content();
    const parsed = createPracticeSchema.parse(
      toPracticeRequest({ ...valuesFromContent(base, []), title: `  ${base.title} ` }),
    );
    expect(changedPracticeFields(base, parsed)).toEqual({});
  });

  it('lists only what changed, with cleared texts as null', () => {
    const base = content({ contact: 'info@example.org' });
    const parsed = createPracticeSchema.parse(
      toPracticeRequest({ ...valuesFromContent(base, []), contact: '', countries: ['GB', 'NL', 'IE'] }),
    );
    expect(changedPracticeFields(base, parsed)).toEqual({ contact: null, countries: ['GB', 'NL', 'IE'] });
  });
});
