import type { EvaluationDesign, EvidenceStrength, RatingDirection } from './vocabularies';

/**
 * The evidence rule in force, as data: `rateEvidence` applies these constants, `GET /api/evidence/rule` answers
 * them and the page "How we rate evidence" is generated from that answer, so that what users read is what the
 * code does. A change to any of them is a new version, stored with every rating it computes, and comes with a
 * migration that recomputes every rating (version 1 was the rule before sample size, attrition and
 * independence were read).
 */
export const EVIDENCE_RULE_VERSION = 2;

/** What each strength level means, and the designs that reach it on their own. */
export interface EvidenceLevel {
  level: EvidenceStrength;
  /** The designs whose single study gives this level (none for 0, which is "no evaluation", and 4). */
  designs: EvaluationDesign[];
}

export const EVIDENCE_LEVELS: readonly EvidenceLevel[] = [
  { level: 0, designs: [] },
  { level: 1, designs: ['qualitative', 'other'] },
  { level: 2, designs: ['pre-post'] },
  { level: 3, designs: ['rct', 'quasi-experimental', 'systematic-review'] },
  { level: 4, designs: [] },
];

/** The names of the thresholds; each language says what they mean. */
export const RULE_THRESHOLD_KEYS = [
  'min-analysed-sample',
  'max-attrition-percent',
  'replicating-studies',
  'independent-replications',
  'sustained-months',
  'harm-min-strength',
] as const;
export type RuleThresholdKey = (typeof RULE_THRESHOLD_KEYS)[number];

export interface RuleThreshold {
  key: RuleThresholdKey;
  value: number;
  /** The registries the value follows or is chosen after, named so that a reader can check. */
  sources: string[];
}

/**
 * The numbers of the rule. The registries weigh sample size and attrition without one common number, so the
 * two caps are our choice after them, stated here:
 * - a controlled study (a trial or a quasi-experiment) analysing fewer than 60 people (30 per arm in a two-arm
 *   study) cannot give causal evidence (level 3): with fewer, a real effect of the size prevention programmes
 *   report is rarely detectable, and one or two dropouts change the result;
 * - nor can one that lost more than 40% of the people it randomised or enrolled before analysis: the What Works
 *   Clearinghouse's attrition standard accepts no overall attrition above about 40% without strong evidence of
 *   balance, and CrimeSolutions' instrument scores such attrition as a serious threat to validity;
 * - level 4 needs two strong studies agreeing (Blueprints' Model), an effect lasting 12 months (Blueprints,
 *   EIF level 4, Title IV-E), and at least one of them by an independent evaluator (Blueprints' Model Plus);
 * - harm found by a study of level 2 or more overrides every other finding (every registry demands no
 *   evidence of harm).
 */
export const RULE_THRESHOLDS = {
  minAnalysedSample: 60,
  maxAttritionPercent: 40,
  replicatingStudies: 2,
  independentReplications: 1,
  sustainedMonths: 12,
  harmMinStrength: 2,
} as const;

export const RULE_THRESHOLD_LIST: readonly RuleThreshold[] = [
  {
    key: 'min-analysed-sample',
    value: RULE_THRESHOLDS.minAnalysedSample,
    sources: ['EIF Guidebook evidence standards', 'CrimeSolutions scoring instrument (sample size)'],
  },
  {
    key: 'max-attrition-percent',
    value: RULE_THRESHOLDS.maxAttritionPercent,
    sources: ['What Works Clearinghouse attrition standard', 'CrimeSolutions scoring instrument (attrition)'],
  },
  { key: 'replicating-studies', value: RULE_THRESHOLDS.replicatingStudies, sources: ['Blueprints (Model)'] },
  {
    key: 'independent-replications',
    value: RULE_THRESHOLDS.independentReplications,
    sources: ['Blueprints (Model Plus)'],
  },
  {
    key: 'sustained-months',
    value: RULE_THRESHOLDS.sustainedMonths,
    sources: ['Blueprints (Model)', 'EIF Guidebook (level 4)', 'Title IV-E Prevention Services Clearinghouse'],
  },
  {
    key: 'harm-min-strength',
    value: RULE_THRESHOLDS.harmMinStrength,
    sources: ['Blueprints', 'CEBC', 'CrimeSolutions'],
  },
];

/** How one level and direction of ours reads on the scales practitioners already know. */
export interface CrosswalkEntry {
  strengths: EvidenceStrength[];
  directions: RatingDirection[];
  /** Early Intervention Foundation Guidebook. */
  eif: string;
  blueprints: string;
  crimeSolutions: string;
  /** The categories ECSA and UNICEF's INSPIRE use. */
  inspire: string;
}

const ALL_DIRECTIONS: RatingDirection[] = ['effective', 'promising', 'no-effect', 'inconclusive'];

/**
 * Rough equivalents, not equalities: the registries disagree among themselves (only about 30% of programmes
 * rated by several clearinghouses get similar ratings). The first entry that holds a rating's strength and
 * direction is its equivalent; harm comes first, as it overrides.
 */
export const EVIDENCE_CROSSWALK: readonly CrosswalkEntry[] = [
  {
    strengths: [0, 1, 2, 3, 4],
    directions: ['possible-harm'],
    eif: 'Not rated (evidence of harm)',
    blueprints: 'Not certified (evidence of harm)',
    crimeSolutions: 'No Effects (harmful effects found)',
    inspire: 'Not recommended',
  },
  {
    strengths: [4],
    directions: ['effective'],
    eif: 'Level 4',
    blueprints: 'Model Plus',
    crimeSolutions: 'Effective (multiple studies)',
    inspire: 'Effective',
  },
  {
    strengths: [4],
    directions: ['promising', 'no-effect', 'inconclusive'],
    eif: 'Level 4 (mixed results)',
    blueprints: 'Model',
    crimeSolutions: 'Promising (multiple studies)',
    inspire: 'Promising',
  },
  {
    strengths: [3],
    directions: ['effective'],
    eif: 'Level 3',
    blueprints: 'Promising',
    crimeSolutions: 'Effective (one study)',
    inspire: 'Promising',
  },
  {
    strengths: [3],
    directions: ['promising', 'inconclusive'],
    eif: 'Level 3 (mixed results)',
    blueprints: 'Not certified',
    crimeSolutions: 'Promising (one study)',
    inspire: 'Promising',
  },
  {
    strengths: [3],
    directions: ['no-effect'],
    eif: 'NE (no effect)',
    blueprints: 'Not certified',
    crimeSolutions: 'No Effects',
    inspire: 'Not recommended',
  },
  {
    strengths: [2],
    directions: ALL_DIRECTIONS,
    eif: 'Level 2 (preliminary)',
    blueprints: 'Not certified',
    crimeSolutions: 'Insufficient evidence',
    inspire: 'Prudent',
  },
  {
    strengths: [0, 1],
    directions: ALL_DIRECTIONS,
    eif: 'NL2 (below level 2)',
    blueprints: 'Not certified',
    crimeSolutions: 'Insufficient evidence',
    inspire: 'Pioneering',
  },
];

/** The rough equivalent of a rating on the other scales (every strength and direction has one). */
export function crosswalkFor(strength: EvidenceStrength, direction: RatingDirection): CrosswalkEntry {
  const entry = EVIDENCE_CROSSWALK.find((e) => e.strengths.includes(strength) && e.directions.includes(direction));
  if (!entry) throw new Error(`no crosswalk entry for level ${strength}, ${direction}`);
  return entry;
}

/** `GET /api/evidence/rule`: the rule in force. */
export interface EvidenceRule {
  version: number;
  levels: EvidenceLevel[];
  thresholds: RuleThreshold[];
  crosswalk: CrosswalkEntry[];
}

export const EVIDENCE_RULE: EvidenceRule = {
  version: EVIDENCE_RULE_VERSION,
  levels: EVIDENCE_LEVELS.map((level) => ({ ...level, designs: [...level.designs] })),
  thresholds: RULE_THRESHOLD_LIST.map((threshold) => ({ ...threshold, sources: [...threshold.sources] })),
  crosswalk: EVIDENCE_CROSSWALK.map((entry) => ({
    ...entry,
    strengths: [...entry.strengths],
    directions: [...entry.directions],
  })),
};
