import { APPEAL_DECISIONS, type AppealDecision } from '@pn/shared';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { oneOf } from '../../database/check';
import { UserEntity } from '../users/user.entity';
import { InquiryEntity } from './inquiry.entity';

/** One of an appeal's two reviewers, and their decision once made. */
@Entity({ name: 'rating_inquiry_reviewers' })
@Check('rating_inquiry_reviewers_decision_check', oneOf('decision', APPEAL_DECISIONS))
@Unique('rating_inquiry_reviewers_unique', ['inquiryId', 'reviewerId'])
export class InquiryReviewerEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_rating_inquiry_reviewers' })
  id: string;

  @Column({ name: 'inquiry_id', type: 'uuid' })
  inquiryId: string;

  @ManyToOne(() => InquiryEntity, (inquiry) => inquiry.reviewers, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inquiry_id', foreignKeyConstraintName: 'FK_rating_inquiry_reviewers_inquiry' })
  inquiry?: InquiryEntity;

  @Index('IDX_rating_inquiry_reviewers_reviewer')
  @Column({ name: 'reviewer_id', type: 'uuid', nullable: true })
  reviewerId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reviewer_id', foreignKeyConstraintName: 'FK_rating_inquiry_reviewers_reviewer' })
  reviewer?: UserEntity | null;

  @Column({ type: 'text', nullable: true })
  decision: AppealDecision | null;

  @Column({ name: 'evaluation_id', type: 'uuid', nullable: true })
  evaluationId: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** The reviewer declared, with their decision, that they have no conflict of interest. */
  @Column({ name: 'no_conflict_declared', type: 'boolean', default: false })
  noConflictDeclared: boolean;

  @Column({ name: 'assigned_at', type: 'timestamptz', default: () => 'now()' })
  assignedAt: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
