import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import type { PollResultsMode } from '@pn/shared';
import { UserEntity } from '../users/user.entity';
import { MessageEntity } from './message.entity';
import { ThreadEntity } from './thread.entity';

/** A poll, carried by a message of its thread (whose body is its question): it takes the message's place. */
@Entity({ name: 'polls' })
@Check('polls_results_check', `results IN ('live', 'after-close')`)
export class PollEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('polls_message_id_key', { unique: true })
  @Column({ name: 'message_id', type: 'uuid' })
  messageId: string;

  @ManyToOne(() => MessageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'message_id' })
  message?: MessageEntity;

  @Index()
  @Column({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: ThreadEntity;

  @Index()
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity | null;

  @Column({ type: 'text' })
  question: string;

  @Column({ type: 'boolean' })
  multiple: boolean;

  @Column({ type: 'boolean' })
  anonymous: boolean;

  @Column({ type: 'text' })
  results: PollResultsMode;

  @Column({ name: 'closes_at', type: 'timestamptz', nullable: true })
  closesAt: Date | null;

  /** Set when someone closed it early. */
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity({ name: 'poll_options' })
@Unique('poll_options_poll_position_key', ['pollId', 'position'])
export class PollOptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'poll_id', type: 'uuid' })
  pollId: string;

  @ManyToOne(() => PollEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'poll_id' })
  poll?: PollEntity;

  /** 1, 2, 3... in the order the author gave them. */
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  label: string;
}

/**
 * One person's vote in a poll. Its row is what a new vote of theirs locks (upsert) before replacing the
 * choices, so that two votes of the same person at once leave one of them, whole. Erasure keeps the row
 * without the voter: the counts stay.
 */
@Entity({ name: 'poll_ballots' })
@Unique('poll_ballots_poll_voter_key', ['pollId', 'voterId'])
export class PollBallotEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'poll_id', type: 'uuid' })
  pollId: string;

  @ManyToOne(() => PollEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'poll_id' })
  poll?: PollEntity;

  @Index()
  @Column({ name: 'voter_id', type: 'uuid', nullable: true })
  voterId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'voter_id' })
  voter?: UserEntity | null;

  @Column({ name: 'voted_at', type: 'timestamptz', default: () => 'now()' })
  votedAt: Date;
}

/** The options a ballot chose. */
@Entity({ name: 'poll_choices' })
export class PollChoiceEntity {
  @Column({ name: 'ballot_id', type: 'uuid', primary: true })
  ballotId: string;

  @ManyToOne(() => PollBallotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ballot_id' })
  ballot?: PollBallotEntity;

  @Index()
  @Column({ name: 'option_id', type: 'uuid', primary: true })
  optionId: string;

  @ManyToOne(() => PollOptionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'option_id' })
  option?: PollOptionEntity;
}
