import {
  GROUP_KINDS,
  GROUP_VISIBILITIES,
  JOIN_POLICIES,
  UI_LANGUAGES,
  type GroupKind,
  type GroupVisibility,
  type JoinPolicy,
  type UiLanguage,
} from '@pn/shared';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { oneOf } from '../../database/check';

@Entity({ name: 'groups' })
@Check('groups_kind_check', oneOf('kind', GROUP_KINDS))
@Check('groups_join_policy_check', oneOf('join_policy', JOIN_POLICIES))
@Check('groups_visibility_check', oneOf('visibility', GROUP_VISIBILITIES))
@Check('groups_language_check', oneOf('language', UI_LANGUAGES))
export class GroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  description: string;

  /** The language `name` and `description` are written in; group_texts holds the other languages'. */
  @Column({ type: 'text', default: 'en' })
  language: UiLanguage;

  @Column({ type: 'text' })
  kind: GroupKind;

  @Column({ name: 'join_policy', type: 'text', default: 'open' })
  joinPolicy: JoinPolicy;

  @Column({ type: 'text', default: 'members' })
  visibility: GroupVisibility;

  @Column({ name: 'member_count', type: 'int', default: 0 })
  memberCount: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}
