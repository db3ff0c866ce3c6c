import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../database/check';
import { UserEntity } from '../users/user.entity';

export const CHALLENGE_KINDS = ['second-factor', 'passkey-sign-in', 'passkey-registration'] as const;
export type ChallengeKind = (typeof CHALLENGE_KINDS)[number];

/**
 * A single-use, short-lived challenge: the sign-in waiting for its second factor, or a WebAuthn ceremony.
 * The random value handed out is also the WebAuthn challenge; only its hash is stored.
 */
@Entity({ name: 'auth_challenges' })
@Check('auth_challenges_kind_check', oneOf('kind', CHALLENGE_KINDS))
export class AuthChallengeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: ChallengeKind;

  @Column({ name: 'token_hash', type: 'text', unique: true })
  tokenHash: string;

  /** Whose sign-in or registration it is; none for a passwordless sign-in, where the passkey tells. */
  @Index()
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Index()
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
