import type { SearchResults } from '@pn/shared';
import { randomUUID } from 'node:crypto';
import type { TestApp } from './app';
import type { BuiltUser } from './factories';

export interface PracticeOverrides {
  title?: string;
  summary?: string;
  description?: string;
  language?: string;
  /** `draft`, `submitted`, `returned` (never published) or `inspiring`, `peer-reviewed`, `archived` (published). */
  label?: string;
  countries?: string[];
  targetGroups?: string[];
  ratingDirections?: string[];
}

const PUBLISHED = ['inspiring', 'peer-reviewed', 'archived'];

/** A practice with its first revision, straight in the database (search reads their tables, not their API). */
export async function buildPractice(
  app: TestApp,
  author: BuiltUser,
  overrides: PracticeOverrides = {},
): Promise<string> {
  const label = overrides.label ?? 'inspiring';
  const published = PUBLISHED.includes(label);
  const [practice] = (await app.dataSource.query(
    `INSERT INTO practices (author_id, curation_label, published_revision, title, summary, organisation, language,
       target_groups, prevention_level, settings, countries, evidence_rating, rating_directions, published_at)
     VALUES ($1, $2, $3, $4, $5, 'Test organisation', $6, $7, 'secondary', '{online}', $8, '{}'::jsonb, $9, $10)
     RETURNING id`,
    [
      author.user.id,
      label,
      published ? 1 : null,
      overrides.title ?? 'A practice',
      overrides.summary ?? 'A short summary of the practice.',
      overrides.language ?? 'en',
      overrides.targetGroups ?? ['people-who-fear-they-might-offend'],
      overrides.countries ?? ['DE'],
      overrides.ratingDirections ?? [],
      published ? new Date() : null,
    ],
  )) as Array<{ id: string }>;
  await app.dataSource.query(
    `INSERT INTO practice_revisions (practice_id, number, state, author_id, title, summary, description, language,
       target_groups, prevention_level, settings, countries, organisation)
     SELECT id, 1, $2, author_id, title, summary, $3, language, target_groups, prevention_level, settings, countries,
       organisation FROM practices WHERE id = $1`,
    [practice!.id, published ? 'published' : label, overrides.description ?? 'How the practice works.'],
  );
  return practice!.id;
}

/** An evaluation of a practice, straight in the database. */
export async function buildEvaluation(
  app: TestApp,
  practiceId: string,
  author: BuiltUser,
  summary: string,
): Promise<string> {
  const [row] = (await app.dataSource.query(
    `INSERT INTO evaluations (practice_id, author_id, design, sample_size, risk_of_bias, citation, summary)
     VALUES ($1, $2, 'rct', 120, 'low', 'Author A. (2024). A trial.', $3) RETURNING id`,
    [practiceId, author.user.id, summary],
  )) as Array<{ id: string }>;
  return row!.id;
}

/** Posts a message through the API, as a member of the thread's group. */
export async function postMessage(
  app: TestApp,
  member: BuiltUser,
  threadId: string,
  body: string,
  language?: string,
): Promise<string> {
  const response = await app.request('POST', `/api/threads/${threadId}/messages`, {
    token: member.token,
    body: { body, clientId: randomUUID(), ...(language ? { language } : {}) },
  });
  if (response.status !== 201) throw new Error(`posting failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.id as string;
}

/** Searches as someone (no token: a visitor) and expects a 200. */
export async function search(app: TestApp, token: string | undefined, query: Record<string, string | number>) {
  const params = new URLSearchParams(
    Object.entries(query).map(([key, value]): [string, string] => [key, String(value)]),
  );
  const response = await app.request('GET', `/api/search?${params}`, { token });
  if (response.status !== 200) throw new Error(`search failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as SearchResults;
}
