import {
  CURATION_LABELS,
  PREVENTION_LEVELS,
  RATING_DIRECTIONS,
  type CurationLabel,
  type ComputedEvidenceRating,
  type PreventionLevel,
  type RatingDirection,
  type Setting,
  type TargetGroup,
} from '@pn/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../database/check';
import { UserEntity } from '../users/user.entity';
import { PENDING_LABELS, type PendingLabel } from './practices.policy';

/**
 * A best practice. The row carries what lists filter and show: the shown content's facets (the published
 * revision's, or the latest one's while it was never published) and the evidence rating computed from its
 * evaluations, so that a public list reads this one table. The full text of every revision is in
 * `practice_revisions`.
 */
@Entity({ name: 'practices' })
@Check('practices_curation_label_check', oneOf('curation_label', CURATION_LABELS))
@Check('practices_pending_label_check', oneOf('pending_label', PENDING_LABELS))
@Check('practices_prevention_level_check', oneOf('prevention_level', PREVENTION_LEVELS))
@Check('practices_best_strength_check', 'best_strength BETWEEN 0 AND 4')
@Check(
  'practices_rating_directions_check',
  `rating_directions <@ ARRAY[${RATING_DIRECTIONS.map((d) => `'${d}'`).join(', ')}]::text[]`,
)
@Index('practices_list_idx', ['curationLabel', 'updatedAt', 'id'])
@Index('practices_updated_idx', ['updatedAt', 'id'])
// GIN indexes for the facet filters (array containment); made by the migration, TypeORM cannot declare them.
@Index('practices_target_groups_idx', { synchronize: false })
@Index('practices_settings_idx', { synchronize: false })
@Index('practices_countries_idx', { synchronize: false })
@Index('practices_languages_idx', { synchronize: false })
@Index('practices_rating_directions_idx', { synchronize: false })
@Index('practices_gap_facets_idx', { synchronize: false })
export class PracticeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity | null;

  /** Where the practice stands in curation; for a published one, the label of its published revision. */
  @Column({ name: 'curation_label', type: 'text', default: 'draft' })
  curationLabel: CurationLabel;

  /** The revision everyone reads; null until first published. */
  @Column({ name: 'published_revision', type: 'int', nullable: true })
  publishedRevision: number | null;

  /** The newest revision: the published one, or the one being written or reviewed. */
  @Column({ name: 'current_revision', type: 'int', default: 1 })
  currentRevision: number;

  /** Where a change to a published practice stands (null when none is pending). */
  @Column({ name: 'pending_label', type: 'text', nullable: true })
  pendingLabel: PendingLabel | null;

  /** Why the practice (or its pending change) was last returned, until it is submitted again. */
  @Column({ name: 'return_reason', type: 'text', nullable: true })
  returnReason: string | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text' })
  organisation: string;

  @Column({ type: 'text' })
  language: string;

  @Column({ name: 'target_groups', type: 'text', array: true })
  targetGroups: TargetGroup[];

  @Column({ name: 'prevention_level', type: 'text' })
  preventionLevel: PreventionLevel;

  @Column({ type: 'text', array: true })
  settings: Setting[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  countries: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  /** Computed by `rateEvidence` whenever an evaluation is added or changed; never written otherwise. */
  @Column({ name: 'evidence_rating', type: 'jsonb' })
  evidenceRating: ComputedEvidenceRating;

  /** The directions of the rating's outcomes, for `?rating=`. */
  @Column({ name: 'rating_directions', type: 'text', array: true, default: () => "'{}'" })
  ratingDirections: RatingDirection[];

  @Column({ name: 'best_strength', type: 'int', default: 0 })
  bestStrength: number;

  /**
   * When the rating was last computed from a change of evidence or re-reviewed by a coordinator; two years on,
   * it is due for re-review.
   */
  @Column({ name: 'rating_reviewed_at', type: 'timestamptz', default: () => 'now()' })
  ratingReviewedAt: Date;

  /** The published revision the rating was last computed or re-reviewed for: a newer one makes it due. */
  @Column({ name: 'rating_reviewed_revision', type: 'int', nullable: true })
  ratingReviewedRevision: number | null;

  @Column({ name: 'feedback_count', type: 'int', default: 0 })
  feedbackCount: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /**
   * When the content everyone reads last changed (for a practice never published, its last edit): the
   * order of lists, and after 24 months the proposal to archive it.
   */
  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;

  /** First publication. */
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}
