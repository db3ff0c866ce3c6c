export const EVALUATION_DESIGNS = [
  'rct',
  'quasi-experimental',
  'pre-post',
  'qualitative',
  'systematic-review',
  'other',
] as const;
export type EvaluationDesign = (typeof EVALUATION_DESIGNS)[number];

export const RISKS_OF_BIAS = ['low', 'some-concerns', 'high'] as const;
export type RiskOfBias = (typeof RISKS_OF_BIAS)[number];

/** How an outcome was measured. Self-report alone is flagged wherever the outcome is shown. */
export const OUTCOME_MEASURES = ['official-records', 'self-report', 'validated-scale'] as const;
export type OutcomeMeasure = (typeof OUTCOME_MEASURES)[number];

export const EFFECT_DIRECTIONS = ['positive', 'none', 'negative', 'mixed'] as const;
export type EffectDirection = (typeof EFFECT_DIRECTIONS)[number];

/** What an outcome is about; the evidence rating is given per construct. */
export const OUTCOME_CONSTRUCTS = [
  'sexual-reoffending',
  'any-reoffending',
  'csam-use',
  'dynamic-risk-factors',
  'help-seeking',
  'knowledge-and-attitudes',
  'reporting-behaviour',
  'wellbeing',
  'other',
] as const;
export type OutcomeConstruct = (typeof OUTCOME_CONSTRUCTS)[number];

/** The verdict of the rating per outcome: what the evidence says the practice does. */
export const RATING_DIRECTIONS = ['effective', 'promising', 'no-effect', 'possible-harm', 'inconclusive'] as const;
export type RatingDirection = (typeof RATING_DIRECTIONS)[number];

/** 0: no evaluation; 1: qualitative or user data; 2: pre/post or weak comparison; 3: causal; 4: replicated. */
export const EVIDENCE_STRENGTHS = [0, 1, 2, 3, 4] as const;
export type EvidenceStrength = (typeof EVIDENCE_STRENGTHS)[number];

/** Where an evaluation stands: only a verified one counts in a practice's public rating. */
export const VERIFICATION_STATES = ['awaiting', 'verified', 'returned'] as const;
export type VerificationState = (typeof VERIFICATION_STATES)[number];

/** What a second reviewer decides on an evaluation's coding. */
export const VERIFICATION_DECISIONS = ['verify', 'return'] as const;
export type VerificationDecision = (typeof VERIFICATION_DECISIONS)[number];

/** Who ran a study, as its evaluator declares: the registries weigh a developer's own study less. */
export const EVALUATOR_INDEPENDENCE = ['developer', 'developer-funded', 'independent'] as const;
export type EvaluatorIndependence = (typeof EVALUATOR_INDEPENDENCE)[number];

/** What the people in a controlled study's comparison group received. */
export const COMPARISON_CONDITIONS = ['placebo', 'waitlist', 'treatment-as-usual', 'matched', 'none'] as const;
export type ComparisonCondition = (typeof COMPARISON_CONDITIONS)[number];
