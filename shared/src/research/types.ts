import type { Author } from '../discussions/types';
import type { OutcomeConstruct, RatingDirection } from '../evaluations/vocabularies';
import type { TargetGroup } from '../practices/vocabularies';
import type { ResearchQuestionStatus } from './vocabularies';

/** One cell of the evidence gap map: a target group against an outcome construct. */
export interface GapMapCell {
  targetGroup: TargetGroup;
  construct: OutcomeConstruct;
  /** Published practices for the group with a verified evaluation that measured the construct. */
  practices: number;
  /** The verified evaluations of those practices that measured it. */
  evaluations: number;
  /** The best strength (0-4) among those practices' stored ratings of the construct; 0 for an empty cell. */
  bestStrength: number;
  /** The direction of that best rating; null for an empty cell. */
  direction: RatingDirection | null;
}

export interface GapMap {
  targetGroups: TargetGroup[];
  constructs: OutcomeConstruct[];
  /** Every pair of target group and construct, the empty ones too, in the order of the two lists. */
  cells: GapMapCell[];
}

/** What a research question is about: a practice, a cell of the gap map, or both. */
export interface ResearchQuestion {
  id: string;
  title: string;
  body: string;
  status: ResearchQuestionStatus;
  practice: { id: string; title: string } | null;
  targetGroup: TargetGroup | null;
  construct: OutcomeConstruct | null;
  /** The feedback on the practice it was raised from, if any. */
  feedbackId: string | null;
  author: Author | null;
  claimer: Author | null;
  /** The evaluation that answers it, once answered. */
  answerEvaluationId: string | null;
  /** The question this one duplicated, once merged into it. */
  mergedIntoId: string | null;
  votes: number;
  myVote: boolean;
  following: boolean;
  createdAt: string;
  updatedAt: string;
}

/** The header of the open-data export (the JSON's top object; the CSV's comment line says the same). */
export interface OpenDataHeader {
  title: string;
  licence: string;
  licenceUrl: string;
  ruleVersion: string;
  generatedAt: string;
  source: string;
}
