import type { createFeedbackSchema, FeedbackSummary } from '@pn/shared';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { PracticeFeedbackEntity } from './practice-feedback.entity';
import { PracticeEntity } from './practice.entity';

/** Practitioners' feedback: its reads and writes, called by the feedback service with its manager. */
export const feedbackRepository = {
  /** Stores a report and counts it on its practice; returns its id. */
  async insert(
    manager: EntityManager,
    fields: z.output<typeof createFeedbackSchema> & { practiceId: string; authorId: string },
  ): Promise<string> {
    const feedback = await manager.save(manager.create(PracticeFeedbackEntity, fields));
    await manager.increment(PracticeEntity, { id: fields.practiceId }, 'feedbackCount', 1);
    return feedback.id;
  },

  /** The researchers who evaluated the practice (and whose accounts remain). */
  async evaluatorIds(manager: EntityManager, practiceId: string): Promise<string[]> {
    const rows = (await manager.query(
      `SELECT DISTINCT author_id FROM evaluations WHERE practice_id = $1 AND author_id IS NOT NULL`,
      [practiceId],
    )) as Array<{ author_id: string }>;
    return rows.map((row) => row.author_id);
  },

  /** One report with its author, as it is shown. */
  shown(manager: EntityManager, id: string): Promise<PracticeFeedbackEntity> {
    return manager.findOneOrFail(PracticeFeedbackEntity, { where: { id }, relations: { author: true } });
  },

  /** Where it was implemented and how useful it was found. */
  async summaryOf(manager: EntityManager, practiceId: string): Promise<FeedbackSummary> {
    const [totals] = (await manager.query(
      `SELECT count(*)::int AS count, round(avg(usefulness), 1)::float AS average,
              coalesce(sum(reached), 0)::bigint::text AS reached
         FROM practice_feedback WHERE practice_id = $1`,
      [practiceId],
    )) as Array<{ count: number; average: number | null; reached: string }>;
    const countries = (await manager.query(
      `SELECT country, count(*)::int AS count FROM practice_feedback WHERE practice_id = $1
        GROUP BY country ORDER BY count(*) DESC, country`,
      [practiceId],
    )) as Array<{ country: string; count: number }>;
    return {
      count: totals?.count ?? 0,
      averageUsefulness: totals?.average ?? null,
      totalReached: Number(totals?.reached ?? 0),
      countries,
    };
  },

  /** A person's reports, oldest first, with their author (their data export). */
  authoredBy(manager: EntityManager, userId: string): Promise<PracticeFeedbackEntity[]> {
    return manager.find(PracticeFeedbackEntity, {
      where: { authorId: userId },
      relations: { author: true },
      order: { createdAt: 'ASC' },
    });
  },
};
