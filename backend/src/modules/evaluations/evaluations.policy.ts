import type { EvaluatorIndependence } from '@pn/shared';
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
