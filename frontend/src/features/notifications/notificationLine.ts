import type { Notification } from '@pn/shared';

/** The translation keys of notification lines (each plural one has `_one` and `_other` forms). */
export type NotificationLineKey =
  | 'notifications.lines.mention'
  | 'notifications.lines.reply'
  | 'notifications.lines.thread'
  | 'notifications.lines.announcement'
  | 'notifications.lines.joinRequest'
  | 'notifications.lines.joinApproved'
  | 'notifications.lines.joinDeclined'
  | 'notifications.lines.addedToGroup'
  | 'notifications.lines.practiceSubmitted'
  | 'notifications.lines.practicePublished'
  | 'notifications.lines.practicePeerReviewed'
  | 'notifications.lines.practiceReturned'
  | 'notifications.lines.practiceArchived'
  | 'notifications.lines.practiceEvaluation'
  | 'notifications.lines.practiceFeedback'
  | 'notifications.lines.messageFlagged'
  | 'notifications.lines.meetingScheduled'
  | 'notifications.lines.meetingChanged'
  | 'notifications.lines.meetingCancelled'
  | 'notifications.lines.meetingPlaceFreed'
  | 'notifications.lines.questionFiled'
  | 'notifications.lines.appealFiled'
  | 'notifications.lines.appealAssigned'
  | 'notifications.lines.appealInReview'
  | 'notifications.lines.questionAnswered'
  | 'notifications.lines.appealDisagreement'
  | 'notifications.lines.appealClosed'
  | 'notifications.lines.evaluationVerified'
  | 'notifications.lines.evaluationReturned'
  | 'notifications.lines.questionPlanned'
  | 'notifications.lines.questionUnderWay'
  | 'notifications.lines.researchAnswered'
  | 'notifications.lines.questionMerged'
  | 'notifications.lines.other';

export interface NotificationLine {
  key: NotificationLineKey;
  values: {
    count: number;
    actor: string;
    thread: string;
    group: string;
    practice: string;
    comment: string;
    meeting: string;
    /** The research question's title, for its lines. */
    question: string;
  };
  /** Where the line leads: the thread, the group (its requests for a coordinator), or the practice. */
  href: string;
}

const threadHref = (notification: Notification, messageId?: unknown) =>
  notification.thread
    ? `/threads/${notification.thread.id}${typeof messageId === 'string' ? `#message-${messageId}` : ''}`
    : null;
const groupHref = (notification: Notification, hash = '') =>
  notification.group ? `/groups/${notification.group.slug}${hash}` : null;
const practiceHref = (notification: Notification, hash = '') =>
  notification.practice ? `/practices/${notification.practice.id}${hash}` : null;

const MEETING_KEYS: Record<string, NotificationLineKey> = {
  scheduled: 'notifications.lines.meetingScheduled',
  changed: 'notifications.lines.meetingChanged',
  cancelled: 'notifications.lines.meetingCancelled',
  'place-freed': 'notifications.lines.meetingPlaceFreed',
};

/** The steps of a question or appeal about a rating, by `data.event` (and `data.kind` when filed). */
const INQUIRY_KEYS: Record<string, NotificationLineKey> = {
  'question-filed': 'notifications.lines.questionFiled',
  'appeal-filed': 'notifications.lines.appealFiled',
  assigned: 'notifications.lines.appealAssigned',
  'in-review': 'notifications.lines.appealInReview',
  answered: 'notifications.lines.questionAnswered',
  disagreement: 'notifications.lines.appealDisagreement',
  closed: 'notifications.lines.appealClosed',
};

const DECISION_KEYS: Record<string, NotificationLineKey> = {
  publish: 'notifications.lines.practicePublished',
  'peer-review': 'notifications.lines.practicePeerReviewed',
  return: 'notifications.lines.practiceReturned',
  archive: 'notifications.lines.practiceArchived',
};

const QUESTION_KEYS: Record<string, NotificationLineKey> = {
  planned: 'notifications.lines.questionPlanned',
  'under-way': 'notifications.lines.questionUnderWay',
  answered: 'notifications.lines.researchAnswered',
};

/**
 * What a notification line says and where it leads. One line stands for many events of a kind in a
 * thread or group ("12 new messages mentioning you in …"); `someone` names an actor whose account is gone.
 */
export function notificationLine(notification: Notification, someone: string): NotificationLine {
  const values = {
    count: Math.max(1, notification.count),
    actor: notification.actor?.displayName ?? someone,
    thread: notification.thread?.title ?? '',
    group: notification.group?.name ?? '',
    practice: notification.practice?.title ?? '',
    comment: typeof notification.data.comment === 'string' ? notification.data.comment : '',
    meeting: typeof notification.data.title === 'string' ? notification.data.title : '',
    question: typeof notification.data.title === 'string' ? notification.data.title : '',
  };
  const single = values.count === 1;
  const fallback = groupHref(notification) ?? '/notifications';
  switch (notification.kind) {
    case 'mention':
    case 'reply':
      return {
        key: notification.kind === 'mention' ? 'notifications.lines.mention' : 'notifications.lines.reply',
        values,
        href: threadHref(notification, single ? notification.data.messageId : undefined) ?? fallback,
      };
    case 'thread':
    case 'announcement':
      return {
        key: notification.kind === 'thread' ? 'notifications.lines.thread' : 'notifications.lines.announcement',
        values,
        href: (single ? threadHref(notification) : null) ?? fallback,
      };
    case 'join-request':
      return { key: 'notifications.lines.joinRequest', values, href: groupHref(notification, '#requests') ?? fallback };
    case 'join-decision':
      return {
        key:
          notification.data.approved === true ? 'notifications.lines.joinApproved' : 'notifications.lines.joinDeclined',
        values,
        href: fallback,
      };
    case 'added-to-group':
      return { key: 'notifications.lines.addedToGroup', values, href: fallback };
    case 'practice-submitted':
      return { key: 'notifications.lines.practiceSubmitted', values, href: practiceHref(notification) ?? fallback };
    case 'practice-decision': {
      const key = DECISION_KEYS[String(notification.data.decision)];
      if (!key) return { key: 'notifications.lines.other', values, href: practiceHref(notification) ?? fallback };
      return { key, values, href: practiceHref(notification) ?? fallback };
    }
    case 'practice-evaluation':
      return {
        key: 'notifications.lines.practiceEvaluation',
        values,
        href: practiceHref(notification, '#evaluations') ?? fallback,
      };
    case 'practice-feedback':
      return {
        key: 'notifications.lines.practiceFeedback',
        values,
        href: practiceHref(notification, '#feedback') ?? fallback,
      };
    case 'practice-inquiry': {
      const event =
        notification.data.event === 'filed'
          ? `${String(notification.data.kind)}-filed`
          : String(notification.data.event);
      return {
        key: INQUIRY_KEYS[event] ?? 'notifications.lines.other',
        values,
        href: practiceHref(notification, '#rating-inquiries') ?? fallback,
      };
    }
    case 'evaluation-verification': {
      // The reviewer is not named: the audit log keeps who decided.
      const returned = notification.data.decision === 'return';
      const anchor =
        typeof notification.data.evaluationId === 'string'
          ? `#evaluation-${notification.data.evaluationId}`
          : '#evaluations';
      return {
        key: returned ? 'notifications.lines.evaluationReturned' : 'notifications.lines.evaluationVerified',
        values,
        href: practiceHref(notification, anchor) ?? fallback,
      };
    }
    case 'message-flagged':
      // To the moderation view, where the flag can be decided on (the line never names who flagged).
      return { key: 'notifications.lines.messageFlagged', values, href: '/moderation' };
    case 'meeting': {
      const meetingId = notification.data.meetingId;
      return {
        key: MEETING_KEYS[String(notification.data.change)] ?? 'notifications.lines.meetingChanged',
        values,
        href: typeof meetingId === 'string' ? `/meetings/${meetingId}` : fallback,
      };
    }
    case 'research-question': {
      const id = typeof notification.data.questionId === 'string' ? notification.data.questionId : '';
      const href = id ? `/research-questions/${id}` : '/research-questions';
      if (notification.data.event === 'merged') return { key: 'notifications.lines.questionMerged', values, href };
      const key = QUESTION_KEYS[String(notification.data.status)];
      return { key: key ?? 'notifications.lines.other', values, href };
    }
    default:
      return { key: 'notifications.lines.other', values, href: fallback };
  }
}

/** The bell's badge: the number of unread lines, "99+" beyond. */
export function unreadBadge(count: number, more: boolean): string {
  return count > 99 || more ? '99+' : String(count);
}

/** Lines about the same thread (or group) together, in the order of each one's newest line. */
export interface NotificationGroup {
  key: string;
  /** What the lines are about: a thread (with its group), a group, a practice, or nothing (network-wide). */
  thread: Notification['thread'];
  group: Notification['group'];
  practice: Notification['practice'];
  items: Notification[];
}

export function groupNotifications(notifications: readonly Notification[]): NotificationGroup[] {
  const groups = new Map<string, NotificationGroup>();
  for (const notification of notifications) {
    const key = notification.thread
      ? `thread:${notification.thread.id}`
      : notification.group
        ? `group:${notification.group.id}`
        : notification.practice
          ? `practice:${notification.practice.id}`
          : `other:${notification.id}`;
    const existing = groups.get(key);
    if (existing) existing.items.push(notification);
    else
      groups.set(key, {
        key,
        thread: notification.thread,
        group: notification.group,
        practice: notification.practice ?? null,
        items: [notification],
      });
  }
  return [...groups.values()];
}
