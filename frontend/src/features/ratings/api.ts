import type {
  AssignReviewersRequest,
  CreateInquiryRequest,
  Inquiry,
  InquiryDecisionRequest,
  Page,
  Practice,
  PracticeInquiries,
  ReReviewRequest,
  ReviewDuePractice,
  ReviewerCandidate,
} from '@pn/shared';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { http, withQuery } from '../../lib/http';

export const RATINGS_PAGE_SIZE = 20;

export const ratingKeys = {
  all: ['ratings'] as const,
  inquiries: (practiceId: string) => [...ratingKeys.all, 'inquiries', practiceId] as const,
  queue: () => [...ratingKeys.all, 'queue'] as const,
  reviewDue: () => [...ratingKeys.all, 'review-due'] as const,
  candidates: (inquiryId: string) => [...ratingKeys.all, 'candidates', inquiryId] as const,
};

/** The practices feature's cache, refreshed when a re-review or an appeal changes what a practice shows. */
export const PRACTICES_CACHE_KEY = ['practices'] as const;

const practicePath = (id: string) => `/practices/${encodeURIComponent(id)}`;
const inquiryPath = (id: string) => `/inquiries/${encodeURIComponent(id)}`;

export const practiceInquiriesQuery = (practiceId: string) =>
  queryOptions({
    queryKey: ratingKeys.inquiries(practiceId),
    queryFn: ({ signal }) => http.get<PracticeInquiries>(`${practicePath(practiceId)}/inquiries`, { signal }),
  });

const paged = <T>(queryKey: readonly unknown[], path: string, extra: Record<string, string> = {}) =>
  infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam, signal }) =>
      http.get<Page<T>>(withQuery(path, { ...extra, limit: RATINGS_PAGE_SIZE, cursor: pageParam }), { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: Page<T>) => last.nextCursor ?? undefined,
  });

export const inquiryQueueQuery = () => paged<Inquiry>(ratingKeys.queue(), '/inquiries');
export const reviewDueQuery = () => paged<ReviewDuePractice>(ratingKeys.reviewDue(), '/practices/review-due');

export const reviewerCandidatesQuery = (inquiryId: string) =>
  queryOptions({
    queryKey: ratingKeys.candidates(inquiryId),
    queryFn: ({ signal }) => http.get<ReviewerCandidate[]>(`${inquiryPath(inquiryId)}/reviewer-candidates`, { signal }),
  });

export const fileInquiry = (practiceId: string, body: CreateInquiryRequest) =>
  http.post<Inquiry>(`${practicePath(practiceId)}/inquiries`, body);
export const assignReviewers = (inquiryId: string, body: AssignReviewersRequest) =>
  http.post<Inquiry>(`${inquiryPath(inquiryId)}/reviewers`, body);
export const decideInquiry = (inquiryId: string, body: InquiryDecisionRequest) =>
  http.post<Inquiry>(`${inquiryPath(inquiryId)}/decision`, body);
export const reReviewRating = (practiceId: string, body: ReReviewRequest) =>
  http.post<Practice>(`${practicePath(practiceId)}/re-review`, body);

/** A practice's page, by id (the page puts the slug in the address itself). */
export const practiceLink = (id: string) => `/practices/${id}`;
