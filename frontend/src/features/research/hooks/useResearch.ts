import type { MoveResearchQuestionRequest, ResearchQuestion } from '@pn/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { usePagedQuery } from '../../../lib/usePagedQuery';
import {
  claimQuestion,
  createQuestion,
  followQuestion,
  gapMapQuery,
  mergeQuestion,
  moveQuestion,
  questionListQuery,
  questionQuery,
  researchKeys,
  voteQuestion,
  type GapMapFilters,
  type QuestionFilters,
} from '../api';

export const useGapMap = (filters: GapMapFilters) => useQuery(gapMapQuery(filters));
export const useQuestionList = (filters: QuestionFilters, enabled = true) =>
  usePagedQuery({ ...questionListQuery(filters), enabled });
export const useQuestion = (id: string) => useQuery(questionQuery(id));

/** A question changed: its page shows the answer at once, and the lists are fetched again. */
function useQuestionChanged() {
  const client = useQueryClient();
  return (question: ResearchQuestion) => {
    client.setQueryData(researchKeys.question(question.id), question);
    return client.invalidateQueries({ queryKey: researchKeys.questions() });
  };
}

export function useCreateQuestion() {
  const changed = useQuestionChanged();
  return useMutation({ mutationFn: createQuestion, onSuccess: changed });
}

export function useQuestionActions(id: string) {
  const changed = useQuestionChanged();
  return {
    claim: useMutation({ mutationFn: () => claimQuestion(id), onSuccess: changed }),
    move: useMutation({
      mutationFn: (body: MoveResearchQuestionRequest) => moveQuestion(id, body),
      onSuccess: changed,
    }),
    vote: useMutation({ mutationFn: (up: boolean) => voteQuestion(id, up), onSuccess: changed }),
    follow: useMutation({ mutationFn: (follow: boolean) => followQuestion(id, follow), onSuccess: changed }),
    merge: useMutation({ mutationFn: (intoId: string) => mergeQuestion(id, intoId), onSuccess: changed }),
  };
}
