import type { AssignReviewersRequest, CreateInquiryRequest, InquiryDecisionRequest, ReReviewRequest } from '@pn/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { usePagedQuery } from '../../../lib/usePagedQuery';
import {
  assignReviewers,
  decideInquiry,
  fileInquiry,
  inquiryQueueQuery,
  practiceInquiriesQuery,
  PRACTICES_CACHE_KEY,
  ratingKeys,
  reReviewRating,
  reviewDueQuery,
  reviewerCandidatesQuery,
} from '../api';

/** Only for a practice whose rating is public: drafts have none to ask about. */
export const usePracticeInquiries = (practiceId: string, enabled = true) =>
  useQuery({ ...practiceInquiriesQuery(practiceId), enabled });
export const useInquiryQueue = () => usePagedQuery(inquiryQueueQuery());
export const useReviewDue = () => usePagedQuery(reviewDueQuery());
export const useReviewerCandidates = (inquiryId: string) => useQuery(reviewerCandidatesQuery(inquiryId));

/** Any step of an inquiry or a re-review changes the practice's inquiries, the queues and the practice itself. */
function useRatingsChanged() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ratingKeys.all }),
      queryClient.invalidateQueries({ queryKey: PRACTICES_CACHE_KEY }),
    ]);
}

export function useFileInquiry(practiceId: string) {
  const changed = useRatingsChanged();
  return useMutation({
    mutationFn: (body: CreateInquiryRequest) => fileInquiry(practiceId, body),
    onSuccess: changed,
  });
}

export function useAssignReviewers(inquiryId: string) {
  const changed = useRatingsChanged();
  return useMutation({
    mutationFn: (body: AssignReviewersRequest) => assignReviewers(inquiryId, body),
    onSuccess: changed,
  });
}

export function useDecideInquiry(inquiryId: string) {
  const changed = useRatingsChanged();
  return useMutation({
    mutationFn: (body: InquiryDecisionRequest) => decideInquiry(inquiryId, body),
    onSuccess: changed,
  });
}

export function useReReview(practiceId: string) {
  const changed = useRatingsChanged();
  return useMutation({
    mutationFn: (body: ReReviewRequest) => reReviewRating(practiceId, body),
    onSuccess: changed,
  });
}
