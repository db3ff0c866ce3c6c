import type { PracticeContent } from '@pn/shared';

/** A complete practice text for the tests of the pure helpers. */
export function content(overrides: Partial<PracticeContent> = {}): PracticeContent {
  return {
    title: 'Circles of support',
    summary: 'Volunteers support people released after a sexual offence.',
    description: 'Weekly meetings with a circle of trained volunteers.',
    language: 'en',
    targetGroups: ['people-who-have-offended'],
    preventionLevel: 'tertiary',
    settings: ['community'],
    countries: ['GB', 'NL'],
    languages: ['en', 'nl'],
    organisation: 'Demo data: probation service',
    contact: null,
    startYear: 2002,
    survivorInvolvement: 'none',
    survivorNote: null,
    mechanism: null,
    context: null,
    implementation: null,
    cost: null,
    relatedResourceIds: [],
    ...overrides,
  };
}
