import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../database/check';
import { UserEntity } from '../users/user.entity';

export const TOKEN_PURPOSES = ['confirm-email', 'reset-password'] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

/**
 * A single-use token of an emailed link. Only its hash is stored; the email that carries it derives it
 * again from this row's id (see LinkTokens), so no table holds a usable token.
 */
@Entity({ name: 'account_tokens' })
@Check('account_tokens_purpose_check', oneOf('purpose', TOKEN_PURPOSES))
export class AccountTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'text' })
  purpose: TokenPurpose;

  /** The address the link was sent to: the one it confirms (a new address, on a change). */
  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'token_hash', type: 'text', unique: true })
  tokenHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
