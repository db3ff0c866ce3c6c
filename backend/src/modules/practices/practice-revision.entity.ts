import {
  PREVENTION_LEVELS,
  SURVIVOR_INVOLVEMENTS,
  type PreventionLevel,
  type PracticeRevision,
  type Setting,
  type SurvivorInvolvement,
  type TargetGroup,
} from '@pn/shared';
import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { oneOf } from '../../database/check';
import { UserEntity } from '../users/user.entity';
import { PracticeEntity } from './practice.entity';

export type RevisionState = PracticeRevision['state'];
export const REVISION_STATES: readonly RevisionState[] = ['draft', 'submitted', 'returned', 'published', 'superseded'];

/** The full text of one revision of a practice. Revisions are kept, so that they can be compared. */
@Entity({ name: 'practice_revisions' })
@Check('practice_revisions_state_check', oneOf('state', REVISION_STATES))
@Check('practice_revisions_prevention_level_check', oneOf('prevention_level', PREVENTION_LEVELS))
@Check('practice_revisions_survivor_involvement_check', oneOf('survivor_involvement', SURVIVOR_INVOLVEMENTS))
export class PracticeRevisionEntity {
  @PrimaryColumn({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @PrimaryColumn({ type: 'int' })
  number: number;

  @ManyToOne(() => PracticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice?: PracticeEntity;

  @Column({ type: 'text' })
  state: RevisionState;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text' })
  description: string;

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

  @Column({ type: 'text' })
  organisation: string;

  @Column({ type: 'text', nullable: true })
  contact: string | null;

  @Column({ name: 'start_year', type: 'int', nullable: true })
  startYear: number | null;

  @Column({ name: 'survivor_involvement', type: 'text', default: 'none' })
  survivorInvolvement: SurvivorInvolvement;

  @Column({ name: 'survivor_note', type: 'text', nullable: true })
  survivorNote: string | null;

  @Column({ type: 'text', nullable: true })
  mechanism: string | null;

  @Column({ type: 'text', nullable: true })
  context: string | null;

  @Column({ type: 'text', nullable: true })
  implementation: string | null;

  @Column({ type: 'text', nullable: true })
  cost: string | null;

  /** The coordinator's comment on the decision about this revision (why it was returned, for one). */
  @Column({ name: 'review_comment', type: 'text', nullable: true })
  reviewComment: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}
