import {
  COMPARISON_CONDITIONS,
  EVALUATION_DESIGNS,
  EVALUATOR_INDEPENDENCE,
  RISKS_OF_BIAS,
  VERIFICATION_STATES,
  type ComparisonCondition,
  type EvaluationDesign,
  type EvaluatorIndependence,
  type RiskOfBias,
  type VerificationState,
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
import { EvaluationOutcomeEntity } from './evaluation-outcome.entity';

/** One study of a practice, posted by a researcher. */
@Entity({ name: 'evaluations' })
@Check('evaluations_design_check', oneOf('design', EVALUATION_DESIGNS))
@Check('evaluations_risk_of_bias_check', oneOf('risk_of_bias', RISKS_OF_BIAS))
@Check('evaluations_sample_size_check', 'sample_size >= 1')
@Check('evaluations_follow_up_months_check', 'follow_up_months >= 0')
@Check('evaluations_verification_check', oneOf('verification', VERIFICATION_STATES))
@Check('evaluations_independence_check', oneOf('independence', EVALUATOR_INDEPENDENCE))
@Check('evaluations_comparison_check', oneOf('comparison', COMPARISON_CONDITIONS))
@Check('evaluations_samples_check', 'sample_analysed <= sample_randomised')
@Index(['practiceId', 'createdAt', 'id'])
export class EvaluationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @ManyToOne(() => PracticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice?: PracticeEntity;

  @Index()
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity | null;

  @Column({ type: 'text' })
  design: EvaluationDesign;

  @Column({ name: 'sample_size', type: 'int' })
  sampleSize: number;

  @Column({ name: 'follow_up_months', type: 'int', nullable: true })
  followUpMonths: number | null;

  @Column({ name: 'risk_of_bias', type: 'text' })
  riskOfBias: RiskOfBias;

  @Column({ type: 'text', default: 'developer' })
  independence: EvaluatorIndependence;

  @Column({ name: 'conflict_of_interest', type: 'text', nullable: true })
  conflictOfInterest: string | null;

  @Column({ name: 'sample_randomised', type: 'int', nullable: true })
  sampleRandomised: number | null;

  @Column({ name: 'sample_analysed', type: 'int', nullable: true })
  sampleAnalysed: number | null;

  @Column({ type: 'text', nullable: true })
  comparison: ComparisonCondition | null;

  @Column({ name: 'registration_id', type: 'text', nullable: true })
  registrationId: string | null;

  @Index('IDX_evaluations_verification')
  @Column({ type: 'text', default: 'awaiting' })
  verification: VerificationState;

  /** The last reviewer's comment: what to correct when returned. Who wrote it is in the audit log only. */
  @Column({ name: 'verification_comment', type: 'text', nullable: true })
  verificationComment: string | null;

  /** A coordinator has decided on it: from then on only coordinators decide (their reconciliation is final). */
  @Column({ name: 'verification_reconciled', type: 'boolean', default: false })
  verificationReconciled: boolean;

  @Column({ type: 'text' })
  citation: string;

  @Column({ type: 'text', nullable: true })
  doi: string | null;

  @Column({ type: 'text' })
  summary: string;

  @OneToMany(() => EvaluationOutcomeEntity, (outcome) => outcome.evaluation)
  outcomes?: EvaluationOutcomeEntity[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
