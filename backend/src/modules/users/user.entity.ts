import {
  ACCOUNT_STATUSES,
  LOCALES,
  PROFESSIONS,
  ROLES,
  type AccountStatus,
  type Locale,
  type Profession,
  type Role,
} from '@pn/shared';
import { oneOf } from '../../database/check';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'users' })
@Check('users_role_check', oneOf('role', ROLES))
@Check('users_status_check', oneOf('status', ACCOUNT_STATUSES))
@Check('users_profession_check', oneOf('profession', PROFESSIONS))
@Check('users_locale_check', oneOf('locale', LOCALES))
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  email: string;

  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'text', default: 'practitioner' })
  role: Role;

  @Column({ type: 'text', default: 'pending' })
  status: AccountStatus;

  @Column({ type: 'text' })
  profession: Profession;

  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'text', nullable: true })
  organisation: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  /** The interface's language: the member's emails speak it too. */
  @Column({ type: 'text', default: 'en' })
  locale: Locale;

  /** Digests go out in the member's morning. */
  @Column({ name: 'time_zone', type: 'text', default: 'Europe/Brussels' })
  timeZone: string;

  /** When the address was confirmed from an emailed link; null until then. */
  @Column({ name: 'email_confirmed_at', type: 'timestamptz', nullable: true })
  emailConfirmedAt: Date | null;

  /** A new address asked for and not confirmed yet; `email` stays in force until it is. */
  @Column({ name: 'pending_email', type: 'text', nullable: true })
  pendingEmail: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Column({ name: 'approved_by', type: 'uuid', nullable: true })
  approvedBy: string | null;

  /** Set when the person erased their account: the row stays so that their content keeps an author. */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;
}
