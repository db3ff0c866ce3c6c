import type { CreateEvaluationRequest, CreateResearchQuestionRequest, ResearchQuestion } from '@pn/shared';
import type { TestApp } from '../app';
import { buildUser, type BuiltUser } from './users';

/** One outcome of a study, significant and positive unless told otherwise. */
export const outcomeOf = (
  construct: CreateEvaluationRequest['outcomes'][number]['construct'],
  fields: Partial<CreateEvaluationRequest['outcomes'][number]> = {},
): CreateEvaluationRequest['outcomes'][number] => ({
  construct,
  measure: 'validated-scale',
  direction: 'positive',
  significant: true,
  ...fields,
});

export interface ResearchQuestionOverrides extends Partial<CreateResearchQuestionRequest> {
  /** Who raises it; a new practitioner unless given. */
  author?: BuiltUser;
}

/** A research question raised through the API, on a cell of the gap map unless a practice is given. */
export async function buildResearchQuestion(
  app: TestApp,
  overrides: ResearchQuestionOverrides = {},
): Promise<ResearchQuestion> {
  const { author: given, ...fields } = overrides;
  const author = given ?? (await buildUser(app));
  const body: CreateResearchQuestionRequest = {
    title: 'Does the training change how teachers report concerns?',
    body: 'We trained our staff, but nobody measured whether reports to child protection changed afterwards.',
    ...(fields.practiceId ? {} : { targetGroup: 'professionals', construct: 'reporting-behaviour' }),
    ...fields,
  };
  const response = await app.request('POST', '/api/research-questions', { token: author.token, body });
  if (response.status !== 201)
    throw new Error(`raising a question: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}
