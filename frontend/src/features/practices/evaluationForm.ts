import {
  attritionPercent,
  EVALUATION_LIMITS,
  type ComparisonCondition,
  type CreateEvaluationRequest,
  type EvaluatorIndependence,
  type EffectDirection,
  type Evaluation,
  type EvaluationDesign,
  type OutcomeConstruct,
  type OutcomeMeasure,
  type RiskOfBias,
} from '@pn/shared';
import type { z } from 'zod';
import type { Message } from '../../i18n/types';
import { issueMessage } from '../../lib/messages';

/** One outcome row of the form, as typed; `key` keeps a row's identity while rows are added and removed. */
export interface OutcomeRow {
  key: string;
  construct: OutcomeConstruct | '';
  label: string;
  measure: OutcomeMeasure | '';
  direction: EffectDirection | '';
  significant: boolean;
  effectSize: string;
  ciLow: string;
  ciHigh: string;
  sustained12Months: boolean;
}

export type OutcomeField = Exclude<keyof OutcomeRow, 'key'>;

export interface EvaluationFormValues {
  design: EvaluationDesign | '';
  sampleSize: string;
  followUpMonths: string;
  riskOfBias: RiskOfBias | '';
  independence: EvaluatorIndependence | '';
  conflictOfInterest: string;
  sampleRandomised: string;
  sampleAnalysed: string;
  comparison: ComparisonCondition | '';
  registrationId: string;
  citation: string;
  doi: string;
  summary: string;
  outcomes: OutcomeRow[];
}

export function newOutcomeRow(key: string): OutcomeRow {
  return {
    key,
    construct: '',
    label: '',
    measure: '',
    direction: '',
    significant: false,
    effectSize: '',
    ciLow: '',
    ciHigh: '',
    sustained12Months: false,
  };
}

export function emptyEvaluationValues(firstRowKey: string): EvaluationFormValues {
  return {
    design: '',
    sampleSize: '',
    followUpMonths: '',
    riskOfBias: '',
    independence: '',
    conflictOfInterest: '',
    sampleRandomised: '',
    sampleAnalysed: '',
    comparison: '',
    registrationId: '',
    citation: '',
    doi: '',
    summary: '',
    outcomes: [newOutcomeRow(firstRowKey)],
  };
}

/** A row more at the end, unless the most an evaluation may report is reached (then the rows are unchanged). */
export function addOutcomeRow(rows: readonly OutcomeRow[], key: string): OutcomeRow[] {
  if (rows.length >= EVALUATION_LIMITS.outcomesMax) return [...rows];
  return [...rows, newOutcomeRow(key)];
}

/** Removes a row; the last one stays, since an evaluation reports at least one outcome. */
export function removeOutcomeRow(rows: readonly OutcomeRow[], key: string): OutcomeRow[] {
  if (rows.length <= 1) return [...rows];
  return rows.filter((row) => row.key !== key);
}

export function updateOutcomeRow(rows: readonly OutcomeRow[], key: string, patch: Partial<OutcomeRow>): OutcomeRow[] {
  return rows.map((row) => (row.key === key ? { ...row, ...patch, key: row.key } : row));
}

/** An evaluation's values in the form, to correct it; row keys are the outcomes' ids. */
export function valuesFromEvaluation(evaluation: Evaluation): EvaluationFormValues {
  const number = (value: number | null) => (value === null ? '' : String(value));
  return {
    design: evaluation.design,
    sampleSize: String(evaluation.sampleSize),
    followUpMonths: number(evaluation.followUpMonths),
    riskOfBias: evaluation.riskOfBias,
    independence: evaluation.independence,
    conflictOfInterest: evaluation.conflictOfInterest ?? '',
    sampleRandomised: number(evaluation.sampleRandomised),
    sampleAnalysed: number(evaluation.sampleAnalysed),
    comparison: evaluation.comparison ?? '',
    registrationId: evaluation.registrationId ?? '',
    citation: evaluation.citation,
    doi: evaluation.doi ?? '',
    summary: evaluation.summary,
    outcomes: evaluation.outcomes.map((outcome) => ({
      key: outcome.id,
      construct: outcome.construct,
      label: outcome.label ?? '',
      measure: outcome.measure,
      direction: outcome.direction,
      significant: outcome.significant,
      effectSize: number(outcome.effectSize),
      ciLow: number(outcome.ciLow),
      ciHigh: number(outcome.ciHigh),
      sustained12Months: outcome.sustained12Months,
    })),
  };
}

/**
 * A number as typed: empty is "not given" (null, or undefined where the schema requires it, so that it says
 * so); a decimal comma is read as a point, as Danish and Swedish write it.
 */
function parseNumber(text: string, empty: null | undefined): number | null | undefined {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? empty : Number(trimmed);
}

/** The body of POST /api/practices/:id/evaluations for the form's values, before validation. */
export function toEvaluationRequest(values: EvaluationFormValues): CreateEvaluationRequest {
  const label = (text: string) => (text.trim() === '' ? undefined : text);
  return {
    design: values.design as EvaluationDesign,
    sampleSize: parseNumber(values.sampleSize, undefined) as number,
    followUpMonths: parseNumber(values.followUpMonths, null),
    riskOfBias: values.riskOfBias as RiskOfBias,
    // Not chosen reads as the developer's own study, as the registries weigh an undeclared one.
    independence: values.independence === '' ? 'developer' : values.independence,
    conflictOfInterest: values.conflictOfInterest.trim() === '' ? null : values.conflictOfInterest,
    sampleRandomised: parseNumber(values.sampleRandomised, null),
    sampleAnalysed: parseNumber(values.sampleAnalysed, null),
    comparison: values.comparison === '' ? null : values.comparison,
    registrationId: values.registrationId.trim() === '' ? null : values.registrationId,
    citation: values.citation,
    doi: values.doi.trim() === '' ? null : values.doi,
    summary: values.summary,
    outcomes: values.outcomes.map((row) => ({
      construct: row.construct as OutcomeConstruct,
      label: label(row.label),
      measure: row.measure as OutcomeMeasure,
      direction: row.direction as EffectDirection,
      significant: row.significant,
      effectSize: parseNumber(row.effectSize, null),
      ciLow: parseNumber(row.ciLow, null),
      ciHigh: parseNumber(row.ciHigh, null),
      sustained12Months: row.sustained12Months,
    })),
  };
}

/** The problems of each outcome row, by row key and field, from the schema's issues (`outcomes.<i>.<field>`). */
export function outcomeRowErrors(
  rows: readonly OutcomeRow[],
  issues: readonly z.ZodError['issues'][number][],
): Record<string, Partial<Record<OutcomeField, Message>>> {
  const errors: Record<string, Partial<Record<OutcomeField, Message>>> = {};
  for (const issue of issues) {
    const [first, index, field] = issue.path;
    if (first !== 'outcomes' || typeof index !== 'number' || typeof field !== 'string') continue;
    const row = rows[index];
    if (!row) continue;
    const forRow = (errors[row.key] ??= {});
    forRow[field as OutcomeField] ??= issueMessage(issue);
  }
  return errors;
}

/** The attrition the form's numbers give, in percent, while both are whole numbers; null otherwise. */
export function attritionOf(values: Pick<EvaluationFormValues, 'sampleRandomised' | 'sampleAnalysed'>): number | null {
  const whole = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null);
  const randomised = whole(values.sampleRandomised);
  const analysed = whole(values.sampleAnalysed);
  if (randomised === null || analysed === null || analysed > randomised) return null;
  return attritionPercent({ sampleRandomised: randomised, sampleAnalysed: analysed });
}
