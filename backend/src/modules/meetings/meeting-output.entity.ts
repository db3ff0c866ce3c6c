import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ResourceEntity } from '../resources/resource.entity';
import { MeetingEntity } from './meeting.entity';

/** A resource of the library that a meeting produced. */
@Entity({ name: 'meeting_outputs' })
export class MeetingOutputEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  @PrimaryColumn({ name: 'resource_id', type: 'uuid' })
  resourceId: string;

  @ManyToOne(() => ResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id' })
  resource?: ResourceEntity;

  /** The order the organisers gave. */
  @Column({ type: 'int' })
  position: number;
}
