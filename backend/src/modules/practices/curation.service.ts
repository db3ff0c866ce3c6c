import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CurationEvent, Practice, PracticeRevision, reviewPracticeSchema } from '@pn/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AfterCommit } from '../../common/after-commit';
import { AuditService } from '../audit/audit.service';
import { toAuthor } from '../users/author.mapper';
import { NotificationsService } from '../notifications/notifications.service';
import { ResourceAccessService } from '../resources/resource-access.service';
import type { UserEntity } from '../users/user.entity';
import { PracticeAccessService, viewerOf } from './practice-access.service';
import type { PracticeRevisionEntity, RevisionState } from './practice-revision.entity';
import type { PracticeEntity } from './practice.entity';
import { toPracticeRevision } from './practices.mapper';
import { practicesRepository as practices } from './practices.repository';
import {
  canFollowCuration,
  isRefusal,
  reviewRefusal,
  reviewTransition,
  submitOutcome,
  type PracticeFacts,
} from './practices.policy';
import { PracticesService, refusalError } from './practices.service';
import { facetsOf } from './revisions';

/** Revisions everyone who may read the practice may read: the texts that were published. */
const PUBLISHED_STATES: readonly RevisionState[] = ['published', 'superseded'];

/** Submission and review, each step audited in its own transaction, and the revisions and history they leave. */
@Injectable()
export class CurationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PracticeAccessService,
    private readonly practiceService: PracticesService,
    private readonly resources: ResourceAccessService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** The author hands the practice (or the change to a published one) to the coordinators. */
  async submit(author: UserEntity, id: string): Promise<Practice> {
    const viewer = viewerOf(author);
    const after = new AfterCommit();
    await this.dataSource.transaction(async (manager) => {
      const practice = await this.access.readable(id, viewer, manager, true);
      const outcome = submitOutcome(practice, viewer);
      if (isRefusal(outcome)) throw refusalError(outcome);
      const number = practice.currentRevision;
      await practices.updateRevision(manager, id, number, { state: 'submitted', reviewComment: null });
      await practices.update(
        manager,
        id,
        outcome === 'practice'
          ? { curationLabel: 'submitted', returnReason: null }
          : { pendingLabel: 'submitted', returnReason: null },
      );
      await this.audit.record(manager, {
        actorId: author.id,
        action: 'practice.submit',
        targetType: 'practice',
        targetId: id,
        details: { revision: number, comment: null },
      });
      await this.notifications.notify(manager, after, {
        kind: 'practice-submitted',
        recipientIds: await practices.activeCoordinatorIds(manager),
        actorId: author.id,
        practiceId: id,
        data: { revision: number },
      });
    });
    await after.run();
    return this.practiceService.get(id, author);
  }

  /** A coordinator's decision: publish, peer-review, return (with a reason) or archive. */
  async review(curator: UserEntity, id: string, body: z.output<typeof reviewPracticeSchema>): Promise<Practice> {
    const viewer = viewerOf(curator);
    const after = new AfterCommit();
    await this.dataSource.transaction(async (manager) => {
      const practice = await this.access.readable(id, viewer, manager, true);
      const refusal = reviewRefusal(practice, viewer);
      if (refusal) throw refusalError(refusal);
      const transition = reviewTransition(practice, body.decision);
      if (isRefusal(transition)) throw refusalError(transition);
      const comment = body.comment ? body.comment : null;
      const current = practice.currentRevision;
      const changes: Partial<PracticeEntity> = {
        curationLabel: transition.label,
        pendingLabel: transition.pendingLabel,
      };
      let revision = practice.publishedRevision ?? current;
      if (transition.publishes) {
        revision = current;
        const now = new Date();
        if (practice.publishedRevision !== null && practice.publishedRevision !== current) {
          await practices.updateRevision(manager, id, practice.publishedRevision, { state: 'superseded' });
        }
        await practices.updateRevision(manager, id, current, {
          state: 'published',
          publishedAt: now,
          reviewComment: comment,
        });
        const published = await practices.revision(manager, id, current);
        Object.assign(changes, facetsOf(published), {
          publishedRevision: current,
          // The first publication is what the rating was computed for; a later one asks for a re-review.
          ...(practice.publishedRevision === null ? { ratingReviewedRevision: current } : {}),
          publishedAt: practice.publishedAt ?? now,
          updatedAt: now,
          returnReason: null,
        });
      } else if (body.decision === 'return') {
        revision = current;
        await practices.updateRevision(manager, id, current, { state: 'returned', reviewComment: comment });
        changes.returnReason = comment;
      }
      await practices.update(manager, id, changes);
      await this.audit.record(manager, {
        actorId: curator.id,
        action: `practice.${body.decision}`,
        targetType: 'practice',
        targetId: id,
        details: { revision, comment },
      });
      if (practice.authorId) {
        await this.notifications.notify(manager, after, {
          kind: 'practice-decision',
          recipientIds: [practice.authorId],
          actorId: curator.id,
          practiceId: id,
          data: { decision: body.decision, comment },
        });
      }
    });
    await after.run();
    return this.practiceService.get(id, curator);
  }

  /**
   * Every revision for the author and the curators; for everyone else who may read the practice, the
   * revisions that were published. Oldest first: a client compares any two.
   */
  async revisions(user: UserEntity | undefined, id: string): Promise<PracticeRevision[]> {
    const practice = await this.access.readable(id, viewerOf(user));
    const rows = await practices.revisionsWithAuthors(
      this.dataSource.manager,
      id,
      canFollowCuration(practice, viewerOf(user)) ? undefined : PUBLISHED_STATES,
    );
    return this.present(practice, rows, user);
  }

  async revision(user: UserEntity | undefined, id: string, number: number): Promise<PracticeRevision> {
    const practice = await this.access.readable(id, viewerOf(user));
    const row = await practices.revisionWithAuthor(this.dataSource.manager, id, number);
    if (!row || !(canFollowCuration(practice, viewerOf(user)) || PUBLISHED_STATES.includes(row.state))) {
      throw new NotFoundException('no revision with this number');
    }
    const [presented] = await this.present(practice, [row], user);
    return presented!;
  }

  /** The curation steps, oldest first, from the audit log: for the author and the curators. */
  async history(user: UserEntity, id: string): Promise<CurationEvent[]> {
    const practice = await this.access.readable(id, viewerOf(user));
    if (!canFollowCuration(practice, viewerOf(user))) {
      throw new ForbiddenException('the curation history is for the author and coordinators');
    }
    const entries = await this.audit.stepsOn('practice', id);
    return entries.map((entry) => ({
      id: entry.id,
      action: entry.action.slice('practice.'.length) as CurationEvent['action'],
      revision: Number(entry.details.revision),
      comment: typeof entry.details.comment === 'string' ? entry.details.comment : null,
      actor: toAuthor(entry.actor),
      createdAt: entry.createdAt.toISOString(),
    }));
  }

  /** Revisions with their related resources: all of them for the author and curators, else the visible ones. */
  private async present(
    practice: PracticeFacts & { id: string },
    rows: PracticeRevisionEntity[],
    user: UserEntity | undefined,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PracticeRevision[]> {
    const ids = await practices.resourceIdsOf(
      manager,
      practice.id,
      rows.map((row) => row.number),
    );
    const follows = canFollowCuration(practice, viewerOf(user));
    const visible = follows ? null : await this.resources.visibleIds(user ?? null, [...ids.values()].flat());
    return rows.map((row) => {
      const linked = ids.get(row.number) ?? [];
      return toPracticeRevision(row, visible ? linked.filter((resourceId) => visible.has(resourceId)) : linked);
    });
  }
}
