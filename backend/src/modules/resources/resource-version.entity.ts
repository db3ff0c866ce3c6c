import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { oneOf } from '../../database/check';
import { UserEntity } from '../users/user.entity';
import { ResourceEntity } from './resource.entity';

/** PostgreSQL returns bigint as text; file sizes stay far below 2^53. */
const bigintAsNumber = { to: (value: number) => value, from: (value: string | null) => Number(value) };

/** How far the extraction of a PDF's text got; null for files whose text is not extracted. */
export const TEXT_STATES = ['pending', 'extracting', 'done', 'failed'] as const;
export type TextState = (typeof TEXT_STATES)[number];

/** One file of a resource: every upload is kept, the resource's `current_version` says which one is shown. */
@Entity({ name: 'resource_versions' })
@Check('resource_versions_text_state_check', oneOf('text_state', TEXT_STATES))
@Index('resource_versions_text_unfinished_idx', ['uploadedAt'], { where: `text_state IN ('pending', 'extracting')` })
export class ResourceVersionEntity {
  @PrimaryColumn({ name: 'resource_id', type: 'uuid' })
  resourceId: string;

  @PrimaryColumn({ type: 'int' })
  version: number;

  @ManyToOne(() => ResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id' })
  resource?: ResourceEntity;

  /** Where the storage keeps the bytes (content-addressed); never derived from the uploaded name. */
  @Column({ name: 'storage_key', type: 'text' })
  storageKey: string;

  /** The uploaded name, cleaned; only shown and offered as the download's name. */
  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  /** Recognised from the content, never from the name or the browser's claim. */
  @Column({ name: 'media_type', type: 'text' })
  mediaType: string;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  size: number;

  /** SHA-256 of the bytes, hex: the same file uploaded twice is recognised by it. */
  @Index()
  @Column({ type: 'text' })
  checksum: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'uploaded_by' })
  uploader?: UserEntity | null;

  @CreateDateColumn({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt: Date;

  @Column({ name: 'text_state', type: 'text', nullable: true })
  textState: TextState | null;

  /** Extractions begun: one that keeps failing to finish (it took its instance down) is not tried forever. */
  @Column({ name: 'text_attempts', type: 'int', default: 0 })
  textAttempts: number;

  /** When the current extraction began; an old one was abandoned by an instance that stopped. */
  @Column({ name: 'text_started_at', type: 'timestamptz', nullable: true })
  textStartedAt: Date | null;
}
