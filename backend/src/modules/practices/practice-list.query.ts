import { PUBLISHED_LABELS, type listPracticesQuerySchema } from '@pn/shared';
import type { z } from 'zod';
import { decodeKeyset, type SortKey } from '../../common/keyset';
import { containsPattern } from '../../common/like';
import { practiceFacetConditions, PUBLISHED_SQL } from './practice-facets';
import type { PracticeEntity } from './practice.entity';
import { archiveProposalCutoff, isCurator, type Viewer } from './practices.policy';

export type ListQuery = z.output<typeof listPracticesQuerySchema>;

/** What a list shows of a practice: the columns of its summary, named as the entity names them. */
export type PracticeSummaryRow = Pick<
  PracticeEntity,
  | 'id'
  | 'authorId'
  | 'title'
  | 'summary'
  | 'language'
  | 'targetGroups'
  | 'preventionLevel'
  | 'settings'
  | 'countries'
  | 'organisation'
  | 'curationLabel'
  | 'publishedRevision'
  | 'pendingLabel'
  | 'evidenceRating'
  | 'feedbackCount'
  | 'updatedAt'
  | 'ratingReviewedAt'
  | 'ratingReviewedRevision'
>;

const SUMMARY_COLUMNS = `p.id, p.author_id AS "authorId", p.title, p.summary, p.language, p.target_groups AS "targetGroups",
  p.prevention_level AS "preventionLevel", p.settings, p.countries, p.organisation, p.curation_label AS "curationLabel",
  p.published_revision AS "publishedRevision", p.pending_label AS "pendingLabel", p.evidence_rating AS "evidenceRating",
  p.feedback_count AS "feedbackCount", p.updated_at AS "updatedAt", p.rating_reviewed_at AS "ratingReviewedAt",
  p.rating_reviewed_revision AS "ratingReviewedRevision"`;

/** Archived practices that were published stay readable by everyone, but only lists that ask show them. */
const READABLE = `('${[...PUBLISHED_LABELS, 'archived'].join("', '")}')`;

/** Newest change first; milliseconds only (see the MillisecondListKeys migration), so the index orders the list. */
export const LIST_KEYS: ReadonlyArray<SortKey<PracticeSummaryRow>> = [
  { sql: 'p.updated_at', order: 'DESC', type: 'time', value: (p) => p.updatedAt.toISOString() },
  { sql: 'p.id', order: 'DESC', type: 'uuid', value: (p) => p.id },
];

/**
 * The list of practices as one SQL statement, one more row than a page. Written out rather than built by the
 * ORM: it is the public library's hot path, and the summary needs only a few columns of the row.
 */
export function practiceListSql(viewer: Viewer, query: ListQuery): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const param = (value: unknown) => `$${values.push(value)}`;
  const where: string[] = [];
  const own = viewer?.status === 'active' ? viewer.id : null;
  const mine = () => `p.author_id = ${param(own)}`;
  if (!isCurator(viewer)) {
    where.push(`((p.published_revision IS NOT NULL AND p.curation_label IN ${READABLE})${own ? ` OR ${mine()}` : ''})`);
  }
  if (query.mine) where.push(mine());
  switch (query.status) {
    case undefined:
      if (!query.mine) where.push(`p.curation_label IN ${PUBLISHED_SQL}`);
      break;
    case 'published':
      where.push(`p.curation_label IN ${PUBLISHED_SQL}`);
      break;
    case 'archive-proposed':
      where.push(`p.curation_label IN ${PUBLISHED_SQL}`, `p.updated_at < ${param(archiveProposalCutoff())}`);
      break;
    case 'draft':
    case 'submitted':
    case 'returned': {
      const status = param(query.status);
      where.push(`(p.curation_label = ${status} OR p.pending_label = ${status})`);
      break;
    }
    default:
      where.push(`p.curation_label = ${param(query.status)}`);
  }
  if (query.q) {
    const q = param(containsPattern(query.q));
    where.push(`(p.title ILIKE ${q} OR p.summary ILIKE ${q} OR p.organisation ILIKE ${q})`);
  }
  // Array containment (@>) uses the GIN indexes.
  if (query.targetGroup) where.push(`p.target_groups @> ARRAY[${param(query.targetGroup)}]::text[]`);
  where.push(...practiceFacetConditions(query, param));
  if (query.rating) where.push(`p.rating_directions @> ARRAY[${param(query.rating)}]::text[]`);
  if (query.rated !== undefined) {
    // Reviewed by coordinators (published), rated or not: never a draft, whatever else the query asks.
    where.push(`p.curation_label IN ${PUBLISHED_SQL}`, `p.best_strength ${query.rated ? '>' : '='} 0`);
  }
  if (query.minStrength !== undefined) where.push(`p.best_strength >= ${param(query.minStrength)}`);
  // A practice the gap map counts in a cell of the construct: its cells are those a verified evaluation measured.
  if (query.construct) {
    where.push(`EXISTS (SELECT 1 FROM practice_evidence_cells c
      WHERE c.practice_id = p.id AND c.construct = ${param(query.construct)})`);
  }
  if (query.cursor) {
    // Both keys descend: one row comparison, which the (updated_at, id) index answers.
    const [updatedAt, id] = decodeKeyset(query.cursor, LIST_KEYS);
    where.push(`(p.updated_at, p.id) < (${param(updatedAt)}::timestamptz, ${param(id)}::uuid)`);
  }
  return {
    text: `SELECT ${SUMMARY_COLUMNS} FROM practices p
      ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY p.updated_at DESC, p.id DESC LIMIT ${param(query.limit + 1)}`,
    values,
  };
}
