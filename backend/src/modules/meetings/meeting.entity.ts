import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ThreadEntity } from '../discussions/thread.entity';
import { GroupEntity } from '../groups/group.entity';
import { UserEntity } from '../users/user.entity';

@Entity({ name: 'meetings' })
@Check('meetings_span_check', 'ends_at > starts_at')
@Check('meetings_capacity_check', 'capacity IS NULL OR capacity > 0')
@Index(['groupId', 'startsAt'])
@Index('meetings_network_wide_idx', ['startsAt'], { where: 'network_wide' })
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The group that holds it: its coordinators organise it, and its thread lives there. */
  @Column({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: GroupEntity;

  /** For every active member of the network, not only the group's. */
  @Column({ name: 'network_wide', type: 'boolean', default: false })
  networkWide: boolean;

  @Column({ name: 'thread_id', type: 'uuid', nullable: true })
  threadId: string | null;

  @ManyToOne(() => ThreadEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'thread_id' })
  thread?: ThreadEntity | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  agenda: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  /** The IANA zone it is planned in; times are stored as instants. */
  @Column({ name: 'time_zone', type: 'text' })
  timeZone: string;

  @Column({ name: 'online_url', type: 'text', nullable: true })
  onlineUrl: string | null;

  @Column({ type: 'text', nullable: true })
  location: string | null;

  @Column({ type: 'int', nullable: true })
  capacity: number | null;

  /** The iCalendar SEQUENCE: raised by every change a calendar shows, cancellation included. */
  @Column({ type: 'int', default: 0 })
  sequence: number;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'text', nullable: true })
  minutes: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
