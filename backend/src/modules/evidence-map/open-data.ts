import { stringify } from 'csv-stringify/sync';
import { OPEN_DATA_LICENCE, type OpenDataHeader } from '@pn/shared';
import { slugOf } from '../practices/slug';
import type { ExportOutcomeRow, ExportPracticeRow } from './evidence-map.repository';
import { ruleVersionOf, RULE_VERSION_IN_FORCE } from './rule-version';

export interface ExportBatch {
  practices: ExportPracticeRow[];
  outcomes: ExportOutcomeRow[];
}

export const practiceUrl = (base: string, practice: { id: string; title: string }) =>
  `${base}/practices/${practice.id}/${slugOf(practice.title)}`;

export function openDataHeader(base: string, now = new Date()): OpenDataHeader {
  return {
    title: 'Prevention Network: published practices, their verified evaluations and evidence ratings',
    licence: OPEN_DATA_LICENCE.name,
    licenceUrl: OPEN_DATA_LICENCE.url,
    ruleVersion: RULE_VERSION_IN_FORCE,
    generatedAt: now.toISOString(),
    source: `${base}/practices`,
  };
}

/**
 * The CSV's columns: one row per outcome of a verified evaluation, with its practice and the practice's
 * rating of that construct; a practice without one has a single row with its own columns only.
 */
export const CSV_COLUMNS = [
  'practice_id',
  'practice_url',
  'title',
  'organisation',
  'curation_label',
  'language',
  'target_groups',
  'prevention_level',
  'settings',
  'countries',
  'languages',
  'published_at',
  'rule_version',
  'construct',
  'rating_strength',
  'rating_direction',
  'evaluation_id',
  'design',
  'sample_size',
  'follow_up_months',
  'risk_of_bias',
  'independence',
  'citation',
  'doi',
  'registration_id',
  'measure',
  'outcome_direction',
  'significant',
  'effect_size',
  'sustained_12_months',
] as const;

const byPractice = <T extends { practiceId: string }>(rows: T[]) => {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.practiceId, [...(map.get(row.practiceId) ?? []), row]);
  return map;
};

/**
 * CSV (RFC 4180), with a first line that begins with `#` stating the licence and the rule version: csv-parse
 * (`comment: '#'`), pandas (`comment='#'`) and R (`comment.char = '#'`) skip it. Every text field is quoted,
 * so that a `#` inside a value is never read as a comment. Lists are joined with `;`.
 */
export async function* csvExport(batches: AsyncIterable<ExportBatch>, base: string): AsyncGenerator<string> {
  const header = openDataHeader(base);
  yield `# ${header.title}. Licence: ${header.licence} (${header.licenceUrl}). Rating rule version ${header.ruleVersion}. Generated ${header.generatedAt}. Source: ${header.source}\r\n`;
  yield stringify([[...CSV_COLUMNS]], { record_delimiter: 'windows' });
  for await (const batch of batches) {
    const outcomes = byPractice(batch.outcomes);
    const records: unknown[][] = [];
    for (const practice of batch.practices) {
      const own = [
        practice.id,
        practiceUrl(base, practice),
        practice.title,
        practice.organisation,
        practice.curationLabel,
        practice.language,
        practice.targetGroups.join(';'),
        practice.preventionLevel,
        practice.settings.join(';'),
        practice.countries.join(';'),
        practice.languages.join(';'),
        practice.publishedAt?.toISOString() ?? '',
        ruleVersionOf(practice.evidenceRating),
      ];
      const rows = outcomes.get(practice.id) ?? [];
      if (rows.length === 0) records.push([...own, ...Array<string>(CSV_COLUMNS.length - own.length).fill('')]);
      for (const row of rows) {
        const rating = practice.evidenceRating?.outcomes?.find((outcome) => outcome.construct === row.construct);
        records.push([
          ...own,
          row.construct,
          rating?.strength ?? '',
          rating?.direction ?? '',
          row.evaluationId,
          row.design,
          row.sampleSize,
          row.followUpMonths ?? '',
          row.riskOfBias,
          row.independence,
          row.citation,
          row.doi ?? '',
          row.registrationId ?? '',
          row.measure,
          row.direction,
          row.significant,
          row.effectSize ?? '',
          row.sustained12Months,
        ]);
      }
    }
    yield stringify(records, { record_delimiter: 'windows', quoted_string: true, cast: { boolean: String } });
  }
}

/**
 * JSON: one object whose header fields (licence, rule version...) come first, then `practices`, written one
 * practice at a time so that the whole library is never one string in memory.
 */
export async function* jsonExport(batches: AsyncIterable<ExportBatch>, base: string): AsyncGenerator<string> {
  const header = JSON.stringify(openDataHeader(base));
  yield `${header.slice(0, -1)},"practices":[`;
  let first = true;
  for await (const batch of batches) {
    const outcomes = byPractice(batch.outcomes);
    const parts: string[] = [];
    for (const practice of batch.practices) {
      parts.push(JSON.stringify(exportedPractice(practice, outcomes.get(practice.id) ?? [], base)));
    }
    if (parts.length === 0) continue;
    yield `${first ? '' : ','}\n${parts.join(',\n')}`;
    first = false;
  }
  yield '\n]}\n';
}

function exportedPractice(practice: ExportPracticeRow, outcomes: ExportOutcomeRow[], base: string) {
  const evaluations = new Map<string, Record<string, unknown> & { outcomes: unknown[] }>();
  for (const row of outcomes) {
    let evaluation = evaluations.get(row.evaluationId);
    if (!evaluation) {
      evaluation = {
        id: row.evaluationId,
        design: row.design,
        sampleSize: row.sampleSize,
        followUpMonths: row.followUpMonths,
        riskOfBias: row.riskOfBias,
        independence: row.independence,
        citation: row.citation,
        doi: row.doi,
        registrationId: row.registrationId,
        outcomes: [],
      };
      evaluations.set(row.evaluationId, evaluation);
    }
    evaluation.outcomes.push({
      construct: row.construct,
      measure: row.measure,
      direction: row.direction,
      significant: row.significant,
      effectSize: row.effectSize,
      sustained12Months: row.sustained12Months,
    });
  }
  return {
    id: practice.id,
    url: practiceUrl(base, practice),
    title: practice.title,
    summary: practice.summary,
    organisation: practice.organisation,
    curationLabel: practice.curationLabel,
    language: practice.language,
    targetGroups: practice.targetGroups,
    preventionLevel: practice.preventionLevel,
    settings: practice.settings,
    countries: practice.countries,
    languages: practice.languages,
    publishedAt: practice.publishedAt?.toISOString() ?? null,
    ruleVersion: ruleVersionOf(practice.evidenceRating),
    evidenceRating: practice.evidenceRating,
    evaluations: [...evaluations.values()],
  };
}
