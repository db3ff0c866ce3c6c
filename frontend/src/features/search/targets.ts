import type { SearchTarget } from '@pn/shared';

const segment = encodeURIComponent;

/**
 * The address in the interface where a search hit or a suggestion leads. A message opens its thread at the
 * message's anchor (`#message-<id>`), which the thread page scrolls to once the message is loaded.
 */
export function targetPath(target: SearchTarget): string {
  switch (target.kind) {
    case 'practice':
      return target.slug
        ? `/practices/${segment(target.practiceId)}/${segment(target.slug)}`
        : `/practices/${segment(target.practiceId)}`;
    case 'evaluation':
      return `/practices/${segment(target.practiceId)}#evaluation-${segment(target.evaluationId)}`;
    case 'resource':
      return `/resources/${segment(target.resourceId)}`;
    case 'message':
      return `/threads/${segment(target.threadId)}#message-${segment(target.messageId)}`;
  }
}
