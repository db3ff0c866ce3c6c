import { SETTINGS, type Setting } from '@pn/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../database/check';
import { UserEntity } from '../users/user.entity';
import { PracticeEntity } from './practice.entity';

/** A practitioner's report of implementing a practice. */
@Entity({ name: 'practice_feedback' })
@Check('practice_feedback_setting_check', oneOf('setting', SETTINGS))
@Check('practice_feedback_usefulness_check', 'usefulness BETWEEN 1 AND 5')
@Check('practice_feedback_reached_check', 'reached >= 0')
@Index(['practiceId', 'createdAt', 'id'])
export class PracticeFeedbackEntity {
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

  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'text' })
  setting: Setting;

  @Column({ type: 'int' })
  reached: number;

  @Column({ type: 'text' })
  worked: string;

  @Column({ name: 'did_not_work', type: 'text' })
  didNotWork: string;

  @Column({ type: 'int' })
  usefulness: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
