import type { Inquiry } from '@pn/shared';
import type { Viewer } from '../../common/viewer';
import { toAuthor } from '../users/author.mapper';
import type { InquiryEntity } from './inquiry.entity';
import { decisionRole, dueAt, isCoordinator, isOverdue, isRefusal, readsTexts } from './inquiries.policy';

/**
 * An inquiry as the viewer may see it (`practice`, `asker` and `reviewers.reviewer` loaded). Everyone sees
 * that an appeal exists, its status, outcome and deadline; members the texts; coordinators who asked and who
 * reviews. A reviewer's decision stays with the coordinators and its reviewer until the appeal closes, so
 * that neither reviewer is swayed by the other.
 */
export function toInquiry(inquiry: InquiryEntity, viewer: Viewer, now: Date = new Date()): Inquiry {
  const texts = readsTexts(viewer);
  const coordinator = isCoordinator(viewer);
  const closed = inquiry.status === 'closed';
  const reviewers = inquiry.reviewers ?? [];
  const assignment = reviewers.find((row) => viewer !== null && row.reviewerId === viewer.id);
  const role = decisionRole(inquiry, viewer, assignment && { decided: assignment.decidedAt !== null });
  return {
    id: inquiry.id,
    practice: { id: inquiry.practiceId, title: inquiry.practice!.title },
    kind: inquiry.kind,
    status: inquiry.status,
    reason: texts ? inquiry.reason : null,
    evidence: texts ? inquiry.evidence : null,
    links: texts ? inquiry.links : [],
    asker: coordinator ? toAuthor(inquiry.asker) : null,
    mine: viewer !== null && inquiry.askerId === viewer.id,
    answer: texts ? inquiry.answer : null,
    outcome: inquiry.outcome,
    outcomeEvaluationId: inquiry.outcomeEvaluationId,
    reviews: reviewers.map((row) => {
      const mine = row === assignment;
      const shown = closed || coordinator || mine;
      return {
        reviewer: coordinator || mine ? toAuthor(row.reviewer) : null,
        mine,
        decision: shown ? row.decision : null,
        evaluationId: shown ? row.evaluationId : null,
        reason: shown && texts ? row.reason : null,
        decidedAt: row.decidedAt?.toISOString() ?? null,
      };
    }),
    createdAt: inquiry.createdAt.toISOString(),
    dueAt: dueAt(inquiry.createdAt).toISOString(),
    overdue: isOverdue(inquiry, now),
    closedAt: inquiry.closedAt?.toISOString() ?? null,
    canAssign: coordinator && inquiry.kind === 'appeal' && inquiry.status === 'open',
    canDecide: !isRefusal(role),
  };
}
