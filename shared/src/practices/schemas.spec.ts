import { COUNTRY_CODES } from '../common/codes';
import { createEvaluationSchema } from '../evaluations/schemas';
import { completenessOf, COMPLETENESS_GOOD_CHARACTERS } from './completeness';
import { createFeedbackSchema, createPracticeSchema, reviewPracticeSchema, updatePracticeSchema } from './schemas';

const practice = {
  title: 'Anonymous therapy for people who fear they might offend',
  summary: 'Free, confidential group and individual therapy.',
  description: 'A longer description.',
  language: 'en',
  targetGroups: ['people-who-fear-they-might-offend'],
  preventionLevel: 'secondary',
  settings: ['health-care'],
  countries: ['de', 'DK'],
  languages: ['de'],
  organisation: 'A university hospital',
};

const paths = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } }) =>
  result.error?.issues.map((issue) => issue.path.join('.'));

describe('createPracticeSchema', () => {
  it('normalises codes, removes repeats and fills the defaults', () => {
    const parsed = createPracticeSchema.parse({ ...practice, settings: ['health-care', 'health-care'] });
    expect(parsed).toMatchObject({
      countries: ['DE', 'DK'],
      settings: ['health-care'],
      survivorInvolvement: 'none',
      relatedResourceIds: [],
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a missing title', { title: undefined }, 'title'],
    [
      '200 countries',
      { countries: Array.from({ length: 200 }, (_, i) => COUNTRY_CODES[i % COUNTRY_CODES.length]) },
      'countries',
    ],
    ['an unknown country', { countries: ['XX'] }, 'countries.0'],
    ['no target group', { targetGroups: [] }, 'targetGroups'],
    ['an unknown setting', { settings: ['moon'] }, 'settings.0'],
    ['a start year in the future', { startYear: 3000 }, 'startYear'],
    ['a summary over 300 characters', { summary: 'x'.repeat(301) }, 'summary'],
    ['an unknown field', { rating: 'effective' }, ''],
  ])('refuses %s, naming the field', (_name, change, path) => {
    expect(paths(createPracticeSchema.safeParse({ ...practice, ...change }))).toContain(path);
  });

  it('takes a partial update and refuses an empty one', () => {
    expect(updatePracticeSchema.parse({ summary: ' New ' })).toEqual({ summary: 'New' });
    expect(updatePracticeSchema.safeParse({}).success).toBe(false);
  });
});

describe('reviewPracticeSchema', () => {
  it('needs a comment to return a practice, not to publish it', () => {
    expect(reviewPracticeSchema.safeParse({ decision: 'publish' }).success).toBe(true);
    expect(paths(reviewPracticeSchema.safeParse({ decision: 'return', comment: ' ' }))).toEqual(['comment']);
    expect(reviewPracticeSchema.safeParse({ decision: 'reject', comment: 'No' }).success).toBe(false);
  });
});

describe('createEvaluationSchema', () => {
  const evaluation = {
    design: 'rct',
    sampleSize: 160,
    riskOfBias: 'low',
    citation: 'A placebo-controlled trial of internet CBT, 2022.',
    doi: 'https://doi.org/10.1016/j.invent.2022.100542',
    summary: 'Fewer hours of use reported.',
    outcomes: [{ construct: 'csam-use', measure: 'self-report', direction: 'positive', significant: true }],
  };

  it('stores the DOI bare and fills the outcome defaults', () => {
    const parsed = createEvaluationSchema.parse(evaluation);
    expect(parsed.doi).toBe('10.1016/j.invent.2022.100542');
    expect(parsed.outcomes[0]).toMatchObject({ effectSize: null, ciLow: null, sustained12Months: false });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a sample size of -3', { sampleSize: -3 }, 'sampleSize'],
    ['an unknown design', { design: 'anecdote' }, 'design'],
    ['no outcome', { outcomes: [] }, 'outcomes'],
    ['half a confidence interval', { outcomes: [{ ...evaluation.outcomes[0], ciLow: 0.1 }] }, 'outcomes.0.ciHigh'],
    [
      'an interval upside down',
      { outcomes: [{ ...evaluation.outcomes[0], ciLow: 0.5, ciHigh: 0.1 }] },
      'outcomes.0.ciLow',
    ],
    ['a DOI that is not one', { doi: 'see the library' }, 'doi'],
  ])('refuses %s', (_name, change, path) => {
    expect(paths(createEvaluationSchema.safeParse({ ...evaluation, ...change }))).toContain(path);
  });
});

describe('createFeedbackSchema', () => {
  it('needs usefulness from 1 to 5 and a count of people that is not negative', () => {
    const feedback = {
      country: 'se',
      setting: 'school',
      reached: 40,
      worked: 'Staff training.',
      didNotWork: 'Timing.',
      usefulness: 4,
    };
    expect(createFeedbackSchema.parse(feedback).country).toBe('SE');
    expect(paths(createFeedbackSchema.safeParse({ ...feedback, usefulness: 9 }))).toEqual(['usefulness']);
    expect(paths(createFeedbackSchema.safeParse({ ...feedback, reached: -1 }))).toEqual(['reached']);
  });
});

describe('completenessOf', () => {
  it('is none without text, some for a short note and good for a real description', () => {
    expect(
      completenessOf({
        mechanism: null,
        context: '  ',
        implementation: 'Two trained staff.',
        cost: 'x'.repeat(COMPLETENESS_GOOD_CHARACTERS),
      }),
    ).toEqual({ mechanism: 'none', context: 'none', implementation: 'some', cost: 'good' });
  });
});
