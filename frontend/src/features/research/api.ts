import {
  COUNTRY_CODES,
  LANGUAGE_CODES,
  OUTCOME_CONSTRUCTS,
  PREVENTION_LEVELS,
  RESEARCH_QUESTION_STATUSES,
  SETTINGS,
  TARGET_GROUPS,
  type CreateResearchQuestionRequest,
  type GapMap,
  type MoveResearchQuestionRequest,
  type OutcomeConstruct,
  type Page,
  type PreventionLevel,
  type ResearchQuestion,
  type ResearchQuestionStatus,
  type Setting,
  type TargetGroup,
} from '@pn/shared';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { http, withQuery } from '../../lib/http';

/** What the gap map is filtered by; it lives in the page's address. */
export interface GapMapFilters {
  country?: string;
  language?: string;
  setting?: Setting;
  preventionLevel?: PreventionLevel;
}

/** What the list of research questions is filtered by. */
export interface QuestionFilters {
  status?: ResearchQuestionStatus;
  practiceId?: string;
  targetGroup?: TargetGroup;
  construct?: OutcomeConstruct;
  evaluationId?: string;
}

export const researchKeys = {
  all: ['research'] as const,
  gapMap: (filters: GapMapFilters) => [...researchKeys.all, 'gap-map', filters] as const,
  questions: () => [...researchKeys.all, 'questions'] as const,
  questionList: (filters: QuestionFilters) => [...researchKeys.questions(), 'list', filters] as const,
  question: (id: string) => [...researchKeys.questions(), 'detail', id] as const,
};

export const QUESTION_PAGE_SIZE = 20;

const pick = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : undefined;

const defined = <T extends object>(object: T): T =>
  Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;

export function parseGapMapFilters(params: URLSearchParams): GapMapFilters {
  return defined({
    country: pick(COUNTRY_CODES, params.get('country')?.toUpperCase() ?? null),
    language: pick(LANGUAGE_CODES, params.get('language')?.toLowerCase() ?? null),
    setting: pick(SETTINGS, params.get('setting')),
    preventionLevel: pick(PREVENTION_LEVELS, params.get('preventionLevel')),
  });
}

export function parseQuestionFilters(params: URLSearchParams): QuestionFilters {
  return defined({
    status: pick(RESEARCH_QUESTION_STATUSES, params.get('status')),
    targetGroup: pick(TARGET_GROUPS, params.get('targetGroup')),
    construct: pick(OUTCOME_CONSTRUCTS, params.get('construct')),
  });
}

/** The address's parameters for some filters (values left out when unset). */
export function toParams(filters: object): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return params;
}

export const gapMapQuery = (filters: GapMapFilters) =>
  queryOptions({
    queryKey: researchKeys.gapMap(filters),
    queryFn: ({ signal }) => http.get<GapMap>(withQuery('/evidence/gap-map', { ...filters }), { signal }),
  });

export const questionListQuery = (filters: QuestionFilters) =>
  infiniteQueryOptions({
    queryKey: researchKeys.questionList(filters),
    queryFn: ({ pageParam, signal }) =>
      http.get<Page<ResearchQuestion>>(
        withQuery('/research-questions', { ...filters, limit: QUESTION_PAGE_SIZE, cursor: pageParam }),
        { signal },
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const questionQuery = (id: string) =>
  queryOptions({
    queryKey: researchKeys.question(id),
    queryFn: ({ signal }) => http.get<ResearchQuestion>(questionPath(id), { signal }),
  });

const questionPath = (id: string) => `/research-questions/${encodeURIComponent(id)}`;

export const createQuestion = (body: CreateResearchQuestionRequest) =>
  http.post<ResearchQuestion>('/research-questions', body);
export const claimQuestion = (id: string) => http.post<ResearchQuestion>(`${questionPath(id)}/claim`);
export const moveQuestion = (id: string, body: MoveResearchQuestionRequest) =>
  http.post<ResearchQuestion>(`${questionPath(id)}/status`, body);
export const voteQuestion = (id: string, up: boolean) =>
  up
    ? http.post<ResearchQuestion>(`${questionPath(id)}/vote`)
    : http.delete<ResearchQuestion>(`${questionPath(id)}/vote`);
export const followQuestion = (id: string, follow: boolean) =>
  follow
    ? http.post<ResearchQuestion>(`${questionPath(id)}/follow`)
    : http.delete<ResearchQuestion>(`${questionPath(id)}/follow`);
export const mergeQuestion = (id: string, intoId: string) =>
  http.post<ResearchQuestion>(`${questionPath(id)}/merge`, { intoId });

/** The open-data export's address (a download, not an API call of the app). */
export const exportHref = (format: 'csv' | 'json') => `/api/practices/export?format=${format}`;
