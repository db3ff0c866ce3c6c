import type { Feedback } from '@pn/shared';
import { toAuthor } from '../users/author.mapper';
import type { PracticeFeedbackEntity } from './practice-feedback.entity';

/** `author` loaded. */
export function toFeedback(feedback: PracticeFeedbackEntity): Feedback {
  return {
    id: feedback.id,
    practiceId: feedback.practiceId,
    country: feedback.country,
    setting: feedback.setting,
    reached: feedback.reached,
    worked: feedback.worked,
    didNotWork: feedback.didNotWork,
    usefulness: feedback.usefulness,
    author: toAuthor(feedback.author),
    createdAt: feedback.createdAt.toISOString(),
  };
}
