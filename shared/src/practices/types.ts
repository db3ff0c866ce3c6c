import type { Author } from '../discussions/types';
import type { EvidenceRating, Evaluation } from '../evaluations/types';
import type { ResourceSummary } from '../resources/types';
import type {
  CompletenessElement,
  CompletenessLevel,
  CurationLabel,
  PreventionLevel,
  Setting,
  SurvivorInvolvement,
  TargetGroup,
} from './vocabularies';

/** The text of a practice: what its author writes, and what each revision keeps. */
export interface PracticeContent {
  title: string;
  summary: string;
  description: string;
  language: string;
  targetGroups: TargetGroup[];
  preventionLevel: PreventionLevel;
  settings: Setting[];
  countries: string[];
  languages: string[];
  organisation: string;
  contact: string | null;
  startYear: number | null;
  survivorInvolvement: SurvivorInvolvement;
  survivorNote: string | null;
  mechanism: string | null;
  context: string | null;
  implementation: string | null;
  cost: string | null;
  relatedResourceIds: string[];
}

/** As lists show a practice. */
export interface PracticeSummary {
  id: string;
  /** For a clean address: /practices/<id>/<slug>. */
  slug: string;
  title: string;
  summary: string;
  language: string;
  targetGroups: TargetGroup[];
  preventionLevel: PreventionLevel;
  settings: Setting[];
  countries: string[];
  organisation: string;
  curationLabel: CurationLabel;
  evidenceRating: EvidenceRating;
  feedbackCount: number;
  /** Published and not updated for 24 months: coordinators are invited to archive it. */
  archiveProposed: boolean;
  updatedAt: string;
}

export interface FeedbackSummary {
  count: number;
  /** Mean usefulness (1-5) to one decimal; null without feedback. */
  averageUsefulness: number | null;
  totalReached: number;
  /** Where it was implemented, most reports first. */
  countries: Array<{ country: string; count: number }>;
}

export interface Feedback {
  id: string;
  practiceId: string;
  country: string;
  setting: Setting;
  reached: number;
  worked: string;
  didNotWork: string;
  usefulness: number;
  author: Author | null;
  createdAt: string;
}

/** A revision under review or returned, seen by its author and coordinators beside the published text. */
export interface PendingRevision {
  number: number;
  label: 'draft' | 'submitted' | 'returned';
  content: PracticeContent;
  returnReason: string | null;
  createdAt: string;
}

export interface Practice extends PracticeSummary, PracticeContent {
  author: Author | null;
  /** The revision shown: the published one, or for a practice never published, its latest. */
  revision: number;
  publishedAt: string | null;
  /** When its rating was last computed from a change of evidence or re-reviewed by a coordinator. */
  ratingReviewedAt: string;
  /** Why it was last returned, while it is returned. */
  returnReason: string | null;
  completeness: Record<CompletenessElement, CompletenessLevel>;
  evaluations: Evaluation[];
  feedbackSummary: FeedbackSummary;
  /** The related resources the caller may see. */
  relatedResources: ResourceSummary[];
  /** For the author and coordinators, when a change to a published practice awaits review. */
  pendingRevision: PendingRevision | null;
  createdAt: string;
  /** What the caller may do. */
  canEdit: boolean;
  canReview: boolean;
  canEvaluate: boolean;
  canGiveFeedback: boolean;
}

export interface PracticeRevision {
  number: number;
  content: PracticeContent;
  /** What became of it: the one published now, one published before, or one still in curation. */
  state: 'published' | 'superseded' | 'draft' | 'submitted' | 'returned';
  author: Author | null;
  createdAt: string;
  publishedAt: string | null;
  reviewComment: string | null;
}

/** One step of a practice's curation, as its history shows it. */
export interface CurationEvent {
  id: string;
  action: 'submit' | 'publish' | 'peer-review' | 'return' | 'archive';
  revision: number;
  comment: string | null;
  actor: Author | null;
  createdAt: string;
}

/** A practice in its author's data export: where it stands, and every revision they wrote. */
export interface ExportedPractice {
  id: string;
  slug: string;
  curationLabel: CurationLabel;
  createdAt: string;
  revisions: PracticeRevision[];
}
