import { UI_LANGUAGES, type UiLanguage } from '@pn/shared';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { oneOf } from '../../database/check';
import { GroupEntity } from './group.entity';

/** A group's name and description in a language other than its original one. */
@Entity({ name: 'group_texts' })
@Check('group_texts_language_check', oneOf('language', UI_LANGUAGES))
export class GroupTextEntity {
  @PrimaryColumn({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @PrimaryColumn({ type: 'text' })
  language: UiLanguage;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: GroupEntity;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  description: string;
}
