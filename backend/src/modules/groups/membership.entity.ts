import { MEMBERSHIP_ROLES, MEMBERSHIP_STATUSES, type MembershipRole, type MembershipStatus } from '@pn/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { oneOf } from '../../database/check';
import { UserEntity } from '../users/user.entity';
import { GroupEntity } from './group.entity';

@Entity({ name: 'group_memberships' })
@Check('group_memberships_role_check', oneOf('role', MEMBERSHIP_ROLES))
@Check('group_memberships_status_check', oneOf('status', MEMBERSHIP_STATUSES))
export class MembershipEntity {
  @PrimaryColumn({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @Index()
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: GroupEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'text', default: 'member' })
  role: MembershipRole;

  @Column({ type: 'text', default: 'active' })
  status: MembershipStatus;

  /** The applicant's words with a join request; kept after the decision. */
  @Column({ name: 'request_message', type: 'text', nullable: true })
  requestMessage: string | null;

  @Column({ type: 'boolean', default: false })
  muted: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;
}
