import {
  OUTCOME_CONSTRUCTS,
  RESEARCH_QUESTION_STATUSES,
  TARGET_GROUPS,
  type OutcomeConstruct,
  type ResearchQuestionStatus,
  type TargetGroup,
} from '@pn/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../database/check';
import { EvaluationEntity } from '../evaluations/evaluation.entity';
import { PracticeFeedbackEntity } from '../practices/practice-feedback.entity';
import { PracticeEntity } from '../practices/practice.entity';
import { UserEntity } from '../users/user.entity';

/**
 * A question the field asks of research, tied to a practice, to a cell of the evidence gap map (a target
 * group and an outcome construct), or both. A researcher claims it and moves it on until an evaluation
 * answers it; a duplicate is merged into the question it repeats and then points to it.
 */
@Entity({ name: 'research_questions' })
@Check('research_questions_status_check', oneOf('status', RESEARCH_QUESTION_STATUSES))
@Check('research_questions_target_group_check', oneOf('target_group', TARGET_GROUPS))
@Check('research_questions_construct_check', oneOf('construct', OUTCOME_CONSTRUCTS))
@Check('research_questions_cell_check', '(target_group IS NULL) = (construct IS NULL)')
@Check('research_questions_subject_check', 'practice_id IS NOT NULL OR target_group IS NOT NULL')
@Check('research_questions_answer_check', "(status = 'answered') = (answer_evaluation_id IS NOT NULL)")
@Index('research_questions_list_idx', ['voteCount', 'createdAt', 'id'])
export class ResearchQuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text', default: 'open' })
  status: ResearchQuestionStatus;

  @Index()
  @Column({ name: 'practice_id', type: 'uuid', nullable: true })
  practiceId: string | null;

  @ManyToOne(() => PracticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice?: PracticeEntity | null;

  @Column({ name: 'feedback_id', type: 'uuid', nullable: true })
  feedbackId: string | null;

  @ManyToOne(() => PracticeFeedbackEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'feedback_id' })
  feedback?: PracticeFeedbackEntity | null;

  @Column({ name: 'target_group', type: 'text', nullable: true })
  targetGroup: TargetGroup | null;

  @Column({ type: 'text', nullable: true })
  construct: OutcomeConstruct | null;

  @Index()
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity | null;

  @Index()
  @Column({ name: 'claimer_id', type: 'uuid', nullable: true })
  claimerId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'claimer_id' })
  claimer?: UserEntity | null;

  @Index()
  @Column({ name: 'answer_evaluation_id', type: 'uuid', nullable: true })
  answerEvaluationId: string | null;

  @ManyToOne(() => EvaluationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'answer_evaluation_id' })
  answerEvaluation?: EvaluationEntity | null;

  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @ManyToOne(() => ResearchQuestionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'merged_into_id' })
  mergedInto?: ResearchQuestionEntity | null;

  /** Kept with the votes in the same transaction: the list's order. */
  @Column({ name: 'vote_count', type: 'int', default: 0 })
  voteCount: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}
