import type {
  CreateEvaluationRequest,
  CreateFeedbackRequest,
  CreatePracticeRequest,
  CurationLabel,
  Evaluation,
  VerificationState,
  EvidenceRating,
  Feedback,
  Practice,
  UpdatePracticeRequest,
} from '@pn/shared';
import { rateEvidence } from '@pn/shared';
import { randomBytes } from 'node:crypto';
import type { TestApp } from '../app';
import { buildUser, idOf, type BuiltUser, type Someone } from './users';

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

/** A practitioner's report of using a practice: useful (4 of 5) unless told otherwise. */
export function feedbackBody(overrides: Partial<CreateFeedbackRequest> = {}): CreateFeedbackRequest {
  return {
    country: 'se',
    setting: 'school',
    reached: 40,
    worked: 'Staff training.',
    didNotWork: 'Timing.',
    usefulness: 4,
    ...overrides,
  };
}

function expectStatus(response: { status: number; body: unknown }, status: number, doing: string): void {
  if (response.status !== status) throw new Error(`${doing}: ${response.status} ${JSON.stringify(response.body)}`);
}

export interface PracticeOverrides extends Partial<CreatePracticeRequest> {
  /** The author; a new active practitioner unless given. */
  author?: BuiltUser;
  /** Who decides on it when it is submitted; a new coordinator unless given. */
  reviewer?: BuiltUser;
  /**
   * Where the curation flow leaves it: `draft` (the default), `submitted`, then decided: `returned` (with a
   * reason), `inspiring`, `peer-reviewed`, or `archived` (published as inspiring, then archived).
   */
  status?: CurationLabel;
  /** Changes the author makes after it is published: a pending revision (number 2) with them. */
  revision?: UpdatePracticeRequest;
}

/** A practice through the API, taken along the curation flow as far as `status` says. */
export async function buildPractice(app: TestApp, overrides: PracticeOverrides = {}): Promise<Practice> {
  const { author: givenAuthor, reviewer: givenReviewer, status = 'draft', revision, ...fields } = overrides;
  const author = givenAuthor ?? (await buildUser(app));
  const created = await app.request('POST', '/api/practices', { token: author.token, body: practiceBody(fields) });
  expectStatus(created, 201, 'creating a practice');
  let practice: Practice = created.body;
  if (status === 'draft') return practice;
  const submitted = await app.request('POST', `/api/practices/${practice.id}/submit`, { token: author.token });
  expectStatus(submitted, 200, 'submitting');
  practice = submitted.body;
  if (status === 'submitted') return practice;
  const reviewer = givenReviewer ?? (await buildUser(app, { role: 'coordinator' }));
  const review = async (decision: string) => {
    const reviewed = await app.request('POST', `/api/practices/${practice.id}/review`, {
      token: reviewer.token,
      body: { decision, comment: decision === 'return' ? 'Please add the costs.' : undefined },
    });
    expectStatus(reviewed, 200, 'reviewing');
    practice = reviewed.body;
  };
  await review(status === 'returned' ? 'return' : status === 'peer-reviewed' ? 'peer-review' : 'publish');
  if (status === 'archived') await review('archive');
  if (revision) {
    const edited = await app.request('PATCH', `/api/practices/${practice.id}`, { token: author.token, body: revision });
    expectStatus(edited, 200, 'revising');
    practice = edited.body;
  }
  return practice;
}

export interface PracticeRowOverrides {
  /** A new active practitioner unless given. */
  author?: Someone;
  title?: string;
  summary?: string;
  description?: string;
  language?: string;
  /** `draft`, `submitted`, `returned` (never published) or `inspiring`, `peer-reviewed`, `archived` (published). */
  label?: CurationLabel;
  countries?: string[];
  targetGroups?: string[];
  ratingDirections?: string[];
}

const PUBLISHED: string[] = ['inspiring', 'peer-reviewed', 'archived'];

/**
 * A practice with its first revision straight in the database, published (`inspiring`) unless told
 * otherwise: for tests of what reads the tables (search), not of the curation flow. Answers its id.
 */
export async function buildPracticeRow(app: TestApp, overrides: PracticeRowOverrides = {}): Promise<string> {
  const authorId = idOf(overrides.author ?? (await buildUser(app)));
  const label = overrides.label ?? 'inspiring';
  const published = PUBLISHED.includes(label);
  const [practice] = (await app.dataSource.query(
    `INSERT INTO practices (author_id, curation_label, published_revision, title, summary, organisation, language,
       target_groups, prevention_level, settings, countries, evidence_rating, rating_directions, published_at)
     VALUES ($1, $2, $3, $4, $5, 'Test organisation', $6, $7, 'secondary', '{online}', $8, $11::jsonb, $9, $10)
     RETURNING id`,
    [
      authorId,
      label,
      published ? 1 : null,
      overrides.title ?? 'A practice',
      overrides.summary ?? 'A short summary of the practice.',
      overrides.language ?? 'en',
      overrides.targetGroups ?? ['people-who-fear-they-might-offend'],
      overrides.countries ?? ['DE'],
      overrides.ratingDirections ?? [],
      published ? new Date() : null,
      // What the app stores for a practice not yet evaluated, so that the practice reads as the API gives it.
      JSON.stringify(rateEvidence([])),
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

export interface EvaluationOverrides extends Partial<CreateEvaluationRequest> {
  /** The practice evaluated; a new published one unless given. */
  practice?: { id: string };
  /** A researcher; a new one unless given. */
  author?: BuiltUser;
  /**
   * Where it stands: verified unless told (by a new researcher, a second reviewer), so that it rates; `awaiting`
   * as posted; `returned` to its author with a comment.
   */
  verification?: VerificationState;
}

/** An evaluation posted through the API by a researcher, then verified: the practice's rating follows. */
export async function buildEvaluation(app: TestApp, overrides: EvaluationOverrides = {}): Promise<Evaluation> {
  const { practice: given, author: givenAuthor, verification = 'verified', ...fields } = overrides;
  const practice = given ?? (await buildPractice(app, { status: 'inspiring' }));
  const author = givenAuthor ?? (await buildUser(app, { role: 'researcher', profession: 'researchers' }));
  const response = await app.request('POST', `/api/practices/${practice.id}/evaluations`, {
    token: author.token,
    body: evaluationBody(fields),
  });
  expectStatus(response, 201, 'evaluating');
  if (verification === 'awaiting') return response.body;
  const reviewer = await buildUser(app, { role: 'researcher', profession: 'researchers' });
  const decided = await app.request('POST', `/api/evaluations/${response.body.id}/verification`, {
    token: reviewer.token,
    body:
      verification === 'verified'
        ? { decision: 'verify' }
        : { decision: 'return', comment: 'Please check the outcome coding against the paper.' },
  });
  expectStatus(decided, 200, 'verifying');
  // As its author sees it.
  return { ...(response.body as Evaluation), verification, verificationComment: decided.body.verificationComment };
}

export interface EvaluationRowOverrides {
  practice: { id: string };
  /** A new researcher unless given. */
  author?: Someone;
  summary?: string;
  /** Verified unless told: shown to everyone who reads the practice. */
  verification?: VerificationState;
}

/** An evaluation straight in the database, without outcomes and with no effect on the rating. Answers its id. */
export async function buildEvaluationRow(app: TestApp, overrides: EvaluationRowOverrides): Promise<string> {
  const authorId = idOf(overrides.author ?? (await buildUser(app, { role: 'researcher' })));
  const [row] = (await app.dataSource.query(
    `INSERT INTO evaluations (practice_id, author_id, design, sample_size, risk_of_bias, citation, summary, verification)
     VALUES ($1, $2, 'rct', 120, 'low', 'Author A. (2024). A trial.', $3, $4) RETURNING id`,
    [
      overrides.practice.id,
      authorId,
      overrides.summary ?? 'A trial of the practice.',
      overrides.verification ?? 'verified',
    ],
  )) as Array<{ id: string }>;
  return row!.id;
}

/**
 * A practice's evidence rating: the evaluations given (one significant positive RCT unless told otherwise)
 * posted on it, and the rating they make, as the practice then shows it.
 */
export async function buildRating(
  app: TestApp,
  overrides: {
    practice?: { id: string };
    author?: BuiltUser;
    evaluations?: Array<Partial<CreateEvaluationRequest>>;
  } = {},
): Promise<{ practiceId: string; evaluations: Evaluation[]; rating: EvidenceRating }> {
  const practice = overrides.practice ?? (await buildPractice(app, { status: 'inspiring' }));
  const evaluations: Evaluation[] = [];
  for (const fields of overrides.evaluations ?? [{}]) {
    evaluations.push(await buildEvaluation(app, { ...fields, practice, author: overrides.author }));
  }
  const shown = await app.request('GET', `/api/practices/${practice.id}`);
  expectStatus(shown, 200, 'reading the practice');
  return { practiceId: practice.id, evaluations, rating: (shown.body as Practice).evidenceRating };
}

export interface FeedbackOverrides extends Partial<CreateFeedbackRequest> {
  /** The practice reported on; a new published one unless given. */
  practice?: { id: string };
  /** An active member who is not its author; a new practitioner unless given. */
  author?: BuiltUser;
}

/** A practitioner's feedback posted through the API. */
export async function buildFeedback(app: TestApp, overrides: FeedbackOverrides = {}): Promise<Feedback> {
  const { practice: given, author: givenAuthor, ...fields } = overrides;
  const practice = given ?? (await buildPractice(app, { status: 'inspiring' }));
  const author = givenAuthor ?? (await buildUser(app));
  const response = await app.request('POST', `/api/practices/${practice.id}/feedback`, {
    token: author.token,
    body: feedbackBody(fields),
  });
  expectStatus(response, 201, 'reporting feedback');
  return response.body;
}
