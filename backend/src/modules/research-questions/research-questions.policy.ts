import type { ResearchQuestionStatus } from '@pn/shared';
import { isActive, type Viewer } from '../../common/viewer';

/** A refusal: 403 for who is asking, 409 for the state the question is in. */
export interface Refusal {
  refused: string;
  status: 403 | 409;
}

/** What the rules read of a question. */
export interface QuestionFacts {
  status: ResearchQuestionStatus;
  claimerId: string | null;
  mergedIntoId: string | null;
}

const ORDER: readonly ResearchQuestionStatus[] = ['open', 'planned', 'under-way', 'answered'];

const merged = (question: QuestionFacts): Refusal | null =>
  question.mergedIntoId ? { refused: 'this question was merged into another: act on that one', status: 409 } : null;

/** Claim an open question: active researchers only, and only while nobody has. */
export function claimRefusal(question: QuestionFacts, viewer: Viewer): Refusal | null {
  if (!isActive(viewer) || viewer.role !== 'researcher') {
    return { refused: 'only researchers claim research questions', status: 403 };
  }
  if (question.status !== 'open') return { refused: 'this question is already claimed', status: 409 };
  return merged(question);
}

/**
 * Move a claimed question on: its claimer only, forward only (planned, under way, answered); an answered
 * question stays answered.
 */
export function moveRefusal(question: QuestionFacts, viewer: Viewer, to: ResearchQuestionStatus): Refusal | null {
  if (!isActive(viewer) || question.claimerId === null || question.claimerId !== viewer.id) {
    return { refused: 'only the researcher who claimed this question moves it on', status: 403 };
  }
  const alreadyMerged = merged(question);
  if (alreadyMerged) return alreadyMerged;
  if (ORDER.indexOf(to) <= ORDER.indexOf(question.status)) {
    return { refused: `this question is ${question.status}: it only moves forward`, status: 409 };
  }
  return null;
}

/** Vote, unvote, follow: any active member, on a question that was not merged away. */
export function takePartRefusal(question: QuestionFacts, viewer: Viewer): Refusal | null {
  if (!isActive(viewer)) return { refused: 'only active members take part', status: 403 };
  return merged(question);
}

/** Merge a duplicate into the question it repeats (coordinators, checked by the route): two standing questions. */
export function mergeRefusal(
  duplicate: QuestionFacts & { id: string },
  kept: QuestionFacts & { id: string },
): Refusal | null {
  if (duplicate.id === kept.id) return { refused: 'a question cannot be merged into itself', status: 409 };
  if (duplicate.mergedIntoId) return { refused: 'this question was already merged', status: 409 };
  if (kept.mergedIntoId)
    return { refused: 'the question to keep was itself merged: merge into the one it points to', status: 409 };
  return null;
}

export const isRefusal = (value: unknown): value is Refusal =>
  typeof value === 'object' && value !== null && 'refused' in value;
