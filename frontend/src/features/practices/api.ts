import {
  COUNTRY_CODES,
  LANGUAGE_CODES,
  PREVENTION_LEVELS,
  OUTCOME_CONSTRUCTS,
  RATING_DIRECTIONS,
  SETTINGS,
  TARGET_GROUPS,
  type CreateEvaluationRequest,
  type CreateFeedbackRequest,
  type CreatePracticeRequest,
  type CurationEvent,
  type Evaluation,
  type Feedback,
  type Page,
  type Practice,
  type PracticeRevision,
  type PracticeSummary,
  type PreventionLevel,
  type OutcomeConstruct,
  type RatingDirection,
  type ResourceSummary,
  type ReviewPracticeRequest,
  type Setting,
  type TargetGroup,
  type UpdateEvaluationRequest,
  type UpdatePracticeRequest,
  type EvidenceRule,
  type QueuedEvaluation,
  type VerificationRequest,
  type VerificationState,
} from '@pn/shared';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { http, withQuery } from '../../lib/http';

/** What the list of practices is searched and filtered by; all of it lives in the page's address. */
export interface PracticeFilters {
  q?: string;
  targetGroup?: TargetGroup;
  preventionLevel?: PreventionLevel;
  setting?: Setting;
  country?: string;
  language?: string;
  rating?: RatingDirection;
  minStrength?: number;
  /** With a verified evaluation that measured this outcome (a cell of the evidence gap map). */
  construct?: OutcomeConstruct;
  /** Only the caller's own practices, whatever their curation label. */
  mine?: boolean;
}

/** The queues of the curation page: a curation label, or the published ones proposed for archiving. */
export type CurationQueue = 'submitted' | 'archive-proposed' | 'returned';
export const CURATION_QUEUES: readonly CurationQueue[] = ['submitted', 'archive-proposed', 'returned'];

export const practiceKeys = {
  all: ['practices'] as const,
  lists: () => [...practiceKeys.all, 'list'] as const,
  list: (filters: PracticeFilters) => [...practiceKeys.lists(), filters] as const,
  queue: (queue: CurationQueue) => [...practiceKeys.lists(), 'queue', queue] as const,
  notRated: () => [...practiceKeys.lists(), 'not-rated'] as const,
  details: () => [...practiceKeys.all, 'detail'] as const,
  detail: (id: string) => [...practiceKeys.details(), id] as const,
  /** Revisions, history and feedback of one practice: refetched together after a change to it. */
  about: (id: string) => [...practiceKeys.all, 'about', id] as const,
  revisions: (id: string) => [...practiceKeys.about(id), 'revisions'] as const,
  revision: (id: string, number: number) => [...practiceKeys.revisions(id), number] as const,
  history: (id: string) => [...practiceKeys.about(id), 'history'] as const,
  feedback: (id: string) => [...practiceKeys.about(id), 'feedback'] as const,
  /** The verification queue of evaluations in one state. */
  verificationQueue: (state: VerificationState) => [...practiceKeys.all, 'verification', state] as const,
  /** The evidence rule in force: what the rating applies. */
  rule: () => ['evidence-rule'] as const,
  /** Resources offered to link to a practice, found by their title. */
  resourceSearch: (q: string) => [...practiceKeys.all, 'resource-search', q] as const,
};

export const PRACTICE_PAGE_SIZE = 20;
export const RESOURCE_SEARCH_LIMIT = 8;

const practicePath = (id: string) => `/practices/${encodeURIComponent(id)}`;

/** The clean, shareable address of a practice's page. */
export const practiceHref = (practice: Pick<PracticeSummary, 'id' | 'slug'>) =>
  practice.slug ? `/practices/${practice.id}/${practice.slug}` : `/practices/${practice.id}`;

export const practiceListQuery = (filters: PracticeFilters) =>
  infiniteQueryOptions({
    queryKey: practiceKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      http.get<Page<PracticeSummary>>(
        withQuery('/practices', {
          ...filters,
          mine: filters.mine ? 'true' : undefined,
          limit: PRACTICE_PAGE_SIZE,
          cursor: pageParam,
        }),
        { signal },
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const curationQueueQuery = (queue: CurationQueue) =>
  infiniteQueryOptions({
    queryKey: practiceKeys.queue(queue),
    queryFn: ({ pageParam, signal }) =>
      http.get<Page<PracticeSummary>>(
        withQuery('/practices', { status: queue, limit: PRACTICE_PAGE_SIZE, cursor: pageParam }),
        { signal },
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** Reviewed (published) practices that no evaluation rates yet: the registries' "reviewed, not rated" list. */
export const notRatedQuery = () =>
  infiniteQueryOptions({
    queryKey: practiceKeys.notRated(),
    queryFn: ({ pageParam, signal }) =>
      http.get<Page<PracticeSummary>>(
        withQuery('/practices', { rated: 'false', limit: PRACTICE_PAGE_SIZE, cursor: pageParam }),
        { signal },
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const verificationQueueQuery = (state: VerificationState) =>
  infiniteQueryOptions({
    queryKey: practiceKeys.verificationQueue(state),
    queryFn: ({ pageParam, signal }) =>
      http.get<Page<QueuedEvaluation>>(
        withQuery('/evaluations', { verification: state, limit: PRACTICE_PAGE_SIZE, cursor: pageParam }),
        { signal },
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** The rule changes only with a release: kept for the session once read. */
export const evidenceRuleQuery = () =>
  queryOptions({
    queryKey: practiceKeys.rule(),
    queryFn: ({ signal }) => http.get<EvidenceRule>('/evidence/rule', { signal }),
    staleTime: Infinity,
  });

export const practiceQuery = (id: string) =>
  queryOptions({
    queryKey: practiceKeys.detail(id),
    queryFn: ({ signal }) => http.get<Practice>(practicePath(id), { signal }),
  });

export const revisionsQuery = (id: string) =>
  queryOptions({
    queryKey: practiceKeys.revisions(id),
    queryFn: ({ signal }) => http.get<PracticeRevision[]>(`${practicePath(id)}/revisions`, { signal }),
  });

export const historyQuery = (id: string) =>
  queryOptions({
    queryKey: practiceKeys.history(id),
    queryFn: ({ signal }) => http.get<CurationEvent[]>(`${practicePath(id)}/history`, { signal }),
  });

export const feedbackListQuery = (id: string) =>
  infiniteQueryOptions({
    queryKey: practiceKeys.feedback(id),
    queryFn: ({ pageParam, signal }) =>
      http.get<Page<Feedback>>(
        withQuery(`${practicePath(id)}/feedback`, { limit: PRACTICE_PAGE_SIZE, cursor: pageParam }),
        { signal },
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** Resources the caller may see whose title matches `q`, to link to a practice. */
export const resourceSearchQuery = (q: string) =>
  queryOptions({
    queryKey: practiceKeys.resourceSearch(q),
    queryFn: ({ signal }) =>
      http.get<Page<ResourceSummary>>(withQuery('/resources', { q, limit: RESOURCE_SEARCH_LIMIT }), { signal }),
    staleTime: 30_000,
  });

export const createPractice = (body: CreatePracticeRequest) => http.post<Practice>('/practices', body);
export const updatePractice = (id: string, body: UpdatePracticeRequest) => http.patch<Practice>(practicePath(id), body);
export const submitPractice = (id: string) => http.post<Practice>(`${practicePath(id)}/submit`);
export const reviewPractice = (id: string, body: ReviewPracticeRequest) =>
  http.post<Practice>(`${practicePath(id)}/review`, body);
export const createEvaluation = (practiceId: string, body: CreateEvaluationRequest) =>
  http.post<Evaluation>(`${practicePath(practiceId)}/evaluations`, body);
export const updateEvaluation = (id: string, body: UpdateEvaluationRequest) =>
  http.patch<Evaluation>(`/evaluations/${encodeURIComponent(id)}`, body);
export const verifyEvaluation = (id: string, body: VerificationRequest) =>
  http.post<Evaluation>(`/evaluations/${encodeURIComponent(id)}/verification`, body);
export const createFeedback = (practiceId: string, body: CreateFeedbackRequest) =>
  http.post<Feedback>(`${practicePath(practiceId)}/feedback`, body);

const pick = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : undefined;

/** Reads the filters from the address, ignoring values outside the vocabularies. */
export function parsePracticeFilters(params: URLSearchParams): PracticeFilters {
  const q = params.get('q')?.trim() ?? '';
  const strength = Number(params.get('minStrength') ?? '');
  const filters: PracticeFilters = {
    q: q || undefined,
    targetGroup: pick(TARGET_GROUPS, params.get('targetGroup')),
    preventionLevel: pick(PREVENTION_LEVELS, params.get('preventionLevel')),
    setting: pick(SETTINGS, params.get('setting')),
    country: pick(COUNTRY_CODES, params.get('country')?.toUpperCase() ?? null),
    language: pick(LANGUAGE_CODES, params.get('language')?.toLowerCase() ?? null),
    rating: pick(RATING_DIRECTIONS, params.get('rating')),
    // 0 filters nothing: every practice has at least strength 0.
    minStrength: Number.isInteger(strength) && strength >= 1 && strength <= 4 ? strength : undefined,
    construct: pick(OUTCOME_CONSTRUCTS, params.get('construct')),
    mine: params.get('mine') === 'true' ? true : undefined,
  };
  // Only what is set, so that equal filters make equal query keys.
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as PracticeFilters;
}

/** The address's search parameters for these filters (the inverse of `parsePracticeFilters`). */
export function practiceFiltersToParams(filters: PracticeFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters) as [string, string | number | boolean | undefined][]) {
    if (value === undefined || value === '' || value === false) continue;
    params.set(key, String(value));
  }
  return params;
}
