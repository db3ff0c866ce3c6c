import { EMAIL_FREQUENCIES, type EmailFrequency } from '@pn/shared';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { oneOf } from '../../database/check';
import { GroupEntity } from '../groups/group.entity';
import { UserEntity } from '../users/user.entity';

/** A member's email frequency for one group, in place of the kinds' choice for that group's emails. */
@Entity({ name: 'group_email_settings' })
@Check('group_email_settings_frequency_check', oneOf('frequency', EMAIL_FREQUENCIES))
export class GroupEmailSettingEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Index()
  @PrimaryColumn({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: GroupEntity;

  @Column({ type: 'text' })
  frequency: EmailFrequency;
}
