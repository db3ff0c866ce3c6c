import {
  EFFECT_DIRECTIONS,
  OUTCOME_CONSTRUCTS,
  OUTCOME_MEASURES,
  type EffectDirection,
  type OutcomeConstruct,
  type OutcomeMeasure,
} from '@pn/shared';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../database/check';
import { EvaluationEntity } from './evaluation.entity';

/** What a study found on one outcome; the evidence rating is computed from these rows. */
@Entity({ name: 'evaluation_outcomes' })
@Check('evaluation_outcomes_construct_check', oneOf('construct', OUTCOME_CONSTRUCTS))
@Check('evaluation_outcomes_measure_check', oneOf('measure', OUTCOME_MEASURES))
@Check('evaluation_outcomes_direction_check', oneOf('direction', EFFECT_DIRECTIONS))
@Check('evaluation_outcomes_ci_check', '(ci_low IS NULL) = (ci_high IS NULL) AND (ci_low IS NULL OR ci_low <= ci_high)')
@Index(['evaluationId', 'position'], { unique: true })
export class EvaluationOutcomeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'evaluation_id', type: 'uuid' })
  evaluationId: string;

  @ManyToOne(() => EvaluationEntity, (evaluation) => evaluation.outcomes, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evaluation_id' })
  evaluation?: EvaluationEntity;

  /** The order the researcher gave. */
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  construct: OutcomeConstruct;

  @Column({ type: 'text', nullable: true })
  label: string | null;

  @Column({ type: 'text' })
  measure: OutcomeMeasure;

  @Column({ type: 'text' })
  direction: EffectDirection;

  @Column({ type: 'boolean' })
  significant: boolean;

  @Column({ name: 'effect_size', type: 'double precision', nullable: true })
  effectSize: number | null;

  @Column({ name: 'ci_low', type: 'double precision', nullable: true })
  ciLow: number | null;

  @Column({ name: 'ci_high', type: 'double precision', nullable: true })
  ciHigh: number | null;

  @Column({ name: 'sustained_12_months', type: 'boolean', default: false })
  sustained12Months: boolean;
}
