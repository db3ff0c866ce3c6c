import { createEvaluationSchema, EVALUATION_LIMITS } from '@pn/shared';
import { describe, expect, it } from 'vitest';
import {
  addOutcomeRow,
  attritionOf,
  emptyEvaluationValues,
  newOutcomeRow,
  outcomeRowErrors,
  removeOutcomeRow,
  toEvaluationRequest,
  updateOutcomeRow,
  type EvaluationFormValues,
} from './evaluationForm';

describe('the outcome rows', () => {
  it('adds rows up to the most an evaluation may report', () => {
    let rows = [newOutcomeRow('r0')];
    for (let i = 1; i < EVALUATION_LIMITS.outcomesMax + 3; i += 1) rows = addOutcomeRow(rows, `r${i}`);
    expect(rows).toHaveLength(EVALUATION_LIMITS.outcomesMax);
    expect(rows.map((row) => row.key).slice(0, 3)).toEqual(['r0', 'r1', 'r2']);
  });

  it('removes a row by its key, but never the last one', () => {
    const rows = addOutcomeRow(addOutcomeRow([newOutcomeRow('a')], 'b'), 'c');
    expect(removeOutcomeRow(rows, 'b').map((row) => row.key)).toEqual(['a', 'c']);
    expect(removeOutcomeRow([newOutcomeRow('a')], 'a').map((row) => row.key)).toEqual(['a']);
  });

  it('changes one row and keeps its key', () => {
    const rows = addOutcomeRow([newOutcomeRow('a')], 'b');
    const changed = updateOutcomeRow(rows, 'b', { construct: 'csam-use', key: 'other' });
    expect(changed[1]).toMatchObject({ key: 'b', construct: 'csam-use' });
    expect(changed[0]).toEqual(rows[0]);
  });
});

const filled = (): EvaluationFormValues => ({
  design: 'rct',
  sampleSize: '160',
  followUpMonths: '',
  riskOfBias: 'low',
  independence: 'independent',
  conflictOfInterest: '',
  sampleRandomised: '200',
  sampleAnalysed: '150',
  comparison: 'placebo',
  registrationId: 'ISRCTN76841676',
  citation: 'Lätth et al. (2022). Internet Interventions.',
  doi: 'https://doi.org/10.1016/j.invent.2022.100542',
  summary: 'A placebo-controlled trial.',
  outcomes: [
    {
      ...newOutcomeRow('r1'),
      construct: 'sexual-reoffending',
      measure: 'official-records',
      direction: 'positive',
      significant: true,
      effectSize: '0,35',
      ciLow: '0.1',
      ciHigh: '0.6',
    },
  ],
});

describe('toEvaluationRequest', () => {
  it('maps the form to a request the shared schema accepts, reading decimal commas', () => {
    const request = toEvaluationRequest(filled());
    expect(request.sampleSize).toBe(160);
    expect(request.followUpMonths).toBeNull();
    expect(request.outcomes[0]).toMatchObject({ effectSize: 0.35, ciLow: 0.1, ciHigh: 0.6, label: undefined });
    const parsed = createEvaluationSchema.parse(request);
    expect(parsed.doi).toBe('10.1016/j.invent.2022.100542');
  });

  it('sends the declarations, and shows attrition only from two whole numbers', () => {
    const request = toEvaluationRequest(filled());
    expect(request).toMatchObject({
      independence: 'independent',
      conflictOfInterest: null,
      sampleRandomised: 200,
      sampleAnalysed: 150,
      comparison: 'placebo',
      registrationId: 'ISRCTN76841676',
    });
    expect(attritionOf({ sampleRandomised: '200', sampleAnalysed: '150' })).toBe(25);
    expect(attritionOf({ sampleRandomised: '200', sampleAnalysed: '' })).toBeNull();
    expect(attritionOf({ sampleRandomised: '100', sampleAnalysed: '120' })).toBeNull();
    const undeclared = toEvaluationRequest({ ...filled(), independence: '', comparison: '', sampleAnalysed: '' });
    expect(undeclared).toMatchObject({ independence: 'developer', comparison: null, sampleAnalysed: null });
  });

  it('leaves an empty form for the schema to refuse, with the problems of each row by its key', () => {
    const values = emptyEvaluationValues('first');
    const result = createEvaluationSchema.safeParse(toEvaluationRequest(values));
    expect(result.success).toBe(false);
    const fields = new Set(result.error?.issues.map((issue) => issue.path[0]));
    expect([...fields]).toEqual(expect.arrayContaining(['design', 'sampleSize', 'riskOfBias', 'citation', 'summary']));
    const rows = outcomeRowErrors(values.outcomes, result.error?.issues ?? []);
    expect(Object.keys(rows)).toEqual(['first']);
    expect(Object.keys(rows.first ?? {}).sort()).toEqual(['construct', 'direction', 'measure']);
  });

  it('places an interval problem on its row', () => {
    const values = filled();
    values.outcomes = [...values.outcomes, { ...values.outcomes[0]!, key: 'r2', ciLow: '0.9', ciHigh: '0.1' }];
    const result = createEvaluationSchema.safeParse(toEvaluationRequest(values));
    const rows = outcomeRowErrors(values.outcomes, result.error?.issues ?? []);
    expect(Object.keys(rows)).toEqual(['r2']);
    expect(rows.r2?.ciLow).toBeDefined();
  });
});
