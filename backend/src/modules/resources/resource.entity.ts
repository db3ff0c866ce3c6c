import {
  LICENCES,
  RESOURCE_SCOPES,
  RESOURCE_TYPES,
  TARGET_GROUPS,
  type Licence,
  type ResourceScope,
  type ResourceType,
  type TargetGroup,
} from '@pn/shared';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { oneOf } from '../../database/check';
import { GroupEntity } from '../groups/group.entity';
import { UserEntity } from '../users/user.entity';

@Entity({ name: 'resources' })
@Check('resources_type_check', oneOf('type', RESOURCE_TYPES))
@Check('resources_audience_check', oneOf('audience', TARGET_GROUPS))
@Check('resources_licence_check', oneOf('licence', LICENCES))
@Check('resources_scope_check', oneOf('scope', RESOURCE_SCOPES))
@Check('resources_group_scope_check', `scope <> 'group' OR group_id IS NOT NULL`)
@Check('resources_file_or_link_check', `(url IS NULL) <> (current_version IS NULL)`)
@Index('resources_newest_idx', ['createdAt', 'id'])
@Index('resources_most_adapted_idx', ['adaptationCount', 'createdAt', 'id'])
export class ResourceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Index()
  @Column({ type: 'text' })
  type: ResourceType;

  /** ISO 639-1, lower case. */
  @Index()
  @Column({ type: 'text' })
  language: string;

  /** ISO 3166-1 alpha-2, upper case: the country of origin. */
  @Index()
  @Column({ type: 'char', length: 2 })
  country: string;

  @Index()
  @Column({ type: 'text' })
  audience: TargetGroup;

  @Column({ type: 'text' })
  licence: Licence;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ type: 'text' })
  scope: ResourceScope;

  /** The group it was shared in: required with scope `group`. */
  @Index()
  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId: string | null;

  @ManyToOne(() => GroupEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_id' })
  group?: GroupEntity | null;

  /** A link resource's address; null for a file. */
  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Index()
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity | null;

  @Index()
  @Column({ name: 'adapted_from_id', type: 'uuid', nullable: true })
  adaptedFromId: string | null;

  // Removal is soft, so a source row is never deleted while the application runs; SET NULL only guards
  // against a deletion by hand.
  @ManyToOne(() => ResourceEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'adapted_from_id' })
  adaptedFrom?: ResourceEntity | null;

  /** What changed from the source, in the author's words (adaptations only). */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Adaptations made directly from this one, removed ones included; kept in the transaction that adds one. */
  @Column({ name: 'adaptation_count', type: 'int', default: 0 })
  adaptationCount: number;

  /** The number of the current file's version; null for a link. */
  @Column({ name: 'current_version', type: 'int', nullable: true })
  currentVersion: number | null;

  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt: Date | null;

  @Column({ name: 'removed_by', type: 'uuid', nullable: true })
  removedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'removed_by' })
  remover?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
