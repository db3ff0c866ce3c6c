import { EMAIL_KINDS, EMAIL_STATES, LOCALES, type EmailKind, type EmailState, type Locale } from '@pn/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../database/check';
import { NotificationEntity } from '../notifications/notification.entity';
import { UserEntity } from '../users/user.entity';

/**
 * One email: written in the transaction of the event that causes it, with the queue's job beside it.
 * It holds what is needed to render it at send time and never a secret: links with tokens are derived
 * again from the ids in `payload` when the email is rendered.
 */
@Entity({ name: 'emails' })
@Check('emails_kind_check', oneOf('kind', EMAIL_KINDS))
@Check('emails_state_check', oneOf('state', EMAIL_STATES))
@Check('emails_locale_check', oneOf('locale', LOCALES))
@Index('emails_list_idx', ['createdAt', 'id'])
@Index('emails_queued_notification_idx', ['notificationId'], { where: `state = 'queued'` })
export class EmailEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity | null;

  /** Kept here: a declined applicant's account is gone by the time their email goes out. */
  @Column({ name: 'to_address', type: 'text' })
  toAddress: string;

  @Column({ type: 'text' })
  kind: EmailKind;

  @Column({ type: 'text', default: 'en' })
  locale: Locale;

  /** One email per recipient and event: a second enqueue of the same event finds this key taken. */
  @Column({ name: 'dedupe_key', type: 'text', unique: true })
  dedupeKey: string;

  @Column({ name: 'notification_id', type: 'uuid', nullable: true })
  notificationId: string | null;

  @ManyToOne(() => NotificationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'notification_id' })
  notification?: NotificationEntity | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload: Record<string, unknown>;

  @Column({ type: 'text', default: 'queued' })
  state: EmailState;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  /** When a worker took it; another may take it over only once this is older than the send timeout. */
  @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  /**
   * Committed before the SMTP server can accept the message (its final dot waits for this): a retry that
   * finds it set knows the message may have been accepted and does not send it again.
   */
  @Column({ name: 'handed_over_at', type: 'timestamptz', nullable: true })
  handedOverAt: Date | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** The Message-ID header: the same on every attempt, so that a receiver can tell a duplicate. */
  @Column({ name: 'message_id', type: 'text', nullable: true })
  messageId: string | null;
}
