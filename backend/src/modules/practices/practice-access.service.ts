import { NotFoundException } from '@nestjs/common';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PageQuery } from '@pn/shared';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { UserEntity } from '../users/user.entity';
import type { PracticeEntity } from './practice.entity';
import { practicesRepository as practices } from './practices.repository';
import { canReadPractice, type Viewer } from './practices.policy';

/** The viewer of a signed-in user, or null for a visitor. */
export function viewerOf(user: UserEntity | null | undefined): Viewer {
  return user ? { id: user.id, role: user.role, status: user.status } : null;
}

/** Finds practices as their viewer may see them; what evaluations and feedback hang on. */
@Injectable()
export class PracticeAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The practice, or 404 when it does not exist or is not for the viewer's eyes (a draft is not there for
   * anyone but its author and the curators). `lock` locks its row for the rest of the transaction.
   */
  async readable(
    id: string,
    viewer: Viewer,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<PracticeEntity> {
    const practice = await practices.find(manager, id, lock);
    if (!practice || !canReadPractice(practice, viewer)) throw new NotFoundException('no practice with this id');
    return practice;
  }

  /**
   * A page, newest first and with their authors, of what hangs on a practice (its evaluations, its
   * feedback), for whoever may read the practice; 404 for anyone else.
   */
  async pageOnPractice<T extends ObjectLiteral & { createdAt: Date; id: string }>(
    entity: EntityTarget<T>,
    practiceId: string,
    user: UserEntity | undefined,
    page: PageQuery,
  ) {
    await this.readable(practiceId, viewerOf(user));
    return practices.pageOnPractice(this.dataSource.manager, entity, practiceId, page);
  }
}
