import type { CreateEvaluationRequest, CreatePracticeRequest, Practice, ReviewDecision } from '@pn/shared';
import { randomBytes } from 'node:crypto';
import type { TestApp } from './app';
import type { BuiltUser } from './factories';

/** A complete, valid practice; `overrides` change or add fields. */
export function practiceBody(overrides: Partial<CreatePracticeRequest> = {}): CreatePracticeRequest {
  return {
    title: `Group therapy for people who fear they might offend ${randomBytes(3).toString('hex')}`,
    summary: 'Free and confidential group therapy, led by two trained therapists.',
    description: 'Weekly sessions over a year, with a manual and supervision.',
    language: 'en',
    targetGroups: ['people-who-fear-they-might-offend'],
    preventionLevel: 'secondary',
    settings: ['health-care'],
    countries: ['DE', 'DK'],
    languages: ['de', 'en'],
    organisation: 'A university hospital',
    ...overrides,
  };
}

/** A study with one significant positive outcome unless told otherwise. */
export function evaluationBody(overrides: Partial<CreateEvaluationRequest> = {}): CreateEvaluationRequest {
  return {
    design: 'rct',
    sampleSize: 160,
    riskOfBias: 'low',
    citation: 'A placebo-controlled trial of internet CBT, 2022.',
    summary: 'Fewer hours of use reported at the end of treatment.',
    outcomes: [{ construct: 'csam-use', measure: 'self-report', direction: 'positive', significant: true }],
    ...overrides,
  };
}

/** A draft through the API. */
export async function createPractice(
  app: TestApp,
  author: BuiltUser,
  overrides: Partial<CreatePracticeRequest> = {},
): Promise<Practice> {
  const response = await app.request('POST', '/api/practices', { token: author.token, body: practiceBody(overrides) });
  if (response.status !== 201)
    throw new Error(`creating a practice: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** A draft submitted by its author and decided by a coordinator (published unless told otherwise). */
export async function publishedPractice(
  app: TestApp,
  author: BuiltUser,
  coordinator: BuiltUser,
  overrides: Partial<CreatePracticeRequest> = {},
  decision: ReviewDecision = 'publish',
): Promise<Practice> {
  const practice = await createPractice(app, author, overrides);
  const submitted = await app.request('POST', `/api/practices/${practice.id}/submit`, { token: author.token });
  if (submitted.status !== 200) throw new Error(`submitting: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  const reviewed = await app.request('POST', `/api/practices/${practice.id}/review`, {
    token: coordinator.token,
    body: { decision, comment: decision === 'return' ? 'Please add the costs.' : undefined },
  });
  if (reviewed.status !== 200) throw new Error(`reviewing: ${reviewed.status} ${JSON.stringify(reviewed.body)}`);
  return reviewed.body;
}

/** A linked resource of the library straight in the database. */
export async function buildResource(
  app: TestApp,
  options: { scope: 'public' | 'members' | 'group'; groupId?: string; authorId?: string; title?: string },
): Promise<string> {
  const [row] = (await app.dataSource.query(
    `INSERT INTO resources (title, summary, type, language, country, audience, licence, scope, group_id, url, author_id)
     VALUES ($1, 'A resource made by a test.', 'toolkit', 'en', 'DK', 'professionals', 'cc-by', $2, $3,
             'https://example.org/toolkit', $4)
     RETURNING id`,
    [options.title ?? 'A toolkit', options.scope, options.groupId ?? null, options.authorId ?? null],
  )) as Array<{ id: string }>;
  return row!.id;
}
