import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ResourceEntity } from '../resources/resource.entity';
import { PracticeRevisionEntity } from './practice-revision.entity';

/** A resource of the library that a revision of a practice refers to, in the author's order. */
@Entity({ name: 'practice_resources' })
export class PracticeResourceEntity {
  @PrimaryColumn({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @PrimaryColumn({ type: 'int' })
  revision: number;

  @PrimaryColumn({ name: 'resource_id', type: 'uuid' })
  resourceId: string;

  @ManyToOne(() => PracticeRevisionEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'practice_id', referencedColumnName: 'practiceId' },
    { name: 'revision', referencedColumnName: 'number' },
  ])
  practiceRevision?: PracticeRevisionEntity;

  @Index()
  @ManyToOne(() => ResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id' })
  resource?: ResourceEntity;

  @Column({ type: 'int' })
  position: number;
}
