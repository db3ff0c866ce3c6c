import type { Viewer } from '../../common/viewer';

/** Correct an evaluation: its author, while their account is active (whatever their role is now). */
export function canEditEvaluation(evaluation: { authorId: string | null }, viewer: Viewer): boolean {
  return viewer?.status === 'active' && evaluation.authorId !== null && evaluation.authorId === viewer.id;
}
