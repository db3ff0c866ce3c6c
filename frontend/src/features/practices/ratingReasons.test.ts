import { rateEvidence, type RatingReason } from '@pn/shared';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { evaluationName, explainRating, explainReason, REASON_CODES, reasonKey } from './ratingReasons';

const en = i18n.getFixedT('en');

describe('explainReason', () => {
  it('has a sentence for every reason code, in every language', () => {
    for (const code of REASON_CODES) {
      for (const language of ['en', 'da', 'sv']) {
        // Read from the language's own file: i18next would fall back to English.
        expect(typeof i18n.getResource(language, 'translation', reasonKey(code)), `${language}: ${code}`).toBe(
          'string',
        );
      }
    }
  });

  it('fills in the design and the risk of bias of the strongest study', () => {
    const reason: RatingReason = { code: 'strongest-study', design: 'rct', riskOfBias: 'low', evaluationIds: ['e1'] };
    expect(explainReason(reason, en)).toEqual({
      code: 'strongest-study',
      text: 'The strongest study of this outcome sets the strength: Randomised controlled trial, low risk of bias.',
      evaluationIds: ['e1'],
    });
  });

  it('counts the studies of a replication', () => {
    const reason: RatingReason = { code: 'replicated', evaluationIds: ['e1', 'e2'], count: 2 };
    expect(explainReason(reason, en).text).toMatch(/^2 strong studies agree/);
  });
});

describe('explainRating', () => {
  it('explains a randomised trial measured by official records as effective, with harm first when found', () => {
    const rating = rateEvidence([
      {
        id: 'e1',
        design: 'rct',
        riskOfBias: 'low',
        verification: 'verified',
        independence: 'independent',
        sampleSize: 160,
        outcomes: [
          {
            construct: 'sexual-reoffending',
            measure: 'official-records',
            direction: 'positive',
            significant: true,
            sustained12Months: false,
          },
          {
            construct: 'wellbeing',
            measure: 'self-report',
            direction: 'negative',
            significant: true,
            sustained12Months: false,
          },
        ],
      },
    ]);
    const [harm, reoffending] = rating.outcomes;
    expect(explainRating(harm!, en).map((reason) => reason.code)).toEqual([
      'harm',
      'strongest-study',
      'self-report-only',
    ]);
    expect(explainRating(reoffending!, en).map((reason) => reason.code)).toEqual([
      'strongest-study',
      'strong-positive',
    ]);
    expect(explainRating(reoffending!, en)[1]?.evaluationIds).toEqual(['e1']);
  });
});

describe('evaluationName', () => {
  it('names an evaluation by the start of its citation', () => {
    const long = `Smith, J. (2020). ${'A very long title '.repeat(8)}`;
    const evaluations = [
      { id: 'e1', citation: 'Wilson et al. (2009)' },
      { id: 'e2', citation: long },
    ];
    expect(evaluationName(evaluations, 'e1')).toBe('Wilson et al. (2009)');
    const name = evaluationName(evaluations, 'e2') ?? '';
    expect(name.length).toBeLessThanOrEqual(80);
    expect(name.endsWith('…')).toBe(true);
    expect(evaluationName(evaluations, 'missing')).toBeNull();
  });
});
