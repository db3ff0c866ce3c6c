import type { EvaluatorIndependence, VerificationState } from '@pn/shared';
import type { Viewer } from '../../common/viewer';

/** Correct an evaluation: its author, while their account is active (whatever their role is now). */
export function canEditEvaluation(evaluation: { authorId: string | null }, viewer: Viewer): boolean {
  return viewer?.status === 'active' && evaluation.authorId !== null && evaluation.authorId === viewer.id;
}

/**
 * The evaluator's independence as declared: `independence` when given, else the older `independent` flag
 * (true is `independent`; false says only that it was not, so it reads as the developer's own study).
 */
export function declaredIndependence(body: {
  independence?: EvaluatorIndependence;
  independent?: boolean;
}): EvaluatorIndependence | undefined {
  if (body.independence) return body.independence;
  if (body.independent === undefined) return undefined;
  return body.independent ? 'independent' : 'developer';
}

/** The declarations as stored: the `independent` flag is not a column, and an empty conflict is none. */
export function storedDeclarations<T extends { independent?: boolean; conflictOfInterest?: string | null }>(
  body: T,
): Omit<T, 'independent'> {
  const { independent: _independent, ...rest } = body;
  if (rest.conflictOfInterest === '') return { ...rest, conflictOfInterest: null };
  return rest;
}

/** What the verification rules read of an evaluation. */
export interface VerificationFacts {
  authorId: string | null;
  verification: VerificationState;
  verificationReconciled: boolean;
}

/** A refusal: 403 for who is asking, 409 for the state the evaluation is in. */
export interface VerificationRefusal {
  refused: string;
  status: 403 | 409;
}

const isCoordinator = (viewer: Viewer) => viewer?.role === 'coordinator' || viewer?.role === 'admin';

/**
 * Verify an evaluation's coding, or return it: a second reviewer, a researcher or coordinator (admins act as
 * coordinators) who wrote neither the evaluation nor the practice it is about, and who declares no conflict of
 * interest. Researchers decide on what awaits verification; a returned evaluation is with its author, unless
 * a coordinator reconciles the disagreement (verifies it as it stands, or returns it again). Once a
 * coordinator has decided on an evaluation, their decision is final: further decisions are coordinators' only.
 * A verified evaluation is decided; its author's correction sends it back to awaiting.
 */
export function verificationRefusal(
  evaluation: VerificationFacts,
  practice: { authorId: string | null },
  viewer: Viewer,
  conflictOfInterest: string | null,
): VerificationRefusal | null {
  if (viewer?.status !== 'active' || !(viewer.role === 'researcher' || isCoordinator(viewer))) {
    return { refused: 'only researchers and coordinators verify evaluations', status: 403 };
  }
  if (evaluation.authorId === viewer.id) {
    return { refused: 'a second reviewer verifies an evaluation, not its author', status: 403 };
  }
  if (practice.authorId === viewer.id) {
    return { refused: "the practice's author does not verify its evaluations", status: 403 };
  }
  if (conflictOfInterest !== null && conflictOfInterest.trim() !== '') {
    return {
      refused: 'a reviewer with a conflict of interest cannot verify this evaluation: leave it to another reviewer',
      status: 403,
    };
  }
  if (evaluation.verification === 'verified') {
    return { refused: 'this evaluation is already verified', status: 409 };
  }
  if (!isCoordinator(viewer)) {
    if (evaluation.verificationReconciled) {
      return { refused: 'a coordinator has reconciled this evaluation: coordinators decide on it now', status: 403 };
    }
    if (evaluation.verification === 'returned') {
      return { refused: 'this evaluation is back with its author; a coordinator may reconcile it', status: 409 };
    }
  }
  return null;
}

/** Whether the verify and return buttons are offered: as `verificationRefusal`, with no conflict declared. */
export function canVerifyEvaluation(
  evaluation: VerificationFacts,
  practice: { authorId: string | null },
  viewer: Viewer,
): boolean {
  return verificationRefusal(evaluation, practice, viewer, null) === null;
}

/** Whether the viewer sees evaluations not yet verified: active members do (with the label), visitors do not. */
export function seesUnverified(viewer: Viewer): boolean {
  return viewer?.status === 'active';
}

/** The reviewer's comment is for the evaluation's author and for those who verify. */
export function seesVerificationComment(evaluation: { authorId: string | null }, viewer: Viewer): boolean {
  if (viewer?.status !== 'active') return false;
  return evaluation.authorId === viewer.id || viewer.role === 'researcher' || isCoordinator(viewer);
}

/** What a viewer may do with an evaluation and see of it, as its answer says. */
export interface EvaluationRights {
  canEdit: boolean;
  canVerify: boolean;
  seesComment: boolean;
}

export function rightsOn(
  evaluation: VerificationFacts,
  practice: { authorId: string | null },
  viewer: Viewer,
): EvaluationRights {
  return {
    canEdit: canEditEvaluation(evaluation, viewer),
    canVerify: canVerifyEvaluation(evaluation, practice, viewer),
    seesComment: seesVerificationComment(evaluation, viewer),
  };
}
