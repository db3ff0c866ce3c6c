import type {
  CreateEvaluationRequest,
  CreateFeedbackRequest,
  CreatePracticeRequest,
  Practice,
  ReviewPracticeRequest,
  UpdateEvaluationRequest,
  UpdatePracticeRequest,
  VerificationRequest,
} from '@pn/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  createEvaluation,
  createFeedback,
  createPractice,
  practiceKeys,
  reviewPractice,
  submitPractice,
  updateEvaluation,
  updatePractice,
  verifyEvaluation,
} from '../api';

/**
 * A change to a practice changes its page, the lists (labels, ratings, queues) and its revisions and
 * history; the practice the API answers with is put in the cache at once.
 */
function usePracticeChanged(id: string) {
  const queryClient = useQueryClient();
  return (practice?: Practice) => {
    if (practice) queryClient.setQueryData<Practice>(practiceKeys.detail(practice.id), practice);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: practiceKeys.detail(id) }),
      queryClient.invalidateQueries({ queryKey: practiceKeys.lists() }),
      queryClient.invalidateQueries({ queryKey: practiceKeys.about(id) }),
    ]);
  };
}

export function useCreatePractice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePracticeRequest) => createPractice(body),
    onSuccess: (practice) => {
      queryClient.setQueryData<Practice>(practiceKeys.detail(practice.id), practice);
      return queryClient.invalidateQueries({ queryKey: practiceKeys.lists() });
    },
  });
}

export function useUpdatePractice(id: string) {
  const changed = usePracticeChanged(id);
  return useMutation({ mutationFn: (body: UpdatePracticeRequest) => updatePractice(id, body), onSuccess: changed });
}

export function useSubmitPractice(id: string) {
  const changed = usePracticeChanged(id);
  return useMutation({ mutationFn: () => submitPractice(id), onSuccess: changed });
}

export function useReviewPractice(id: string) {
  const changed = usePracticeChanged(id);
  return useMutation({ mutationFn: (body: ReviewPracticeRequest) => reviewPractice(id, body), onSuccess: changed });
}

/** The verification queues, which a new, corrected or decided evaluation changes. */
function useQueuesChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [...practiceKeys.all, 'verification'] });
}

/**
 * A new or corrected evaluation awaits verification: the practice's page (its label; the rating when a verified
 * one went back to awaiting), the lists and the verification queues are refetched.
 */
export function useCreateEvaluation(practiceId: string) {
  const changed = usePracticeChanged(practiceId);
  const queues = useQueuesChanged();
  return useMutation({
    mutationFn: (body: CreateEvaluationRequest) => createEvaluation(practiceId, body),
    onSuccess: () => Promise.all([changed(), queues()]),
  });
}

export function useUpdateEvaluation(practiceId: string) {
  const changed = usePracticeChanged(practiceId);
  const queues = useQueuesChanged();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateEvaluationRequest }) => updateEvaluation(id, body),
    onSuccess: () => Promise.all([changed(), queues()]),
  });
}

/** A reviewer's decision changes the rating, the evaluation's label and the verification queues. */
export function useVerifyEvaluation(practiceId: string) {
  const changed = usePracticeChanged(practiceId);
  const queues = useQueuesChanged();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: VerificationRequest }) => verifyEvaluation(id, body),
    onSuccess: () => Promise.all([changed(), queues()]),
  });
}

/** New feedback changes the summary on the practice's page and the list of reports. */
export function useCreateFeedback(practiceId: string) {
  const changed = usePracticeChanged(practiceId);
  return useMutation({
    mutationFn: (body: CreateFeedbackRequest) => createFeedback(practiceId, body),
    onSuccess: () => changed(),
  });
}
