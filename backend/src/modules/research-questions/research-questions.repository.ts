import type { listResearchQuestionsQuerySchema } from '@pn/shared';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { decodeKeyset, encodeKeyset, type SortKey } from '../../common/keyset';
import { ResearchQuestionFollowerEntity, ResearchQuestionVoteEntity } from './research-question-member.entity';
import { ResearchQuestionEntity } from './research-question.entity';

export type ListQuery = z.output<typeof listResearchQuestionsQuerySchema>;

/** A question as it is shown: its row, its practice's title, its people's names and the viewer's part in it. */
export interface QuestionRow {
  id: string;
  title: string;
  body: string;
  status: ResearchQuestionEntity['status'];
  practiceId: string | null;
  practiceTitle: string | null;
  targetGroup: ResearchQuestionEntity['targetGroup'];
  construct: ResearchQuestionEntity['construct'];
  feedbackId: string | null;
  authorId: string | null;
  authorName: string | null;
  authorErasedAt: Date | null;
  claimerId: string | null;
  claimerName: string | null;
  claimerErasedAt: Date | null;
  answerEvaluationId: string | null;
  mergedIntoId: string | null;
  voteCount: number;
  myVote: boolean;
  following: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** The most votes first, then the newest. */
const LIST_KEYS: ReadonlyArray<SortKey<QuestionRow>> = [
  { sql: 'q.vote_count', order: 'DESC', type: 'int', value: (q) => q.voteCount },
  {
    sql: `date_trunc('milliseconds', q.created_at)`,
    order: 'DESC',
    type: 'time',
    value: (q) => q.createdAt.toISOString(),
  },
  { sql: 'q.id', order: 'DESC', type: 'uuid', value: (q) => q.id },
];

const SHOWN = (viewer: string) => `
  SELECT q.id, q.title, q.body, q.status, q.practice_id AS "practiceId", p.title AS "practiceTitle",
         q.target_group AS "targetGroup", q.construct, q.feedback_id AS "feedbackId",
         q.author_id AS "authorId", a.display_name AS "authorName", a.erased_at AS "authorErasedAt",
         q.claimer_id AS "claimerId", c.display_name AS "claimerName", c.erased_at AS "claimerErasedAt",
         q.answer_evaluation_id AS "answerEvaluationId", q.merged_into_id AS "mergedIntoId",
         q.vote_count AS "voteCount",
         EXISTS (SELECT 1 FROM research_question_votes v WHERE v.question_id = q.id AND v.user_id = ${viewer}) AS "myVote",
         EXISTS (SELECT 1 FROM research_question_followers f WHERE f.question_id = q.id AND f.user_id = ${viewer})
           AS "following",
         q.created_at AS "createdAt", q.updated_at AS "updatedAt"
    FROM research_questions q
    LEFT JOIN practices p ON p.id = q.practice_id
    LEFT JOIN users a ON a.id = q.author_id
    LEFT JOIN users c ON c.id = q.claimer_id`;

/** Research questions' reads and writes, called by the service with its transaction's manager. */
export const researchQuestionsRepository = {
  /**
   * A page of the questions that stand (merged duplicates point elsewhere and are left out), the most
   * voted first. A question is only ever raised on a published practice, which stays readable (archived at
   * worst), so every member may read them all.
   */
  async page(
    manager: EntityManager,
    viewerId: string,
    query: ListQuery,
  ): Promise<{ rows: QuestionRow[]; nextCursor: string | null }> {
    const values: unknown[] = [viewerId];
    const param = (value: unknown) => `$${values.push(value)}`;
    const where = ['q.merged_into_id IS NULL'];
    if (query.status) where.push(`q.status = ${param(query.status)}`);
    if (query.practiceId) where.push(`q.practice_id = ${param(query.practiceId)}`);
    if (query.targetGroup) where.push(`q.target_group = ${param(query.targetGroup)}`);
    if (query.construct) where.push(`q.construct = ${param(query.construct)}`);
    if (query.evaluationId) where.push(`q.answer_evaluation_id = ${param(query.evaluationId)}`);
    if (query.cursor) {
      // Every key descends: one row comparison.
      const [votes, createdAt, id] = decodeKeyset(query.cursor, LIST_KEYS);
      where.push(
        `(q.vote_count, date_trunc('milliseconds', q.created_at), q.id) < (${param(votes)}::int, ${param(createdAt)}::timestamptz, ${param(id)}::uuid)`,
      );
    }
    const rows = (await manager.query(
      `${SHOWN('$1')} WHERE ${where.join(' AND ')}
        ORDER BY ${LIST_KEYS.map((key) => `${key.sql} ${key.order}`).join(', ')} LIMIT ${param(query.limit + 1)}`,
      values,
    )) as QuestionRow[];
    const more = rows.length > query.limit;
    const page = rows.slice(0, query.limit);
    return { rows: page, nextCursor: more ? encodeKeyset(page[page.length - 1]!, LIST_KEYS) : null };
  },

  async shown(manager: EntityManager, id: string, viewerId: string): Promise<QuestionRow | null> {
    const rows = (await manager.query(`${SHOWN('$2')} WHERE q.id = $1`, [id, viewerId])) as QuestionRow[];
    return rows[0] ?? null;
  },

  /** The questions a person raised, oldest first (their data export). */
  async raisedBy(manager: EntityManager, userId: string): Promise<QuestionRow[]> {
    return (await manager.query(`${SHOWN('$1')} WHERE q.author_id = $1 ORDER BY q.created_at, q.id`, [
      userId,
    ])) as QuestionRow[];
  },

  /** The question, locked for the rest of the transaction. */
  lock(manager: EntityManager, id: string): Promise<ResearchQuestionEntity | null> {
    return manager.findOne(ResearchQuestionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  },

  /** Both questions of a merge, locked in id order so that two merges at once cannot deadlock. */
  async lockPair(
    manager: EntityManager,
    a: string,
    b: string,
  ): Promise<[ResearchQuestionEntity | null, ResearchQuestionEntity | null]> {
    const rows = await manager.find(ResearchQuestionEntity, {
      where: [{ id: a }, { id: b }],
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    return [rows.find((row) => row.id === a) ?? null, rows.find((row) => row.id === b) ?? null];
  },

  async insert(manager: EntityManager, fields: Partial<ResearchQuestionEntity>): Promise<string> {
    return (await manager.save(manager.create(ResearchQuestionEntity, fields))).id;
  },

  async update(manager: EntityManager, id: string, changes: Partial<ResearchQuestionEntity>): Promise<void> {
    await manager.update(ResearchQuestionEntity, id, { ...changes, updatedAt: new Date() });
  },

  async follow(manager: EntityManager, questionId: string, userId: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(ResearchQuestionFollowerEntity)
      .values({ questionId, userId })
      .orIgnore()
      .execute();
  },

  async unfollow(manager: EntityManager, questionId: string, userId: string): Promise<void> {
    await manager.delete(ResearchQuestionFollowerEntity, { questionId, userId });
  },

  async followerIds(manager: EntityManager, questionId: string): Promise<string[]> {
    const rows = await manager.find(ResearchQuestionFollowerEntity, { where: { questionId } });
    return rows.map((row) => row.userId);
  },

  /** Adds the vote (once) and keeps the count. */
  async vote(manager: EntityManager, questionId: string, userId: string): Promise<void> {
    await manager.query(
      `WITH added AS (
         INSERT INTO research_question_votes (question_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1
       )
       UPDATE research_questions SET vote_count = vote_count + (SELECT count(*) FROM added) WHERE id = $1`,
      [questionId, userId],
    );
  },

  async unvote(manager: EntityManager, questionId: string, userId: string): Promise<void> {
    await manager.query(
      `WITH removed AS (
         DELETE FROM research_question_votes WHERE question_id = $1 AND user_id = $2 RETURNING 1
       )
       UPDATE research_questions SET vote_count = vote_count - (SELECT count(*) FROM removed) WHERE id = $1`,
      [questionId, userId],
    );
  },

  /**
   * The duplicate's votes and followers join the kept question's (a person who was on both counts once),
   * its own are removed, and the kept question's count is recounted.
   */
  async moveMembers(manager: EntityManager, duplicateId: string, keptId: string): Promise<void> {
    for (const table of ['research_question_votes', 'research_question_followers']) {
      await manager.query(
        `INSERT INTO ${table} (question_id, user_id, created_at)
         SELECT $2, user_id, created_at FROM ${table} WHERE question_id = $1 ON CONFLICT DO NOTHING`,
        [duplicateId, keptId],
      );
      await manager.query(`DELETE FROM ${table} WHERE question_id = $1`, [duplicateId]);
    }
    await manager.query(
      `UPDATE research_questions q
          SET vote_count = (SELECT count(*) FROM research_question_votes v WHERE v.question_id = q.id)
        WHERE q.id = ANY($1::uuid[])`,
      [[duplicateId, keptId]],
    );
  },

  /** The ids of the questions a person voted for, and of those they follow. */
  async membershipsOf(manager: EntityManager, userId: string): Promise<{ votedFor: string[]; following: string[] }> {
    const votes = await manager.find(ResearchQuestionVoteEntity, { where: { userId }, order: { createdAt: 'ASC' } });
    const follows = await manager.find(ResearchQuestionFollowerEntity, {
      where: { userId },
      order: { createdAt: 'ASC' },
    });
    return { votedFor: votes.map((v) => v.questionId), following: follows.map((f) => f.questionId) };
  },

  /** At erasure: the person's votes and follows go (their counts with them); the questions stay. */
  async removeMembershipsOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(
      `WITH removed AS (DELETE FROM research_question_votes WHERE user_id = $1 RETURNING question_id)
       UPDATE research_questions q SET vote_count = q.vote_count - r.n
         FROM (SELECT question_id, count(*)::int AS n FROM removed GROUP BY question_id) r
        WHERE q.id = r.question_id`,
      [userId],
    );
    await manager.delete(ResearchQuestionFollowerEntity, { userId });
  },

  /** The evaluation's practice, or null when there is no such evaluation. */
  async evaluationPractice(manager: EntityManager, evaluationId: string): Promise<string | null> {
    const rows = (await manager.query(`SELECT practice_id AS "practiceId" FROM evaluations WHERE id = $1`, [
      evaluationId,
    ])) as Array<{ practiceId: string }>;
    return rows[0]?.practiceId ?? null;
  },

  /** The feedback's practice, or null when there is no such feedback. */
  async feedbackPractice(manager: EntityManager, feedbackId: string): Promise<string | null> {
    const rows = (await manager.query(`SELECT practice_id AS "practiceId" FROM practice_feedback WHERE id = $1`, [
      feedbackId,
    ])) as Array<{ practiceId: string }>;
    return rows[0]?.practiceId ?? null;
  },
};
