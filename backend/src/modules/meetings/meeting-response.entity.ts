import { MEETING_RESPONSES, type MeetingResponse } from '@pn/shared';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { oneOf } from '../../database/check';
import { UserEntity } from '../users/user.entity';
import { MeetingEntity } from './meeting.entity';

/** One person's answer to one meeting. */
@Entity({ name: 'meeting_responses' })
@Check('meeting_responses_response_check', oneOf('response', MEETING_RESPONSES))
@Check('meeting_responses_waitlisted_check', `NOT waitlisted OR response = 'going'`)
@Index(['userId'])
export class MeetingResponseEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'text' })
  response: MeetingResponse;

  /** Going, but past capacity: waits for a place, in the order of `respondedAt`. */
  @Column({ type: 'boolean', default: false })
  waitlisted: boolean;

  /** When the person last changed their answer: the waiting list's order. */
  @Column({ name: 'responded_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  respondedAt: Date;
}
