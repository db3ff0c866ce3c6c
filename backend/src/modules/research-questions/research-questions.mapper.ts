import type { ResearchQuestion } from '@pn/shared';
import { toAuthor } from '../users/author.mapper';
import type { QuestionRow } from './research-questions.repository';

export function toResearchQuestion(row: QuestionRow): ResearchQuestion {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    status: row.status,
    practice: row.practiceId && row.practiceTitle ? { id: row.practiceId, title: row.practiceTitle } : null,
    targetGroup: row.targetGroup,
    construct: row.construct,
    feedbackId: row.feedbackId,
    author: row.authorId
      ? toAuthor({ id: row.authorId, displayName: row.authorName ?? '', erasedAt: row.authorErasedAt })
      : null,
    claimer: row.claimerId
      ? toAuthor({ id: row.claimerId, displayName: row.claimerName ?? '', erasedAt: row.claimerErasedAt })
      : null,
    answerEvaluationId: row.answerEvaluationId,
    mergedIntoId: row.mergedIntoId,
    votes: row.voteCount,
    myVote: row.myVote,
    following: row.following,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
