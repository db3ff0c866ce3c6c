import { RULE_THRESHOLDS, type Evaluation, type OutcomeRating, type RatingReason } from '@pn/shared';
import type { TFunction } from 'i18next';

/** Every reason code the rating rule gives, in the order the "why" list reads best. */
export const REASON_CODES = [
  'harm',
  'no-evaluation',
  'strongest-study',
  'high-risk-of-bias',
  'sample-too-small',
  'high-attrition',
  'replicated',
  'not-sustained',
  'not-independently-replicated',
  'strong-positive',
  'strong-mixed',
  'strong-null',
  'preliminary-positive',
  'weak-only',
  'conflicting',
  'self-report-only',
] as const satisfies readonly RatingReason['code'][];

export type ReasonKey = `evidence.reasons.${RatingReason['code']}`;

/** The translation key that explains a reason code in plain words. */
export const reasonKey = (code: RatingReason['code']): ReasonKey => `evidence.reasons.${code}`;

export interface ReasonExplanation {
  code: RatingReason['code'];
  text: string;
  /** The evaluations the reason is about, to link to. */
  evaluationIds: string[];
}

/** One reason in the reader's words: the code's sentence with its facts (design, risk of bias, count) filled in. */
export function explainReason(reason: RatingReason, t: TFunction): ReasonExplanation {
  const values = {
    design: reason.design ? t(`evidence.designs.${reason.design}`) : '',
    risk: reason.riskOfBias ? t(`evidence.risks.${reason.riskOfBias}`) : '',
    studies: reason.count ?? reason.evaluationIds?.length ?? 0,
    // The rule's own numbers, so that the sentence says what the code applied.
    min: RULE_THRESHOLDS.minAnalysedSample,
    perArm: RULE_THRESHOLDS.minAnalysedSample / 2,
    max: RULE_THRESHOLDS.maxAttritionPercent,
    months: RULE_THRESHOLDS.sustainedMonths,
  };
  return { code: reason.code, text: t(reasonKey(reason.code), values), evaluationIds: reason.evaluationIds ?? [] };
}

/** The reasons of an outcome's rating, harm first, each explained. */
export function explainRating(rating: Pick<OutcomeRating, 'reasons'>, t: TFunction): ReasonExplanation[] {
  const order = (reason: RatingReason) => REASON_CODES.indexOf(reason.code);
  return [...rating.reasons].sort((a, b) => order(a) - order(b)).map((reason) => explainReason(reason, t));
}

/** The anchor of an evaluation on the practice's page, that the reasons link to. */
export const evaluationAnchor = (id: string) => `evaluation-${id}`;

/** How a linked evaluation is named: the start of its citation, enough to recognise it. */
export function evaluationName(evaluations: readonly Pick<Evaluation, 'id' | 'citation'>[], id: string): string | null {
  const evaluation = evaluations.find((item) => item.id === id);
  if (!evaluation) return null;
  const citation = evaluation.citation.trim();
  return citation.length > 80 ? `${citation.slice(0, 79).trimEnd()}…` : citation;
}
