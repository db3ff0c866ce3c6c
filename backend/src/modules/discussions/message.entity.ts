import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { ThreadEntity } from './thread.entity';

@Entity({ name: 'messages' })
@Unique('messages_thread_position_key', ['threadId', 'position'])
@Unique('messages_author_client_id_key', ['authorId', 'clientId'])
export class MessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: ThreadEntity;

  /** 1, 2, 3... within the thread, in the order the messages were stored. */
  @Column({ type: 'int' })
  position: number;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity | null;

  @Column({ type: 'text' })
  body: string;

  /** ISO 639-1, as the author gave it; search indexes a message without one in the author's first language. */
  @Column({ type: 'text', nullable: true })
  language: string | null;

  @Index()
  @Column({ name: 'reply_to_id', type: 'uuid', nullable: true })
  replyToId: string | null;

  @ManyToOne(() => MessageEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reply_to_id' })
  replyTo?: MessageEntity | null;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  mentions: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;
}
