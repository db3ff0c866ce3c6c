import type { EmailFrequency, EmailSettingKind } from '@pn/shared';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/** A member's email choices (only those that differ from the defaults) and where their digests stand. */
@Entity({ name: 'email_settings' })
export class EmailSettingsEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  kinds: Partial<Record<EmailSettingKind, EmailFrequency>>;

  /** The last daily digest's due time that was dealt with (sent, or skipped for having nothing new). */
  @Column({ name: 'daily_digest_at', type: 'timestamptz', nullable: true })
  dailyDigestAt: Date | null;

  @Column({ name: 'weekly_digest_at', type: 'timestamptz', nullable: true })
  weeklyDigestAt: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
