import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  createEvaluationSchema,
  Evaluation,
  evaluationQueueQuerySchema,
  Page,
  PageQuery,
  QueuedEvaluation,
  updateEvaluationSchema,
  verificationSchema,
} from '@pn/shared';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import { AfterCommit } from '../../common/after-commit';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { PracticeAccessService, viewerOf } from '../practices/practice-access.service';
import { canEvaluate, isLive } from '../practices/practices.policy';
import type { UserEntity } from '../users/user.entity';
import { toEvaluation } from './evaluations.mapper';
import {
  canEditEvaluation,
  declaredIndependence,
  rightsOn,
  seesUnverified,
  storedDeclarations,
  verificationRefusal,
} from './evaluations.policy';
import { evaluationsRepository as evaluations } from './evaluations.repository';
import { recomputeEvidence } from './evidence';

/**
 * Researchers' evaluations of practices, and their verification by a second reviewer. Every change recomputes
 * the practice's evidence rating in the same transaction: the rating is derived, never typed in, and counts
 * only verified evaluations.
 */
@Injectable()
export class EvaluationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PracticeAccessService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  /** Visitors see the verified evaluations only; members see the others too, labelled. */
  async list(user: UserEntity | undefined, practiceId: string, page: PageQuery): Promise<Page<Evaluation>> {
    const viewer = viewerOf(user);
    const practice = await this.access.readable(practiceId, viewer);
    const manager = this.dataSource.manager;
    const result = await evaluations.pageOfPractice(manager, practiceId, page, !seesUnverified(viewer));
    const outcomes = await evaluations.outcomesOf(
      manager,
      result.items.map((evaluation) => evaluation.id),
    );
    return {
      items: result.items.map((evaluation) =>
        toEvaluation(
          { ...evaluation, outcomes: outcomes.get(evaluation.id) ?? [] },
          rightsOn(evaluation, practice, viewer),
        ),
      ),
      nextCursor: result.nextCursor,
    };
  }

  /** The verification queue of researchers and coordinators: evaluations in one state, waiting longest first. */
  async queue(user: UserEntity, query: z.output<typeof evaluationQueueQuerySchema>): Promise<Page<QueuedEvaluation>> {
    const viewer = viewerOf(user);
    const manager = this.dataSource.manager;
    const result = await evaluations.queue(manager, query.verification, query);
    const outcomes = await evaluations.outcomesOf(
      manager,
      result.items.map((evaluation) => evaluation.id),
    );
    return {
      items: result.items.map(({ practice, ...evaluation }) => ({
        ...toEvaluation(
          { ...evaluation, outcomes: outcomes.get(evaluation.id) ?? [] },
          rightsOn(evaluation, practice!, viewer),
        ),
        practice: { id: practice!.id, title: practice!.title },
      })),
      nextCursor: result.nextCursor,
    };
  }

  /**
   * A second reviewer's decision (see `verificationRefusal` for who may take it): `verify` lets the evaluation
   * count in the rating, `return` sends it back to its author with the comment. Audited, the rating recomputed,
   * the author told (without the reviewer's name: the audit log keeps who decided).
   */
  async verify(reviewer: UserEntity, id: string, body: z.output<typeof verificationSchema>): Promise<Evaluation> {
    const viewer = viewerOf(reviewer);
    const after = new AfterCommit();
    await this.dataSource.transaction(async (manager) => {
      const found = await evaluations.find(manager, id);
      if (!found) throw notFound();
      const practice = await this.access.readable(found.practiceId, viewer, manager, true).catch(() => {
        throw notFound();
      });
      const evaluation = await evaluations.lock(manager, id);
      const refusal = verificationRefusal(evaluation, practice, viewer, body.conflictOfInterest);
      if (refusal) {
        throw refusal.status === 403 ? new ForbiddenException(refusal.refused) : new ConflictException(refusal.refused);
      }
      const coordinator = reviewer.role === 'coordinator' || reviewer.role === 'admin';
      const verification = body.decision === 'verify' ? 'verified' : 'returned';
      await evaluations.setVerification(manager, id, {
        verification,
        verificationComment: body.comment === '' ? null : body.comment,
        verificationReconciled: evaluation.verificationReconciled || coordinator,
      });
      await this.audit.record(manager, {
        actorId: reviewer.id,
        action: body.decision === 'verify' ? 'evaluation.verify' : 'evaluation.return',
        targetType: 'evaluation',
        targetId: id,
        details: {
          practiceId: practice.id,
          from: evaluation.verification,
          ...(coordinator ? { reconciled: true } : {}),
          ...(body.comment ? { comment: body.comment } : {}),
        },
      });
      await recomputeEvidence(manager, practice.id);
      if (evaluation.authorId) {
        await this.notifications.notify(manager, after, {
          kind: 'evaluation-verification',
          recipientIds: [evaluation.authorId],
          actorId: null,
          practiceId: practice.id,
          data: { evaluationId: id, decision: body.decision, ...(body.comment ? { comment: body.comment } : {}) },
        });
      }
    });
    await after.run();
    return this.get(id, reviewer);
  }

  /**
   * A researcher's evaluation of a published practice (not archived): a draft is not yet a programme that
   * can be studied as described, and it is hidden from researchers anyway.
   */
  async create(
    researcher: UserEntity,
    practiceId: string,
    body: z.output<typeof createEvaluationSchema>,
  ): Promise<Evaluation> {
    const viewer = viewerOf(researcher);
    const after = new AfterCommit();
    const id = await this.dataSource.transaction(async (manager) => {
      const practice = await this.access.readable(practiceId, viewer, manager, true);
      if (!isLive(practice)) {
        throw new ConflictException('evaluations are posted on published practices that are not archived');
      }
      if (!canEvaluate(practice, viewer)) throw new ForbiddenException('only researchers post evaluations');
      const { outcomes, ...fields } = body;
      const id = await evaluations.insert(manager, {
        ...storedDeclarations(fields),
        independence: declaredIndependence(fields) ?? 'developer',
        practiceId,
        authorId: researcher.id,
      });
      await evaluations.insertOutcomes(manager, id, outcomes);
      // The first step of its verification: it awaits a second reviewer.
      await this.audit.record(manager, {
        actorId: researcher.id,
        action: 'evaluation.post',
        targetType: 'evaluation',
        targetId: id,
        details: { practiceId },
      });
      await recomputeEvidence(manager, practiceId);
      if (practice.authorId) {
        await this.notifications.notify(manager, after, {
          kind: 'practice-evaluation',
          recipientIds: [practice.authorId],
          actorId: researcher.id,
          practiceId,
          data: { design: body.design },
        });
      }
      return id;
    });
    await after.run();
    return this.get(id, researcher);
  }

  /** Its author corrects an evaluation; outcomes, when given, replace the previous ones. */
  async update(author: UserEntity, id: string, body: z.output<typeof updateEvaluationSchema>): Promise<Evaluation> {
    const viewer = viewerOf(author);
    await this.dataSource.transaction(async (manager) => {
      const found = await evaluations.find(manager, id);
      if (!found) throw notFound();
      // The practice first, locked: the same order as when an evaluation is added.
      await this.access.readable(found.practiceId, viewer, manager, true).catch(() => {
        throw notFound();
      });
      const evaluation = await evaluations.lock(manager, id);
      if (!canEditEvaluation(evaluation, viewer)) throw new ForbiddenException('only its author edits an evaluation');
      const { outcomes, ...fields } = body;
      const changes = { ...storedDeclarations(fields), independence: declaredIndependence(fields) };
      const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
      // Its coding changed: whatever a reviewer decided was about the coding before, so it awaits again.
      await evaluations.update(manager, id, { ...defined, verification: 'awaiting' });
      if (outcomes) await evaluations.replaceOutcomes(manager, id, outcomes);
      if (evaluation.verification !== 'awaiting') {
        await this.audit.record(manager, {
          actorId: author.id,
          action: 'evaluation.resubmit',
          targetType: 'evaluation',
          targetId: id,
          details: { practiceId: evaluation.practiceId, from: evaluation.verification },
        });
      }
      await recomputeEvidence(manager, evaluation.practiceId);
    });
    return this.get(id, author);
  }

  private async get(id: string, user: UserEntity): Promise<Evaluation> {
    const evaluation = await evaluations.shown(this.dataSource.manager, id);
    const practice = await this.access.readable(evaluation.practiceId, viewerOf(user));
    return toEvaluation(evaluation, rightsOn(evaluation, practice, viewerOf(user)));
  }
}

const notFound = () => new NotFoundException('no evaluation with this id');
