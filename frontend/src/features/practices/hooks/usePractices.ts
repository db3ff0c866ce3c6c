import type { VerificationState } from '@pn/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  curationQueueQuery,
  evidenceRuleQuery,
  verificationQueueQuery,
  feedbackListQuery,
  historyQuery,
  notRatedQuery,
  practiceListQuery,
  practiceQuery,
  resourceSearchQuery,
  revisionsQuery,
  type CurationQueue,
  type PracticeFilters,
} from '../api';
import { usePagedQuery } from '../../../lib/usePagedQuery';

/** The practices, page by page; the previous results stay shown while new filters load. */
export function usePracticeList(filters: PracticeFilters) {
  return usePagedQuery({ ...practiceListQuery(filters), placeholderData: keepPreviousData });
}

export function useCurationQueue(queue: CurationQueue) {
  return usePagedQuery(curationQueueQuery(queue));
}

export function useNotRated() {
  return usePagedQuery(notRatedQuery());
}

export function useVerificationQueue(state: VerificationState) {
  return usePagedQuery(verificationQueueQuery(state));
}

export function useEvidenceRule() {
  return useQuery(evidenceRuleQuery());
}

export function usePractice(id: string) {
  return useQuery(practiceQuery(id));
}

/** Revisions and history are for the author and coordinators: loaded only when they are shown. */
export function useRevisions(id: string, enabled: boolean) {
  return useQuery({ ...revisionsQuery(id), enabled });
}

export function useHistory(id: string, enabled: boolean) {
  return useQuery({ ...historyQuery(id), enabled });
}

export function useFeedbackList(id: string) {
  return usePagedQuery(feedbackListQuery(id));
}

/** Resources to link, searched once at least 2 characters are typed (pass a debounced value). */
export function useResourceSearch(text: string) {
  const q = text.trim();
  const searchable = q.length >= 2;
  const query = useQuery({ ...resourceSearchQuery(q), enabled: searchable, placeholderData: keepPreviousData });
  return { ...query, searchable };
}
