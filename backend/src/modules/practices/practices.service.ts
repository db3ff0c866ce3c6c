import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  type OnModuleInit,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  completenessOf,
  rateEvidence,
  REVIEW_DECISIONS,
  type createPracticeSchema,
  type Page,
  type PendingRevision,
  type Practice,
  type PracticeSummary,
  type updatePracticeSchema,
} from '@pn/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { encodeKeyset } from '../../common/keyset';
import { toAuthor } from '../users/author.mapper';
import { ResourceAccessService } from '../resources/resource-access.service';
import { UserEntity } from '../users/user.entity';
import { FeedbackService } from './feedback.service';
import { PracticeAccessService, viewerOf } from './practice-access.service';
import { PracticeEvaluations } from './practice-evaluations';
import type { PracticeEntity } from './practice.entity';
import { LIST_KEYS, type ListQuery } from './practice-list.query';
import { toPracticeContent, toPracticeSummary } from './practices.mapper';
import { practicesRepository as practices } from './practices.repository';
import {
  canEvaluate,
  canFollowCuration,
  canGiveFeedback,
  editOutcome,
  isRefusal,
  reviewRefusal,
  reviewTransition,
  type Refusal,
} from './practices.policy';
import { contentColumns, copyContent, facetsOf } from './revisions';

/** A refusal of the policy as the HTTP error it is. */
export function refusalError(refusal: Refusal): Error {
  return refusal.status === 403 ? new ForbiddenException(refusal.refused) : new ConflictException(refusal.refused);
}

@Injectable()
export class PracticesService implements OnModuleInit {
  /** Given by the evaluations module, which builds on this one. */
  private evaluations!: PracticeEvaluations;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PracticeAccessService,
    private readonly resources: ResourceAccessService,
    private readonly feedback: FeedbackService,
    private readonly modules: ModuleRef,
  ) {}

  onModuleInit(): void {
    this.evaluations = this.modules.get(PracticeEvaluations, { strict: false });
  }

  /**
   * Published practices by default, newest change first. The labels of work in progress list only what the
   * viewer may see: their own, and everything for curators; `status=submitted` is the curators' queue,
   * changes to published practices included. `mine` lists one's own practices whatever their label.
   */
  async list(user: UserEntity | undefined, query: ListQuery): Promise<Page<PracticeSummary>> {
    const rows = await practices.listRows(this.dataSource.manager, viewerOf(user), query);
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    const now = new Date();
    return {
      items: items.map((p) => toPracticeSummary(p, now)),
      nextCursor: rows.length > query.limit && last ? encodeKeyset(last, LIST_KEYS) : null,
    };
  }

  async get(id: string, user: UserEntity | undefined): Promise<Practice> {
    return this.present(await this.access.readable(id, viewerOf(user)), user);
  }

  /** A new practice: a draft of its author, revision 1. */
  async create(author: UserEntity, body: z.output<typeof createPracticeSchema>): Promise<Practice> {
    const { relatedResourceIds, ...content } = body;
    await this.checkResources(author, relatedResourceIds);
    const id = await this.dataSource.transaction(async (manager) => {
      const columns = contentColumns(content);
      const practice = await practices.insert(manager, {
        authorId: author.id,
        curationLabel: 'draft',
        currentRevision: 1,
        evidenceRating: rateEvidence([]),
        ...facetsOf(columns),
      });
      await practices.insertRevision(manager, {
        practiceId: practice.id,
        number: 1,
        state: 'draft',
        authorId: author.id,
        ...columns,
      });
      await practices.writeResources(manager, practice.id, 1, relatedResourceIds);
      return practice.id;
    });
    return this.get(id, author);
  }

  /**
   * The author's change: in place on a draft or returned revision; on a published practice, a new draft
   * revision that starts from the newest text, while the published text stays what everyone reads.
   */
  async update(author: UserEntity, id: string, body: z.output<typeof updatePracticeSchema>): Promise<Practice> {
    const viewer = viewerOf(author);
    await this.dataSource.transaction(async (manager) => {
      const practice = await this.access.readable(id, viewer, manager, true);
      const outcome = editOutcome(practice, viewer);
      if (isRefusal(outcome)) throw refusalError(outcome);
      const { relatedResourceIds, ...changes } = body;
      if (relatedResourceIds) await this.checkResources(author, relatedResourceIds);
      const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
      const latest = await practices.revision(manager, id, practice.currentRevision);
      if (outcome === 'new-revision') {
        const number = practice.currentRevision + 1;
        await practices.insertRevision(manager, {
          ...copyContent(latest),
          ...defined,
          practiceId: id,
          number,
          state: 'draft',
          authorId: author.id,
        });
        const previousIds = (await practices.resourceIdsOf(manager, id, [latest.number])).get(latest.number) ?? [];
        await practices.writeResources(manager, id, number, relatedResourceIds ?? previousIds);
        await practices.update(manager, id, { currentRevision: number, pendingLabel: 'draft' });
        return;
      }
      Object.assign(latest, defined);
      await practices.saveRevision(manager, latest);
      if (relatedResourceIds) await practices.writeResources(manager, id, latest.number, relatedResourceIds);
      // A practice never published shows its latest text; a published one keeps showing the published text.
      if (practice.publishedRevision === null) {
        await practices.update(manager, id, { ...facetsOf(latest), updatedAt: new Date() });
      }
    });
    return this.get(id, author);
  }

  /** The related resources must exist and be visible to the author: what they link is what they can see. */
  private async checkResources(author: UserEntity, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const visible = await this.resources.visibleIds(author, ids);
    const unknown = ids.filter((id) => !visible.has(id));
    if (unknown.length > 0) {
      throw new BadRequestException([`relatedResourceIds: no resource you can see has the id ${unknown.join(', ')}`]);
    }
  }

  /** The whole practice as the viewer may see it. */
  async present(practice: PracticeEntity, user: UserEntity | undefined): Promise<Practice> {
    const manager: EntityManager = this.dataSource.manager;
    const viewer = viewerOf(user);
    const follows = canFollowCuration(practice, viewer);
    const shownNumber = practice.publishedRevision ?? practice.currentRevision;
    const pendingNumber =
      follows && practice.publishedRevision !== null && practice.pendingLabel !== null
        ? practice.currentRevision
        : null;
    const numbers = pendingNumber === null ? [shownNumber] : [shownNumber, pendingNumber];
    const [revisions, resourceIds, author, evaluations, feedbackSummary] = await Promise.all([
      practices.revisionsNumbered(manager, practice.id, numbers),
      practices.resourceIdsOf(manager, practice.id, numbers),
      practices.author(manager, practice.authorId),
      this.evaluations.of(manager, practice, viewer),
      this.feedback.summaryOf(practice.id),
    ]);
    const shown = revisions.find((revision) => revision.number === shownNumber)!;
    const pending = revisions.find((revision) => revision.number === pendingNumber);
    const relatedResources = await this.resources.summariesVisibleTo(user ?? null, resourceIds.get(shownNumber) ?? []);
    const pendingRevision: PendingRevision | null =
      pending && practice.pendingLabel
        ? {
            number: pending.number,
            label: practice.pendingLabel,
            content: toPracticeContent(pending, resourceIds.get(pending.number) ?? []),
            returnReason: practice.pendingLabel === 'returned' ? pending.reviewComment : null,
            createdAt: pending.createdAt.toISOString(),
          }
        : null;
    const mayReview =
      reviewRefusal(practice, viewer) === null &&
      REVIEW_DECISIONS.some((decision) => !isRefusal(reviewTransition(practice, decision)));
    return {
      ...toPracticeSummary(practice),
      // The author sees the resources they linked; others those of them they may see.
      ...toPracticeContent(shown, follows ? (resourceIds.get(shownNumber) ?? []) : relatedResources.map((r) => r.id)),
      author: toAuthor(author),
      revision: shownNumber,
      publishedAt: practice.publishedAt?.toISOString() ?? null,
      ratingReviewedAt: practice.ratingReviewedAt.toISOString(),
      returnReason: follows && practice.curationLabel === 'returned' ? practice.returnReason : null,
      completeness: completenessOf(shown),
      evaluations,
      feedbackSummary,
      relatedResources,
      pendingRevision,
      createdAt: practice.createdAt.toISOString(),
      canEdit: !isRefusal(editOutcome(practice, viewer)),
      canReview: mayReview,
      canEvaluate: canEvaluate(practice, viewer),
      canGiveFeedback: canGiveFeedback(practice, viewer),
    };
  }
}
