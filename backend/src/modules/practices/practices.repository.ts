import type { PageQuery } from '@pn/shared';
import { In, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { newestFirstPage } from '../../common/cursor';
import { keysetPage, timeKey, type SortKey } from '../../common/keyset';
import { UserEntity } from '../users/user.entity';
import { practiceListSql, type ListQuery, type PracticeSummaryRow } from './practice-list.query';
import { PracticeResourceEntity } from './practice-resource.entity';
import { PracticeRevisionEntity, type RevisionState } from './practice-revision.entity';
import { PracticeEntity } from './practice.entity';
import { ratingReviewCutoff, type Viewer } from './practices.policy';

/**
 * The practices' and their revisions' reads and writes. The services hold the rules and the transactions,
 * and call these with their transaction's manager.
 */
export const practicesRepository = {
  /** One more row than the page, for the next cursor (see practice-list.query.ts for the statement). */
  async listRows(manager: EntityManager, viewer: Viewer, query: ListQuery): Promise<PracticeSummaryRow[]> {
    const statement = practiceListSql(viewer, query);
    return (await manager.query(statement.text, statement.values)) as PracticeSummaryRow[];
  },

  /** The practice, or null; `lock` locks its row (FOR NO KEY UPDATE) until the transaction ends. */
  find(manager: EntityManager, id: string, lock = false): Promise<PracticeEntity | null> {
    return manager.findOne(PracticeEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'for_no_key_update' as const } } : {}),
    });
  },

  /** A page, newest first and with their authors, of what hangs on a practice (evaluations, feedback). */
  pageOnPractice<T extends ObjectLiteral & { createdAt: Date; id: string }>(
    manager: EntityManager,
    entity: EntityTarget<T>,
    practiceId: string,
    page: PageQuery,
  ) {
    const builder = manager
      .getRepository(entity)
      .createQueryBuilder('item')
      .leftJoinAndSelect('item.author', 'author')
      .where('item.practice_id = :practiceId', { practiceId });
    return newestFirstPage(builder, 'item', page);
  },

  insert(manager: EntityManager, fields: Partial<PracticeEntity>): Promise<PracticeEntity> {
    return manager.save(manager.create(PracticeEntity, fields));
  },

  async update(manager: EntityManager, id: string, changes: Partial<PracticeEntity>): Promise<void> {
    await manager.update(PracticeEntity, id, changes);
  },

  /** A person's practices, oldest first (their data export). */
  authoredBy(manager: EntityManager, userId: string): Promise<PracticeEntity[]> {
    return manager.find(PracticeEntity, { where: { authorId: userId }, order: { createdAt: 'ASC' } });
  },

  async insertRevision(manager: EntityManager, fields: Partial<PracticeRevisionEntity>): Promise<void> {
    await manager.insert(PracticeRevisionEntity, fields);
  },

  revision(manager: EntityManager, practiceId: string, number: number): Promise<PracticeRevisionEntity> {
    return manager.findOneByOrFail(PracticeRevisionEntity, { practiceId, number });
  },

  revisionWithAuthor(manager: EntityManager, practiceId: string, number: number) {
    return manager.findOne(PracticeRevisionEntity, { where: { practiceId, number }, relations: { author: true } });
  },

  revisionsNumbered(manager: EntityManager, practiceId: string, numbers: number[]) {
    return manager.find(PracticeRevisionEntity, { where: { practiceId, number: In(numbers) } });
  },

  /** The practice's revisions with their authors, oldest first: all of them, or those in these states. */
  revisionsWithAuthors(
    manager: EntityManager,
    practiceId: string,
    states?: readonly RevisionState[],
  ): Promise<PracticeRevisionEntity[]> {
    return manager.find(PracticeRevisionEntity, {
      where: { practiceId, ...(states ? { state: In([...states]) } : {}) },
      relations: { author: true },
      order: { number: 'ASC' },
    });
  },

  async updateRevision(
    manager: EntityManager,
    practiceId: string,
    number: number,
    changes: Partial<PracticeRevisionEntity>,
  ): Promise<void> {
    await manager.update(PracticeRevisionEntity, { practiceId, number }, changes);
  },

  saveRevision(manager: EntityManager, revision: PracticeRevisionEntity): Promise<PracticeRevisionEntity> {
    return manager.save(revision);
  },

  /** The related resource ids of some revisions of a practice, each in the author's order. */
  async resourceIdsOf(manager: EntityManager, practiceId: string, numbers: number[]): Promise<Map<number, string[]>> {
    const result = new Map<number, string[]>(numbers.map((number) => [number, []]));
    if (numbers.length === 0) return result;
    const rows = await manager.find(PracticeResourceEntity, {
      where: { practiceId, revision: In(numbers) },
      order: { position: 'ASC' },
    });
    for (const row of rows) result.get(row.revision)?.push(row.resourceId);
    return result;
  },

  /** Replaces the related resources of a revision. */
  async writeResources(
    manager: EntityManager,
    practiceId: string,
    revision: number,
    resourceIds: string[],
  ): Promise<void> {
    await manager.delete(PracticeResourceEntity, { practiceId, revision });
    if (resourceIds.length === 0) return;
    await manager.insert(
      PracticeResourceEntity,
      resourceIds.map((resourceId, position) => ({ practiceId, revision, resourceId, position })),
    );
  },

  /** The practice's author as shown on it, or null for a practice whose author's account is gone. */
  author(manager: EntityManager, authorId: string | null): Promise<UserEntity | null> {
    return authorId ? manager.findOneBy(UserEntity, { id: authorId }) : Promise.resolve(null);
  },

  /** The active coordinators: who curates, and so who hears of a submission. */
  async activeCoordinatorIds(manager: EntityManager): Promise<string[]> {
    const rows = (await manager.query(
      `SELECT id FROM users WHERE role = 'coordinator' AND status = 'active'`,
    )) as Array<{
      id: string;
    }>;
    return rows.map((row) => row.id);
  },

  /**
   * Live practices whose rating is due for re-review (see `ratingReviewReasons`, which this mirrors), the
   * longest waiting first.
   */
  reviewDuePage(manager: EntityManager, page: PageQuery, now: Date) {
    const builder = manager
      .getRepository(PracticeEntity)
      .createQueryBuilder('p')
      .where(`p.published_revision IS NOT NULL AND p.curation_label IN ('inspiring', 'peer-reviewed')`)
      .andWhere(
        '(p.rating_reviewed_at < :cutoff OR p.rating_reviewed_revision IS DISTINCT FROM p.published_revision)',
        { cutoff: ratingReviewCutoff(now) },
      );
    return keysetPage(builder, REVIEW_DUE_KEYS, page);
  },
};

const REVIEW_DUE_KEYS: ReadonlyArray<SortKey<PracticeEntity>> = [
  { sql: timeKey('p.rating_reviewed_at'), order: 'ASC', type: 'time', value: (p) => p.ratingReviewedAt.toISOString() },
  { sql: 'p.id', order: 'ASC', type: 'uuid', value: (p) => p.id },
];
