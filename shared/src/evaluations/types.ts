import type { Author } from '../discussions/types';
import type {
  ComparisonCondition,
  EffectDirection,
  EvaluationDesign,
  EvaluatorIndependence,
  EvidenceStrength,
  OutcomeConstruct,
  OutcomeMeasure,
  RatingDirection,
  RiskOfBias,
  VerificationState,
} from './vocabularies';

export interface Outcome {
  id: string;
  construct: OutcomeConstruct;
  label: string | null;
  measure: OutcomeMeasure;
  direction: EffectDirection;
  significant: boolean;
  effectSize: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  sustained12Months: boolean;
}

export interface Evaluation {
  id: string;
  practiceId: string;
  design: EvaluationDesign;
  sampleSize: number;
  followUpMonths: number | null;
  riskOfBias: RiskOfBias;
  /** `independence === 'independent'`, kept for clients written before `independence`. */
  independent: boolean;
  independence: EvaluatorIndependence;
  conflictOfInterest: string | null;
  sampleRandomised: number | null;
  sampleAnalysed: number | null;
  comparison: ComparisonCondition | null;
  registrationId: string | null;
  /** Only a verified evaluation counts in the practice's public rating. */
  verification: VerificationState;
  /**
   * The last reviewer's comment (what to correct, when returned), for its author and for those who verify;
   * null for anyone else.
   */
  verificationComment: string | null;
  citation: string;
  doi: string | null;
  summary: string;
  outcomes: Outcome[];
  author: Author | null;
  createdAt: string;
  updatedAt: string;
  canEdit: boolean;
  /** The viewer may verify or return it: a researcher or coordinator who wrote neither it nor the practice. */
  canVerify: boolean;
}

/** An evaluation in the verification queue, with the practice it is about. */
export interface QueuedEvaluation extends Evaluation {
  practice: { id: string; title: string };
}

/**
 * Why an outcome is rated as it is: each reason is a code with its facts, so that every language can say it.
 * - `no-evaluation`: nothing measured this outcome.
 * - `strongest-study`: the best study of the outcome (its design and risk of bias) sets the strength.
 * - `high-risk-of-bias`: a controlled study counted one level lower because its risk of bias is high.
 * - `replicated`: two or more strong studies agree, with an effect lasting at least 12 months: level 4.
 * - `not-sustained`: replicated, but no effect shown to last 12 months: stays at 3.
 * - `not-independently-replicated`: replicated and lasting, but no replicating study was independent: stays at 3.
 * - `sample-too-small`: a controlled study analysed fewer people than the rule's minimum: it counts as 2.
 * - `high-attrition`: a controlled study lost more of its sample than the rule allows: it counts as 2.
 * - `harm`: a study of strength 2 or more found a significant negative effect; this overrides the rest.
 * - `strong-positive`, `strong-mixed`, `strong-null`, `preliminary-positive`, `weak-only`, `conflicting`: how
 *   the direction follows from the findings.
 * - `self-report-only`: every measurement of the outcome is self-reported.
 */
export interface RatingReason {
  code:
    | 'no-evaluation'
    | 'strongest-study'
    | 'high-risk-of-bias'
    | 'replicated'
    | 'not-sustained'
    | 'not-independently-replicated'
    | 'sample-too-small'
    | 'high-attrition'
    | 'harm'
    | 'strong-positive'
    | 'strong-mixed'
    | 'strong-null'
    | 'preliminary-positive'
    | 'weak-only'
    | 'conflicting'
    | 'self-report-only';
  evaluationIds?: string[];
  design?: EvaluationDesign;
  riskOfBias?: RiskOfBias;
  count?: number;
}

/** The rating of one outcome construct. */
export interface OutcomeRating {
  construct: OutcomeConstruct;
  strength: EvidenceStrength;
  direction: RatingDirection;
  /** Every measurement of it is self-reported: shown as a caution beside the rating. */
  selfReportOnly: boolean;
  /** How many evaluations measured it. */
  evaluationCount: number;
  reasons: RatingReason[];
}

/**
 * Derived from a practice's evaluations by `rateEvidence`, never typed in. There is deliberately no overall
 * grade: each outcome stands on its own, and `harm` lists the outcomes where a study found harm so that the
 * page can show them first.
 */
export interface EvidenceRating {
  outcomes: OutcomeRating[];
  /** The strongest level on any outcome (0 when there is no evaluation); for sorting and filtering only. */
  bestStrength: EvidenceStrength;
  harm: OutcomeConstruct[];
  /**
   * Two years since the rating was last computed from a change of evidence or re-reviewed, or a new revision
   * of the practice published since: coordinators are asked to re-review it. Read-time, never stored.
   */
  reviewDue: boolean;
  /** The version of the rule that computed it (`EVIDENCE_RULE_VERSION` when current). */
  ruleVersion: number;
}

/** What the rule computes and a practice stores; `reviewDue` is added when it is read. */
export type ComputedEvidenceRating = Omit<EvidenceRating, 'reviewDue'>;
