import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  assignReviewersSchema,
  createInquirySchema,
  Inquiry,
  inquiryDecisionSchema,
  Page,
  PageQuery,
  PracticeInquiries,
  ReviewerCandidate,
} from '@pn/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AfterCommit } from '../../common/after-commit';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { PracticeAccessService, viewerOf } from '../practices/practice-access.service';
import type { UserEntity } from '../users/user.entity';
import { displayNameOf } from '../users/users.mapper';
import type { InquiryEntity } from './inquiry.entity';
import { toInquiry } from './inquiries.mapper';
import {
  agreed,
  decisionRole,
  fileRefusal,
  isCoordinator,
  isRefusal,
  readsTexts,
  reviewerRefusal,
  type AppealParties,
  type Refusal,
} from './inquiries.policy';
import { inquiriesRepository as inquiries } from './inquiries.repository';

function refusalError(refusal: Refusal): Error {
  if (refusal.status === 400) return new BadRequestException([refusal.refused]);
  return refusal.status === 403 ? new ForbiddenException(refusal.refused) : new ConflictException(refusal.refused);
}

const LIVE = ['inspiring', 'peer-reviewed'];

/**
 * Questions about ratings and appeals of them, as CrimeSolutions takes them: a member asks and a coordinator
 * answers; the practice's author appeals, a coordinator assigns two reviewers without a conflict of interest,
 * each decides (uphold, code an evaluation again, or ask for a new study); when they agree the appeal closes
 * with that outcome, and when they do not, a third coordinator without a conflict settles it. Each step is audited and notified.
 */
@Injectable()
export class InquiriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PracticeAccessService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** A practice's inquiries: appeals for everyone, questions too for members. */
  async ofPractice(user: UserEntity | undefined, practiceId: string): Promise<PracticeInquiries> {
    const viewer = viewerOf(user);
    const manager = this.dataSource.manager;
    const practice = await this.access.readable(practiceId, viewer);
    const kinds = readsTexts(viewer) ? ['question', 'appeal'] : ['appeal'];
    const [rows, openAppeal] = await Promise.all([
      inquiries.ofPractice(manager, practiceId, kinds),
      inquiries.openAppealExists(manager, practiceId),
    ]);
    const facts = { authorId: practice.authorId, live: this.isLive(practice) };
    const now = new Date();
    return {
      items: rows.map((row) => toInquiry(row, viewer, now)),
      canAsk: fileRefusal('question', facts, viewer, openAppeal) === null,
      canAppeal: fileRefusal('appeal', facts, viewer, openAppeal) === null,
    };
  }

  /** The queue: for coordinators every inquiry not closed, for reviewers their appeals; oldest first. */
  async queue(user: UserEntity, page: PageQuery): Promise<Page<Inquiry>> {
    const viewer = viewerOf(user);
    const rows = await inquiries.openPage(this.dataSource.manager, page, isCoordinator(viewer) ? null : user.id);
    const now = new Date();
    return { items: rows.items.map((row) => toInquiry(row, viewer, now)), nextCursor: rows.nextCursor };
  }

  async file(user: UserEntity, practiceId: string, body: z.output<typeof createInquirySchema>): Promise<Inquiry> {
    const viewer = viewerOf(user);
    const after = new AfterCommit();
    const id = await this.dataSource.transaction(async (manager) => {
      const practice = await this.access.readable(practiceId, viewer, manager, true);
      const refusal = fileRefusal(
        body.kind,
        { authorId: practice.authorId, live: this.isLive(practice) },
        viewer,
        await inquiries.openAppealExists(manager, practiceId),
      );
      if (refusal) throw refusalError(refusal);
      const id = await inquiries.insert(manager, {
        practiceId,
        kind: body.kind,
        askerId: user.id,
        reason: body.reason,
        evidence: body.evidence ? body.evidence : null,
        links: body.links ?? [],
      });
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'inquiry.file',
        targetType: 'inquiry',
        targetId: id,
        details: { practiceId, kind: body.kind },
      });
      await this.notify(manager, after, await inquiries.activeCoordinatorIds(manager), user.id, practiceId, {
        kind: body.kind,
        event: 'filed',
      });
      return id;
    });
    await after.run();
    return this.shown(id, user);
  }

  /** A coordinator names the appeal's two reviewers, each eligible and without a conflict of interest. */
  async assign(coordinator: UserEntity, id: string, body: z.output<typeof assignReviewersSchema>): Promise<Inquiry> {
    const after = new AfterCommit();
    await this.dataSource.transaction(async (manager) => {
      const inquiry = await this.locked(manager, id);
      if (inquiry.kind !== 'appeal') throw new ConflictException('a question is answered, not reviewed');
      if (inquiry.status !== 'open') throw new ConflictException('this appeal already has its reviewers');
      const parties = await this.parties(manager, inquiry);
      const candidates = new Map(
        (await inquiries.candidates(manager, body.reviewerIds)).map((user) => [user.id, user]),
      );
      const problems = body.reviewerIds.flatMap((reviewerId) => {
        const refusal = reviewerRefusal(candidates.get(reviewerId), parties);
        return refusal ? [`reviewerIds: ${reviewerId} ${refusal}`] : [];
      });
      if (problems.length > 0) throw new BadRequestException(problems);
      await inquiries.insertReviewers(manager, id, body.reviewerIds);
      await inquiries.update(manager, id, { status: 'in-review' });
      await this.audit.record(manager, {
        actorId: coordinator.id,
        action: 'inquiry.assign',
        targetType: 'inquiry',
        targetId: id,
        details: { practiceId: inquiry.practiceId, reviewerIds: body.reviewerIds },
      });
      await this.notify(manager, after, body.reviewerIds, coordinator.id, inquiry.practiceId, {
        kind: 'appeal',
        event: 'assigned',
      });
      await this.notify(manager, after, inquiry.askerId ? [inquiry.askerId] : [], null, inquiry.practiceId, {
        kind: 'appeal',
        event: 'in-review',
      });
    });
    await after.run();
    return this.shown(id, coordinator);
  }

  /**
   * Whom a coordinator may assign to the appeal: every eligible person without a conflict, by name (the
   * first hundred; a network has fewer researchers and coordinators than that).
   */
  async candidates(id: string): Promise<ReviewerCandidate[]> {
    const manager = this.dataSource.manager;
    const inquiry = await inquiries.find(manager, id);
    if (!inquiry) throw new NotFoundException('no inquiry with this id');
    const parties = await this.parties(manager, inquiry);
    const excluded = [parties.practiceAuthorId, parties.appellantId, ...parties.evaluationAuthorIds].filter(
      (value): value is string => value !== null,
    );
    const people = await inquiries.eligibleReviewers(manager, excluded, 100);
    return people.map((person) => ({ id: person.id, displayName: displayNameOf(person), role: person.role }));
  }

  /** An answer, a reviewer's decision, or a coordinator's settlement, as the inquiry and the caller allow. */
  async decide(user: UserEntity, id: string, body: z.output<typeof inquiryDecisionSchema>): Promise<Inquiry> {
    const viewer = viewerOf(user);
    const after = new AfterCommit();
    await this.dataSource.transaction(async (manager) => {
      const inquiry = await this.locked(manager, id);
      const assignment = inquiry.reviewers!.find((row) => row.reviewerId === user.id);
      const role = decisionRole(inquiry, viewer, assignment && { decided: assignment.decidedAt !== null });
      if (isRefusal(role)) throw refusalError(role);
      const now = new Date();
      const asker = inquiry.askerId ? [inquiry.askerId] : [];
      if (role === 'answer') {
        if (body.decision !== 'answer') throw new BadRequestException(['decision: a question is answered']);
        await inquiries.update(manager, id, {
          status: 'closed',
          answer: body.reason,
          decidedBy: user.id,
          closedAt: now,
        });
        await this.record(manager, user, 'inquiry.answer', inquiry, {});
        await this.notify(manager, after, asker, user.id, inquiry.practiceId, { kind: 'question', event: 'answered' });
        return;
      }
      if (body.decision === 'answer') {
        throw new BadRequestException(['decision: an appeal is decided with uphold, recode or new-study']);
      }
      const evaluationId = body.decision === 'recode' ? body.evaluationId! : null;
      if (evaluationId) {
        const evaluations = await inquiries.evaluationsOf(manager, inquiry.practiceId);
        if (!evaluations.some((evaluation) => evaluation.id === evaluationId)) {
          throw new BadRequestException(['evaluationId: no evaluation of this practice has this id']);
        }
      }
      if (role === 'settle') {
        const refusal = reviewerRefusal(
          { id: user.id, role: user.role, status: user.status },
          await this.parties(manager, inquiry),
        );
        if (refusal) throw new ForbiddenException(`you ${refusal.replace(/^is /, 'are ')}`);
        await this.close(manager, after, user, inquiry, { decision: body.decision, evaluationId }, body.reason);
        return;
      }
      if (body.noConflict !== true) {
        throw new BadRequestException(['noConflict: declare that you have no conflict of interest with this practice']);
      }
      await inquiries.updateReviewer(manager, assignment!.id, {
        decision: body.decision,
        evaluationId,
        reason: body.reason,
        noConflictDeclared: true,
        decidedAt: now,
      });
      await this.record(manager, user, 'inquiry.decide', inquiry, { decision: body.decision, evaluationId });
      const decisions = inquiry.reviewers!.map((row) =>
        row === assignment ? { decision: body.decision, evaluationId } : row,
      );
      if (decisions.some((row) => !row.decision)) return;
      const agreement = agreed(decisions);
      if (agreement) {
        await this.close(manager, after, null, inquiry, agreement, null);
      } else {
        await inquiries.update(manager, id, { status: 'awaiting-settlement' });
        await this.notify(manager, after, await inquiries.activeCoordinatorIds(manager), null, inquiry.practiceId, {
          kind: 'appeal',
          event: 'disagreement',
        });
      }
    });
    await after.run();
    return this.shown(id, user);
  }

  /** The appeal closes with its outcome: by the reviewers' agreement, or by a coordinator's settlement. */
  private async close(
    manager: EntityManager,
    after: AfterCommit,
    settler: UserEntity | null,
    inquiry: InquiryEntity,
    outcome: { decision: string; evaluationId: string | null },
    reason: string | null,
  ): Promise<void> {
    await inquiries.update(manager, inquiry.id, {
      status: 'closed',
      outcome: outcome.decision as InquiryEntity['outcome'],
      outcomeEvaluationId: outcome.evaluationId,
      answer: reason,
      decidedBy: settler?.id ?? null,
      closedAt: new Date(),
    });
    if (settler) await this.record(manager, settler, 'inquiry.settle', inquiry, outcome);
    await this.notify(manager, after, inquiry.askerId ? [inquiry.askerId] : [], null, inquiry.practiceId, {
      kind: 'appeal',
      event: 'closed',
      outcome: outcome.decision,
    });
  }

  private async locked(manager: EntityManager, id: string): Promise<InquiryEntity> {
    const inquiry = await inquiries.lock(manager, id);
    if (!inquiry) throw new NotFoundException('no inquiry with this id');
    return inquiry;
  }

  private async parties(manager: EntityManager, inquiry: InquiryEntity): Promise<AppealParties> {
    const [practice, evaluations] = await Promise.all([
      inquiries.practice(manager, inquiry.practiceId),
      inquiries.evaluationsOf(manager, inquiry.practiceId),
    ]);
    return {
      practiceAuthorId: practice?.authorId ?? null,
      evaluationAuthorIds: evaluations.map((evaluation) => evaluation.authorId),
      appellantId: inquiry.askerId,
    };
  }

  private isLive(practice: { publishedRevision: number | null; curationLabel: string }): boolean {
    return practice.publishedRevision !== null && LIVE.includes(practice.curationLabel);
  }

  private async record(
    manager: EntityManager,
    actor: UserEntity,
    action: 'inquiry.answer' | 'inquiry.decide' | 'inquiry.settle',
    inquiry: InquiryEntity,
    details: Record<string, unknown>,
  ): Promise<void> {
    await this.audit.record(manager, {
      actorId: actor.id,
      action,
      targetType: 'inquiry',
      targetId: inquiry.id,
      details: { practiceId: inquiry.practiceId, ...details },
    });
  }

  private notify(
    manager: EntityManager,
    after: AfterCommit,
    recipientIds: string[],
    actorId: string | null,
    practiceId: string,
    data: Record<string, unknown>,
  ): Promise<void> {
    return this.notifications.notify(manager, after, {
      kind: 'practice-inquiry',
      recipientIds,
      actorId,
      practiceId,
      data,
    });
  }

  private async shown(id: string, user: UserEntity): Promise<Inquiry> {
    return toInquiry(await inquiries.shown(this.dataSource.manager, id), viewerOf(user));
  }
}
