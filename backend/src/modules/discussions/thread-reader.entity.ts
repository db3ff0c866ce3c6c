import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { ThreadEntity } from './thread.entity';

/** Where a member is in a thread (the last position read) and whether they muted it. */
@Entity({ name: 'thread_readers' })
export class ThreadReaderEntity {
  @PrimaryColumn({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @Index()
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: ThreadEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'last_read_position', type: 'int', default: 0 })
  lastReadPosition: number;

  @Column({ type: 'boolean', default: false })
  muted: boolean;
}
