import { NOTIFICATION_KINDS, type NotificationKind } from '@pn/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../database/check';
import { GroupEntity } from '../groups/group.entity';
import { PracticeEntity } from '../practices/practice.entity';
import { ThreadEntity } from '../discussions/thread.entity';
import { UserEntity } from '../users/user.entity';

@Entity({ name: 'notifications' })
@Check('notifications_kind_check', oneOf('kind', NOTIFICATION_KINDS))
@Index(['userId', 'updatedAt'])
// At most one unread line per person, kind and thread (or group): new events add to its count.
@Index('notifications_unread_thread_key', ['userId', 'kind', 'threadId'], {
  unique: true,
  where: 'read_at IS NULL AND thread_id IS NOT NULL',
})
@Index('notifications_unread_group_key', ['userId', 'kind', 'groupId'], {
  unique: true,
  where: 'read_at IS NULL AND thread_id IS NULL AND group_id IS NOT NULL',
})
@Index('notifications_unread_practice_key', ['userId', 'kind', 'practiceId'], {
  unique: true,
  where: 'read_at IS NULL AND thread_id IS NULL AND group_id IS NULL AND practice_id IS NOT NULL',
})
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'text' })
  kind: NotificationKind;

  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId: string | null;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: GroupEntity | null;

  @Column({ name: 'thread_id', type: 'uuid', nullable: true })
  threadId: string | null;

  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: ThreadEntity | null;

  @Column({ name: 'practice_id', type: 'uuid', nullable: true })
  practiceId: string | null;

  @ManyToOne(() => PracticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice?: PracticeEntity | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: UserEntity | null;

  /** How many events this one line stands for. */
  @Column({ type: 'int', default: 1 })
  count: number;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  data: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
