import type { PageQuery } from '@pn/shared';
import { In, Not, type EntityManager } from 'typeorm';
import { keysetPage, timeKey, type SortKey } from '../../common/keyset';
import { EvaluationEntity } from '../evaluations/evaluation.entity';
import { PracticeEntity } from '../practices/practice.entity';
import { UserEntity } from '../users/user.entity';
import { InquiryReviewerEntity } from './inquiry-reviewer.entity';
import { InquiryEntity } from './inquiry.entity';

const OLDEST_FIRST: ReadonlyArray<SortKey<InquiryEntity>> = [
  { sql: timeKey('i.created_at'), order: 'ASC', type: 'time', value: (i) => i.createdAt.toISOString() },
  { sql: 'i.id', order: 'ASC', type: 'uuid', value: (i) => i.id },
];

/** The inquiries' reads and writes, each with the caller's transaction manager. */
export const inquiriesRepository = {
  /** The inquiry, locked until the transaction ends, with its reviewers. */
  async lock(manager: EntityManager, id: string): Promise<InquiryEntity | null> {
    const inquiry = await manager.findOne(InquiryEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (inquiry) inquiry.reviewers = await inquiriesRepository.reviewersOf(manager, id);
    return inquiry;
  },

  find(manager: EntityManager, id: string): Promise<InquiryEntity | null> {
    return manager.findOneBy(InquiryEntity, { id });
  },

  /** One inquiry as it is shown: practice, asker, reviewers and their accounts. */
  shown(manager: EntityManager, id: string): Promise<InquiryEntity> {
    return manager.findOneOrFail(InquiryEntity, {
      where: { id },
      relations: { practice: true, asker: true, reviewers: { reviewer: true } },
      order: { reviewers: { assignedAt: 'ASC', id: 'ASC' } },
    });
  },

  /** A practice's inquiries, newest first, as they are shown. */
  ofPractice(manager: EntityManager, practiceId: string, kinds: string[]): Promise<InquiryEntity[]> {
    return manager.find(InquiryEntity, {
      where: { practiceId, kind: In(kinds) },
      relations: { practice: true, asker: true, reviewers: { reviewer: true } },
      order: { createdAt: 'DESC', id: 'DESC', reviewers: { assignedAt: 'ASC', id: 'ASC' } },
    });
  },

  reviewersOf(manager: EntityManager, inquiryId: string): Promise<InquiryReviewerEntity[]> {
    return manager.find(InquiryReviewerEntity, { where: { inquiryId }, order: { assignedAt: 'ASC', id: 'ASC' } });
  },

  /**
   * The queue: inquiries not closed, oldest first (the nearest deadline first). All of them for
   * coordinators; for anyone else, the appeals they are assigned to.
   */
  async openPage(manager: EntityManager, page: PageQuery, assignedTo: string | null) {
    const builder = manager.getRepository(InquiryEntity).createQueryBuilder('i').where(`i.status <> 'closed'`);
    if (assignedTo) {
      builder.andWhere(
        'EXISTS (SELECT 1 FROM rating_inquiry_reviewers r WHERE r.inquiry_id = i.id AND r.reviewer_id = :assignedTo)',
        { assignedTo },
      );
    }
    const found = await keysetPage(builder, OLDEST_FIRST, page);
    const ids = found.items.map((inquiry) => inquiry.id);
    const shown =
      ids.length === 0
        ? []
        : await manager.find(InquiryEntity, {
            where: { id: In(ids) },
            relations: { practice: true, asker: true, reviewers: { reviewer: true } },
          });
    const byId = new Map(shown.map((inquiry) => [inquiry.id, inquiry]));
    return { items: ids.map((id) => byId.get(id)!), nextCursor: found.nextCursor };
  },

  async openAppealExists(manager: EntityManager, practiceId: string): Promise<boolean> {
    return manager.exists(InquiryEntity, {
      where: { practiceId, kind: 'appeal', status: In(['open', 'in-review', 'awaiting-settlement']) },
    });
  },

  async insert(manager: EntityManager, fields: Partial<InquiryEntity>): Promise<string> {
    return (await manager.save(manager.create(InquiryEntity, fields))).id;
  },

  async update(manager: EntityManager, id: string, changes: Partial<InquiryEntity>): Promise<void> {
    await manager.update(InquiryEntity, id, changes);
  },

  async insertReviewers(manager: EntityManager, inquiryId: string, reviewerIds: string[]): Promise<void> {
    await manager.insert(
      InquiryReviewerEntity,
      reviewerIds.map((reviewerId) => ({ inquiryId, reviewerId })),
    );
  },

  async updateReviewer(manager: EntityManager, id: string, changes: Partial<InquiryReviewerEntity>): Promise<void> {
    await manager.update(InquiryReviewerEntity, id, changes);
  },

  /** The practice's author and whether it is live (published, not archived). */
  practice(manager: EntityManager, practiceId: string): Promise<PracticeEntity | null> {
    return manager.findOneBy(PracticeEntity, { id: practiceId });
  },

  /** The evaluations of a practice: their ids and authors (who may not review an appeal of its rating). */
  evaluationsOf(manager: EntityManager, practiceId: string): Promise<Array<Pick<EvaluationEntity, 'id' | 'authorId'>>> {
    return manager.find(EvaluationEntity, { where: { practiceId }, select: { id: true, authorId: true } });
  },

  /** Active researchers and coordinators but these, by name: whom an appeal may be assigned to. */
  eligibleReviewers(manager: EntityManager, excluded: string[], limit: number): Promise<UserEntity[]> {
    return manager.find(UserEntity, {
      where: {
        status: 'active',
        role: In(['researcher', 'coordinator', 'admin']),
        ...(excluded.length > 0 ? { id: Not(In(excluded)) } : {}),
      },
      order: { displayName: 'ASC', id: 'ASC' },
      take: limit,
    });
  },

  candidates(manager: EntityManager, ids: string[]): Promise<UserEntity[]> {
    return manager.findBy(UserEntity, { id: In(ids) });
  },

  async activeCoordinatorIds(manager: EntityManager): Promise<string[]> {
    const rows = await manager.find(UserEntity, {
      where: { role: 'coordinator', status: 'active' },
      select: { id: true },
    });
    return rows.map((row) => row.id);
  },

  /** What a person asked or reviewed, oldest first (their data export). */
  async involving(manager: EntityManager, userId: string): Promise<InquiryEntity[]> {
    const reviewed = await manager.find(InquiryReviewerEntity, { where: { reviewerId: userId } });
    return manager.find(InquiryEntity, {
      where: [{ askerId: userId }, { id: In(reviewed.map((row) => row.inquiryId)) }],
      relations: { practice: true, asker: true, reviewers: { reviewer: true } },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  },

  /** Erasure: the inquiries and decisions stay, no longer tied to the person. */
  async detachPerson(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(InquiryEntity, { askerId: userId }, { askerId: null });
    await manager.update(InquiryEntity, { decidedBy: userId }, { decidedBy: null });
    await manager.update(InquiryReviewerEntity, { reviewerId: userId }, { reviewerId: null });
  },
};
