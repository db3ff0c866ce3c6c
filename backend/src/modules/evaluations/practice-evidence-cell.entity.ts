import type { OutcomeConstruct } from '@pn/shared';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PracticeEntity } from '../practices/practice.entity';

/**
 * A practice's place in the evidence gap map: an outcome that a verified evaluation of it measured, how many
 * did, and its rating's strength and direction as one rank. Written by the database function
 * `practice_evidence_cells_refresh` (1765670000000-GapMapCells) whenever the rating is stored.
 */
@Entity({ name: 'practice_evidence_cells' })
export class PracticeEvidenceCellEntity {
  @PrimaryColumn({ name: 'practice_id', type: 'uuid', primaryKeyConstraintName: 'PK_practice_evidence_cells' })
  practiceId: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_practice_evidence_cells' })
  construct: OutcomeConstruct;

  @ManyToOne(() => PracticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id', foreignKeyConstraintName: 'FK_practice_evidence_cells_practice' })
  practice?: PracticeEntity;

  @Column({ type: 'int' })
  evaluations: number;

  /** The rating's strength * 10 + 9 - the place of its direction in RATING_DIRECTIONS. */
  @Column({ type: 'int' })
  rank: number;
}
