import { INQUIRY_DEADLINE_DAYS, type InquiryKind, type InquiryStatus, type Role } from '@pn/shared';
import { isActive, type Viewer } from '../../common/viewer';

/** What the rules read of a practice. */
export interface PracticeFacts {
  authorId: string | null;
  /** Published and not archived: its rating is in force and can be questioned. */
  live: boolean;
}

/** A refusal: 400 for what was sent, 403 for who is asking, 409 for the state the inquiry is in. */
export interface Refusal {
  refused: string;
  status: 400 | 403 | 409;
}

const refuse = (status: Refusal['status'], refused: string): Refusal => ({ status, refused });

export function isCoordinator(viewer: Viewer): boolean {
  return isActive(viewer) && (viewer.role === 'coordinator' || viewer.role === 'admin');
}

/** Members read what was asked and answered; visitors only that appeals exist, their status and outcome. */
export function readsTexts(viewer: Viewer): boolean {
  return isActive(viewer);
}

/** Filing: any active member asks about a live practice's rating; only its author appeals it, one at a time. */
export function fileRefusal(
  kind: InquiryKind,
  practice: PracticeFacts,
  viewer: Viewer,
  openAppeal: boolean,
): Refusal | null {
  if (!isActive(viewer)) return refuse(403, 'only active members ask about ratings');
  if (kind === 'appeal' && practice.authorId !== viewer.id) {
    return refuse(403, "only the practice's author may appeal its rating");
  }
  if (!practice.live) return refuse(409, 'only the rating of a published practice can be questioned');
  if (kind === 'appeal' && openAppeal) return refuse(409, 'an appeal of this rating is already open');
  return null;
}

/** Who is someone to the appeal: the people who may not decide it. */
export interface AppealParties {
  practiceAuthorId: string | null;
  evaluationAuthorIds: ReadonlyArray<string | null>;
  appellantId: string | null;
}

export interface Candidate {
  id: string;
  role: Role;
  status: string;
}

/**
 * Why someone may not review an appeal: reviewers are active researchers or coordinators with no part in
 * what is appealed (not the practice's author, not an evaluation's author, not the appellant).
 */
export function reviewerRefusal(candidate: Candidate | undefined, parties: AppealParties): string | null {
  if (!candidate || candidate.status !== 'active') return 'is not an active member';
  if (!['researcher', 'coordinator', 'admin'].includes(candidate.role)) {
    return 'is not a researcher or coordinator';
  }
  if (candidate.id === parties.practiceAuthorId) return "is the practice's author (a conflict of interest)";
  if (candidate.id === parties.appellantId) return 'filed the appeal (a conflict of interest)';
  if (parties.evaluationAuthorIds.includes(candidate.id)) {
    return 'wrote an evaluation of the practice (a conflict of interest)';
  }
  return null;
}

/** Which decision the viewer may make on the inquiry now, or why not. */
export type DecisionRole = 'answer' | 'review' | 'settle';

export function decisionRole(
  inquiry: { kind: InquiryKind; status: InquiryStatus },
  viewer: Viewer,
  assignment: { decided: boolean } | undefined,
): DecisionRole | Refusal {
  if (inquiry.status === 'closed') return refuse(409, 'this inquiry is closed');
  if (inquiry.kind === 'question') {
    return isCoordinator(viewer) ? 'answer' : refuse(403, 'coordinators answer questions about ratings');
  }
  switch (inquiry.status) {
    case 'open':
      return isCoordinator(viewer)
        ? refuse(409, 'assign two reviewers first')
        : refuse(403, 'only the assigned reviewers decide an appeal');
    case 'in-review':
      if (!assignment) return refuse(403, 'only the assigned reviewers decide an appeal');
      return assignment.decided ? refuse(409, 'you have already decided this appeal') : 'review';
    case 'awaiting-settlement':
      // A third person: neither reviewer settles the disagreement they are part of.
      if (assignment) return refuse(403, 'the reviewers disagree: another coordinator settles this appeal');
      return isCoordinator(viewer)
        ? 'settle'
        : refuse(403, 'the reviewers disagree: a coordinator settles this appeal');
  }
}

export const isRefusal = (value: unknown): value is Refusal =>
  typeof value === 'object' && value !== null && 'refused' in value;

/** An appeal's two decisions agree when they say the same, about the same evaluation. */
export function agreed(
  decisions: ReadonlyArray<{ decision: string | null; evaluationId: string | null }>,
): { decision: string; evaluationId: string | null } | null {
  const [first, second] = decisions;
  if (!first?.decision || !second?.decision) return null;
  if (first.decision !== second.decision || first.evaluationId !== second.evaluationId) return null;
  return { decision: first.decision, evaluationId: first.evaluationId };
}

export function dueAt(createdAt: Date): Date {
  return new Date(createdAt.getTime() + INQUIRY_DEADLINE_DAYS * 24 * 60 * 60 * 1000);
}

export function isOverdue(inquiry: { status: InquiryStatus; createdAt: Date }, now: Date = new Date()): boolean {
  return inquiry.status !== 'closed' && now > dueAt(inquiry.createdAt);
}
