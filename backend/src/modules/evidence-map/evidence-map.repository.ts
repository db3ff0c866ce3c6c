import {
  RATING_DIRECTIONS,
  type GapMapCell,
  type gapMapQuerySchema,
  type EvidenceRating,
  type OutcomeConstruct,
  type PreventionLevel,
  type Setting,
  type TargetGroup,
} from '@pn/shared';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { practiceFacetConditions, PUBLISHED_SQL } from '../practices/practice-facets';

export type GapMapFilters = z.output<typeof gapMapQuerySchema>;

/** Ties between equally strong ratings go to the more favourable direction, harm last. */
const DIRECTION_ORDER = `ARRAY['${RATING_DIRECTIONS.join("', '")}']::text[]`;

/** The published practices with the facets asked for, as the practices list filters them. */
function publishedWhere(filters: GapMapFilters, values: unknown[]): string {
  const param = (value: unknown) => `$${values.push(value)}`;
  return [
    `p.published_revision IS NOT NULL`,
    `p.curation_label IN ${PUBLISHED_SQL}`,
    ...practiceFacetConditions(filters, param),
  ].join(' AND ');
}

/** A published practice as the open-data export writes it. */
export interface ExportPracticeRow {
  id: string;
  title: string;
  summary: string;
  organisation: string;
  language: string;
  curationLabel: string;
  targetGroups: TargetGroup[];
  preventionLevel: PreventionLevel;
  settings: Setting[];
  countries: string[];
  languages: string[];
  evidenceRating: EvidenceRating;
  publishedAt: Date | null;
  updatedAt: Date;
}

/** A verified evaluation's outcome, with its study, as the export writes it. */
export interface ExportOutcomeRow {
  practiceId: string;
  evaluationId: string;
  design: string;
  sampleSize: number;
  followUpMonths: number | null;
  riskOfBias: string;
  independence: string;
  citation: string;
  doi: string | null;
  registrationId: string | null;
  construct: OutcomeConstruct;
  measure: string;
  direction: string;
  significant: boolean;
  effectSize: number | null;
  sustained12Months: boolean;
}

/**
 * The non-empty cells of the gap map, as one statement (exported for the benchmark, which sends it straight
 * through `pg`). A practice addresses a cell when it is published, is for the target group, and a verified
 * evaluation of it measured the construct; the evaluations are those verified ones; strength and direction
 * come from the practice's stored rating of the construct (what its page shows), the best across the cell
 * (ties go to the more favourable direction). Each practice's cells are kept with its rating
 * (`practice_evidence_cells`, 1765670000000-GapMapCells), and a practice with a cell has a rating above 0, so
 * that the facets are read from the partial index `practices_gap_facets_idx` alone.
 */
export function gapMapSql(filters: GapMapFilters): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const where = publishedWhere(filters, values);
  return {
    // Practices share few combinations of target groups: counted per combination first, each combination's
    // few rows are then spread over its groups, instead of every practice's row.
    text: `SELECT g.target_group AS "targetGroup", s.construct,
              sum(s.practices)::int AS practices, sum(s.evaluations)::int AS evaluations,
              (max(s.rank) / 10)::int AS "bestStrength",
              (${DIRECTION_ORDER})[9 - max(s.rank) % 10] AS direction
         FROM (SELECT p.target_groups, c.construct, count(*) AS practices, sum(c.evaluations) AS evaluations,
                      max(c.rank) AS rank
                 FROM practice_evidence_cells c
                 JOIN practices p ON p.id = c.practice_id
                WHERE ${where} AND p.best_strength > 0
                GROUP BY p.target_groups, c.construct) AS s
        CROSS JOIN LATERAL unnest(s.target_groups) AS g(target_group)
        GROUP BY g.target_group, s.construct`,
    values,
  };
}

/** A batch of published practices after `afterId`, in id order (the export reads them batch by batch). */
export function exportPracticesSql(afterId: string | null, limit: number): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const where = publishedWhere({}, values);
  const after = afterId ? ` AND p.id > $${values.push(afterId)}` : '';
  return {
    text: `SELECT p.id, p.title, p.summary, p.organisation, p.language, p.curation_label AS "curationLabel",
              p.target_groups AS "targetGroups", p.prevention_level AS "preventionLevel", p.settings, p.countries,
              p.languages, p.evidence_rating AS "evidenceRating", p.published_at AS "publishedAt",
              p.updated_at AS "updatedAt"
         FROM practices p WHERE ${where}${after}
        ORDER BY p.id LIMIT $${values.push(limit)}`,
    values,
  };
}

/** The verified evaluations' outcomes of these practices, by practice, study and position. */
export function exportOutcomesSql(practiceIds: string[]): { text: string; values: unknown[] } {
  return {
    text: `SELECT e.practice_id AS "practiceId", e.id AS "evaluationId", e.design, e.sample_size AS "sampleSize",
              e.follow_up_months AS "followUpMonths", e.risk_of_bias AS "riskOfBias", e.independence,
              e.citation, e.doi, e.registration_id AS "registrationId", o.construct, o.measure, o.direction,
              o.significant, o.effect_size AS "effectSize", o.sustained_12_months AS "sustained12Months"
         FROM evaluations e JOIN evaluation_outcomes o ON o.evaluation_id = e.id
        WHERE e.practice_id = ANY($1::uuid[]) AND e.verification = 'verified'
        ORDER BY e.practice_id, e.created_at, e.id, o.position`,
    values: [practiceIds],
  };
}

export const evidenceMapRepository = {
  /** The non-empty cells of the gap map (see `gapMapSql`). */
  async cells(manager: EntityManager, filters: GapMapFilters): Promise<GapMapCell[]> {
    const statement = gapMapSql(filters);
    return (await manager.query(statement.text, statement.values)) as GapMapCell[];
  },

  async publishedAfter(manager: EntityManager, afterId: string | null, limit: number): Promise<ExportPracticeRow[]> {
    const statement = exportPracticesSql(afterId, limit);
    return (await manager.query(statement.text, statement.values)) as ExportPracticeRow[];
  },

  async verifiedOutcomesOf(manager: EntityManager, practiceIds: string[]): Promise<ExportOutcomeRow[]> {
    if (practiceIds.length === 0) return [];
    const statement = exportOutcomesSql(practiceIds);
    return (await manager.query(statement.text, statement.values)) as ExportOutcomeRow[];
  },
};
