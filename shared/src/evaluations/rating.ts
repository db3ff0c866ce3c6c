import { EVIDENCE_LEVELS, EVIDENCE_RULE_VERSION, RULE_THRESHOLDS } from './rule';
import type { ComputedEvidenceRating, OutcomeRating, RatingReason } from './types';
import {
  OUTCOME_CONSTRUCTS,
  type EffectDirection,
  type EvaluationDesign,
  type EvaluatorIndependence,
  type EvidenceStrength,
  type OutcomeConstruct,
  type OutcomeMeasure,
  type RatingDirection,
  type RiskOfBias,
  type VerificationState,
} from './vocabularies';

/** What the rule reads of an evaluation. */
export interface RatingInput {
  id: string;
  design: EvaluationDesign;
  riskOfBias: RiskOfBias;
  /** Only a verified evaluation rates; the others are left out as if not there. */
  verification: VerificationState;
  independence: EvaluatorIndependence;
  /** The sample as reported; `sampleAnalysed`, when given, is what the study's analysis rests on. */
  sampleSize: number;
  sampleRandomised?: number | null;
  sampleAnalysed?: number | null;
  outcomes: ReadonlyArray<{
    construct: OutcomeConstruct;
    measure: OutcomeMeasure;
    direction: EffectDirection;
    significant: boolean;
    sustained12Months: boolean;
  }>;
}

/** Designs that can show cause: a comparison with a counterfactual, or a synthesis of such studies. */
const CONTROLLED: readonly EvaluationDesign[] = EVIDENCE_LEVELS.find((l) => l.level === 3)!.designs;
/** The primary studies among them, whose own sample and attrition the rule reads (a review pools others'). */
const PRIMARY_CONTROLLED: readonly EvaluationDesign[] = ['rct', 'quasi-experimental'];

/**
 * The strength a single study can give an outcome, after the levels of the field's rating registries
 * (CrimeSolutions, EIF, Blueprints): qualitative and other descriptive work 1; pre/post without comparison 2;
 * a controlled design 3, or 2 when its risk of bias is high. Level 4 is never one study's: it needs replication.
 */
export function studyStrength(design: EvaluationDesign, riskOfBias: RiskOfBias): 1 | 2 | 3 {
  if (CONTROLLED.includes(design)) return riskOfBias === 'high' ? 2 : 3;
  return EVIDENCE_LEVELS.find((l) => l.level === 2)!.designs.includes(design) ? 2 : 1;
}

/** The share, in percent, of the people randomised or enrolled who were not analysed; null when not reported. */
export function attritionPercent(study: Pick<RatingInput, 'sampleRandomised' | 'sampleAnalysed'>): number | null {
  const { sampleRandomised: randomised, sampleAnalysed: analysed } = study;
  if (randomised == null || analysed == null || randomised === 0) return null;
  return ((randomised - analysed) / randomised) * 100;
}

/** Why a controlled study that would be causal evidence is held at level 2; none when it is not. */
export function causalCap(study: RatingInput): 'sample-too-small' | 'high-attrition' | null {
  if (!PRIMARY_CONTROLLED.includes(study.design)) return null;
  if ((study.sampleAnalysed ?? study.sampleSize) < RULE_THRESHOLDS.minAnalysedSample) return 'sample-too-small';
  const attrition = attritionPercent(study);
  if (attrition !== null && attrition > RULE_THRESHOLDS.maxAttritionPercent) return 'high-attrition';
  return null;
}

interface Finding {
  evaluationId: string;
  design: EvaluationDesign;
  riskOfBias: RiskOfBias;
  strength: 1 | 2 | 3;
  /** Why a study that would give 3 gives 2. */
  cap: 'sample-too-small' | 'high-attrition' | null;
  independent: boolean;
  measure: OutcomeMeasure;
  /** What the finding says, with a non-significant result counted as no effect. */
  verdict: 'positive' | 'negative' | 'mixed' | 'null';
  sustained: boolean;
}

function verdictOf(direction: EffectDirection, significant: boolean): Finding['verdict'] {
  if (direction === 'none' || !significant) return 'null';
  return direction;
}

const ids = (findings: readonly Finding[]) => [...new Set(findings.map((f) => f.evaluationId))];

/**
 * Rates one outcome from every finding about it:
 * - strength: the best single study's level (a trial or quasi-experiment that analysed too few people or lost
 *   too many counts 2, see `RULE_THRESHOLDS`); 4 when at least two strong (level 3) studies found a significant
 *   positive effect (a systematic review counts as replicated on its own), one of them showed it lasting
 *   12 months or more, and at least one of them was run by an independent evaluator;
 * - direction: `possible-harm` whenever a study of level 2 or more found a significant negative effect, whatever
 *   else was found; otherwise from the strongest studies: all positive `effective`, positive or mixed beside
 *   others `promising`, none `no-effect`; at level 2, positive only `promising`; anything else `inconclusive`.
 */
function rateOutcome(construct: OutcomeConstruct, findings: readonly Finding[]): OutcomeRating {
  const reasons: RatingReason[] = [];
  const best = Math.max(...findings.map((f) => f.strength)) as 1 | 2 | 3;
  const bestFindings = findings.filter((f) => f.strength === best);
  reasons.push({
    code: 'strongest-study',
    design: bestFindings[0]!.design,
    riskOfBias: bestFindings[0]!.riskOfBias,
    evaluationIds: ids(bestFindings),
  });
  const downgraded = findings.filter((f) => CONTROLLED.includes(f.design) && f.riskOfBias === 'high');
  if (downgraded.length > 0) reasons.push({ code: 'high-risk-of-bias', evaluationIds: ids(downgraded) });
  for (const cap of ['sample-too-small', 'high-attrition'] as const) {
    const capped = findings.filter((f) => f.cap === cap);
    if (capped.length > 0) reasons.push({ code: cap, evaluationIds: ids(capped) });
  }

  let strength: EvidenceStrength = best;
  const strongPositive = findings.filter((f) => f.strength === 3 && f.verdict === 'positive');
  const replications =
    ids(strongPositive).length + (strongPositive.some((f) => f.design === 'systematic-review') ? 1 : 0);
  if (replications >= RULE_THRESHOLDS.replicatingStudies) {
    const independent = ids(strongPositive.filter((f) => f.independent)).length;
    if (!strongPositive.some((f) => f.sustained)) {
      reasons.push({ code: 'not-sustained', evaluationIds: ids(strongPositive) });
    } else if (independent < RULE_THRESHOLDS.independentReplications) {
      reasons.push({ code: 'not-independently-replicated', evaluationIds: ids(strongPositive) });
    } else {
      strength = 4;
      reasons.push({ code: 'replicated', evaluationIds: ids(strongPositive), count: ids(strongPositive).length });
    }
  }

  let direction: RatingDirection;
  const harmful = findings.filter((f) => f.strength >= RULE_THRESHOLDS.harmMinStrength && f.verdict === 'negative');
  if (harmful.length > 0) {
    direction = 'possible-harm';
    reasons.push({ code: 'harm', evaluationIds: ids(harmful) });
  } else if (best >= 2) {
    const verdicts = new Set(bestFindings.map((f) => f.verdict));
    const onlyPositive = verdicts.size === 1 && verdicts.has('positive');
    if (best === 3 && onlyPositive) {
      direction = 'effective';
      reasons.push({ code: 'strong-positive', evaluationIds: ids(bestFindings) });
    } else if (best === 3 && (verdicts.has('positive') || verdicts.has('mixed'))) {
      direction = 'promising';
      reasons.push({ code: 'strong-mixed', evaluationIds: ids(bestFindings) });
    } else if (best === 3) {
      direction = 'no-effect';
      reasons.push({ code: 'strong-null', evaluationIds: ids(bestFindings) });
    } else if (onlyPositive) {
      direction = 'promising';
      reasons.push({ code: 'preliminary-positive', evaluationIds: ids(bestFindings) });
    } else {
      direction = 'inconclusive';
      reasons.push({ code: 'conflicting', evaluationIds: ids(bestFindings) });
    }
  } else {
    direction = 'inconclusive';
    reasons.push({ code: 'weak-only', evaluationIds: ids(bestFindings) });
  }

  const selfReportOnly = findings.every((f) => f.measure === 'self-report');
  if (selfReportOnly) reasons.push({ code: 'self-report-only' });
  return { construct, strength, direction, selfReportOnly, evaluationCount: ids(findings).length, reasons };
}

/**
 * The evidence rating of a practice, from its verified evaluations: one rating per outcome construct measured,
 * never averaged into one grade. Outcomes where harm was found come first, then the strongest evidence. The
 * rating carries the version of the rule that computed it.
 */
export function rateEvidence(evaluations: readonly RatingInput[]): ComputedEvidenceRating {
  const byConstruct = new Map<OutcomeConstruct, Finding[]>();
  for (const evaluation of evaluations) {
    if (evaluation.verification !== 'verified') continue;
    const cap = causalCap(evaluation);
    const designed = studyStrength(evaluation.design, evaluation.riskOfBias);
    const strength = cap && designed === 3 ? 2 : designed;
    for (const outcome of evaluation.outcomes) {
      const findings = byConstruct.get(outcome.construct) ?? [];
      findings.push({
        evaluationId: evaluation.id,
        design: evaluation.design,
        riskOfBias: evaluation.riskOfBias,
        strength,
        cap: cap && designed === 3 ? cap : null,
        independent: evaluation.independence === 'independent',
        measure: outcome.measure,
        verdict: verdictOf(outcome.direction, outcome.significant),
        sustained: outcome.sustained12Months,
      });
      byConstruct.set(outcome.construct, findings);
    }
  }
  const outcomes = [...byConstruct].map(([construct, findings]) => rateOutcome(construct, findings));
  const harmFirst = (rating: OutcomeRating) => (rating.direction === 'possible-harm' ? 0 : 1);
  outcomes.sort(
    (a, b) =>
      harmFirst(a) - harmFirst(b) ||
      b.strength - a.strength ||
      OUTCOME_CONSTRUCTS.indexOf(a.construct) - OUTCOME_CONSTRUCTS.indexOf(b.construct),
  );
  return {
    outcomes,
    bestStrength: outcomes.reduce<EvidenceStrength>((best, o) => (o.strength > best ? o.strength : best), 0),
    harm: outcomes.filter((o) => o.direction === 'possible-harm').map((o) => o.construct),
    ruleVersion: EVIDENCE_RULE_VERSION,
  };
}
