import {
  APPEAL_DECISIONS,
  INQUIRY_KINDS,
  INQUIRY_STATUSES,
  type AppealDecision,
  type InquiryKind,
  type InquiryStatus,
} from '@pn/shared';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { oneOf } from '../../database/check';
import { PracticeEntity } from '../practices/practice.entity';
import { UserEntity } from '../users/user.entity';
import { InquiryReviewerEntity } from './inquiry-reviewer.entity';

/** A member's question about a practice's rating, or its author's appeal of it. */
@Entity({ name: 'rating_inquiries' })
@Check('rating_inquiries_kind_check', oneOf('kind', INQUIRY_KINDS))
@Check('rating_inquiries_status_check', oneOf('status', INQUIRY_STATUSES))
@Check('rating_inquiries_outcome_check', oneOf('outcome', APPEAL_DECISIONS))
@Index('rating_inquiries_practice_idx', ['practiceId', 'createdAt'])
@Index('rating_inquiries_status_idx', ['status', 'createdAt', 'id'])
export class InquiryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_rating_inquiries' })
  id: string;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @ManyToOne(() => PracticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id', foreignKeyConstraintName: 'FK_rating_inquiries_practice' })
  practice?: PracticeEntity;

  @Column({ type: 'text' })
  kind: InquiryKind;

  @Column({ type: 'text', default: 'open' })
  status: InquiryStatus;

  @Index('IDX_rating_inquiries_asker')
  @Column({ name: 'asker_id', type: 'uuid', nullable: true })
  askerId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'asker_id', foreignKeyConstraintName: 'FK_rating_inquiries_asker' })
  asker?: UserEntity | null;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'text', nullable: true })
  evidence: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  links: string[];

  /** A question's answer, or why a coordinator settled an appeal the reviewers disagreed on. */
  @Column({ type: 'text', nullable: true })
  answer: string | null;

  @Column({ type: 'text', nullable: true })
  outcome: AppealDecision | null;

  /** With `recode`: the evaluation to code again. */
  @Column({ name: 'outcome_evaluation_id', type: 'uuid', nullable: true })
  outcomeEvaluationId: string | null;

  /** The coordinator who answered or settled; never shown outside the coordinators. */
  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by', foreignKeyConstraintName: 'FK_rating_inquiries_decided_by' })
  decider?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @OneToMany(() => InquiryReviewerEntity, (reviewer) => reviewer.inquiry)
  reviewers?: InquiryReviewerEntity[];
}
