import type { Notification } from '@pn/shared';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { upsertUnread } from './realtime';
import { groupNotifications, notificationLine, unreadBadge } from './notificationLine';

const GROUP = { id: 'g1', slug: 'social-workers', name: 'Social workers' };
const THREAD = { id: 't1', title: 'Safety plans' };

function notification(overrides: Partial<Notification> = {}): Notification {
  return {
    id: 'n1',
    kind: 'mention',
    count: 1,
    group: GROUP,
    thread: THREAD,
    practice: null,
    actor: { id: 'u1', displayName: 'Anna Berg' },
    data: {},
    read: false,
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    ...overrides,
  };
}

/** The line as an English reader sees it. */
const text = (item: Notification) => {
  const line = notificationLine(item, 'Former member');
  return i18n.getFixedT('en')(line.key, line.values);
};

describe('notificationLine', () => {
  it('tells of meetings scheduled, changed, cancelled and of a freed place, leading to the meeting', () => {
    const meeting = (change: string) =>
      notification({ kind: 'meeting', data: { meetingId: 'm1', title: 'Case review', change } });
    expect(text(meeting('scheduled'))).toBe('Anna Berg scheduled a meeting in Social workers: “Case review”');
    expect(text(meeting('cancelled'))).toBe('Anna Berg cancelled the meeting “Case review” (Social workers)');
    expect(text(meeting('place-freed'))).toBe('A place freed up: you are going to “Case review”');
    expect(notificationLine(meeting('changed'), 'Former member').href).toBe('/meetings/m1');
  });

  it('tells of flagged messages without naming who flagged, and leads to the moderation view', () => {
    const flagged = notification({ kind: 'message-flagged', actor: null, data: { messageId: 'm1' } });
    expect(text(flagged)).toBe('A message in “Safety plans” (Social workers) was flagged for moderation');
    expect(text({ ...flagged, count: 3 })).toBe(
      '3 messages in “Safety plans” (Social workers) were flagged for moderation',
    );
    expect(notificationLine(flagged, 'Former member').href).toBe('/moderation');
  });

  it("tells an evaluation's author of a reviewer's decision, without naming the reviewer", () => {
    const practice = { id: 'p1', title: 'Helpline' };
    const verified = notification({
      kind: 'evaluation-verification',
      actor: null,
      group: null,
      thread: null,
      practice,
      data: { decision: 'verify', evaluationId: 'e1' },
    });
    expect(text(verified)).toBe(
      'A second reviewer verified your evaluation of “Helpline”: it now counts in the rating',
    );
    expect(notificationLine(verified, '').href).toBe('/practices/p1#evaluation-e1');
    expect(text({ ...verified, data: { decision: 'return', comment: 'Check the measure.' } })).toBe(
      'A second reviewer returned your evaluation of “Helpline” for correction',
    );
  });

  it('says who mentioned you, or how many messages did, and leads to the thread', () => {
    expect(text(notification())).toBe('Anna Berg mentioned you in “Safety plans”');
    expect(text(notification({ count: 12 }))).toBe('12 new messages mentioning you in “Safety plans”');
    expect(notificationLine(notification(), '').href).toBe('/threads/t1');
    expect(notificationLine(notification({ data: { messageId: 'm9' } }), '').href).toBe('/threads/t1#message-m9');
    expect(notificationLine(notification({ count: 3, data: { messageId: 'm9' } }), '').href).toBe('/threads/t1');
  });

  it('words replies, new threads and announcements, one or many', () => {
    expect(text(notification({ kind: 'reply' }))).toBe('Anna Berg replied to you in “Safety plans”');
    expect(text(notification({ kind: 'reply', count: 2 }))).toBe('2 new replies to you in “Safety plans”');
    expect(text(notification({ kind: 'thread' }))).toBe('Anna Berg started “Safety plans” in Social workers');
    expect(text(notification({ kind: 'thread', count: 4 }))).toBe('4 new threads in Social workers');
    expect(notificationLine(notification({ kind: 'thread', count: 4 }), '').href).toBe('/groups/social-workers');
    expect(text(notification({ kind: 'announcement' }))).toBe(
      'Anna Berg posted an announcement in Social workers: “Safety plans”',
    );
  });

  it('words requests and decisions about membership, leading to the group', () => {
    const request = notification({ kind: 'join-request', thread: null, count: 3 });
    expect(text(request)).toBe('3 people asked to join Social workers');
    expect(notificationLine(request, '').href).toBe('/groups/social-workers#requests');
    const approved = notification({ kind: 'join-decision', thread: null, data: { approved: true } });
    expect(text(approved)).toBe('Your request to join Social workers was approved');
    const declined = notification({ kind: 'join-decision', thread: null, data: { approved: false } });
    expect(text(declined)).toBe('Your request to join Social workers was declined');
    expect(text(notification({ kind: 'added-to-group', thread: null }))).toBe('Anna Berg added you to Social workers');
  });

  it('names an erased actor, and reads in Danish and Swedish too', () => {
    expect(text(notification({ actor: null }))).toBe('Former member mentioned you in “Safety plans”');
    const line = notificationLine(notification({ count: 12 }), '');
    expect(i18n.getFixedT('da')(line.key, line.values)).toBe('12 nye beskeder, der nævner dig, i »Safety plans«');
    expect(i18n.getFixedT('sv')(line.key, line.values)).toBe('12 nya meddelanden som nämner dig i ”Safety plans”');
  });
});

describe('notificationLine of practices', () => {
  const PRACTICE = { id: 'p1', title: 'Circles of support' };
  const about = (overrides: Partial<Notification>) =>
    notification({ group: null, thread: null, practice: PRACTICE, ...overrides });

  it('tells coordinators of a submission, leading to the practice', () => {
    const submitted = about({ kind: 'practice-submitted' });
    expect(text(submitted)).toBe('Anna Berg submitted “Circles of support” for review');
    expect(notificationLine(submitted, '').href).toBe('/practices/p1');
  });

  it('tells the author of each decision, with the reason of a return', () => {
    expect(text(about({ kind: 'practice-decision', data: { decision: 'publish' } }))).toBe(
      '“Circles of support” was published',
    );
    expect(text(about({ kind: 'practice-decision', data: { decision: 'peer-review' } }))).toBe(
      '“Circles of support” was marked as peer-reviewed',
    );
    expect(text(about({ kind: 'practice-decision', data: { decision: 'return', comment: 'Add the cost.' } }))).toBe(
      '“Circles of support” was returned to you: Add the cost.',
    );
    expect(text(about({ kind: 'practice-decision', data: { decision: 'archive' } }))).toBe(
      '“Circles of support” was archived',
    );
    expect(notificationLine(about({ kind: 'practice-decision', data: { decision: 'publish' } }), '').href).toBe(
      '/practices/p1',
    );
  });

  it('tells the author of evaluations and feedback, leading to their section', () => {
    const evaluation = about({ kind: 'practice-evaluation' });
    expect(text(evaluation)).toBe('Anna Berg added an evaluation of “Circles of support”');
    expect(notificationLine(evaluation, '').href).toBe('/practices/p1#evaluations');
    const feedback = about({ kind: 'practice-feedback', count: 3 });
    expect(text(feedback)).toBe('3 new implementation reports on “Circles of support”');
    expect(notificationLine(feedback, '').href).toBe('/practices/p1#feedback');
  });

  it('follows a question or appeal about a rating, leading to its section of the practice', () => {
    const filed = about({ kind: 'practice-inquiry', data: { kind: 'appeal', event: 'filed' } });
    expect(text(filed)).toBe('The rating of “Circles of support” was appealed');
    expect(notificationLine(filed, '').href).toBe('/practices/p1#rating-inquiries');
    expect(text(about({ kind: 'practice-inquiry', data: { kind: 'question', event: 'filed' } }))).toBe(
      'A member asked about the rating of “Circles of support”',
    );
    expect(
      text(about({ kind: 'practice-inquiry', data: { kind: 'appeal', event: 'closed', outcome: 'uphold' } })),
    ).toBe('Your appeal of the rating of “Circles of support” was decided');
  });

  it('tells askers and followers how their research question moves, leading to it', () => {
    const step = (data: Record<string, unknown>) =>
      notification({
        kind: 'research-question',
        group: null,
        thread: null,
        data: { questionId: 'q1', title: 'Who reports?', ...data },
      });
    expect(text(step({ status: 'planned', event: 'claimed' }))).toBe(
      'Anna Berg claimed the research question “Who reports?” and plans a study',
    );
    expect(text(step({ status: 'answered', event: 'moved' }))).toBe(
      'An evaluation answers the research question “Who reports?”',
    );
    const merged = step({ status: 'open', event: 'merged', questionId: 'q2' });
    expect(text(merged)).toBe('The research question “Who reports?” was merged into one that asks the same');
    expect(notificationLine(merged, '').href).toBe('/research-questions/q2');
  });

  it('puts the lines of one practice together', () => {
    const groups = groupNotifications([
      about({ id: 'a', kind: 'practice-evaluation' }),
      about({ id: 'b', kind: 'practice-feedback' }),
    ]);
    expect(groups.map((group) => [group.practice?.title, group.items.length])).toEqual([['Circles of support', 2]]);
  });
});

describe('groupNotifications', () => {
  it('puts the lines of one thread together, in the order of their newest line', () => {
    const groups = groupNotifications([
      notification({ id: 'a', thread: { id: 't1', title: 'One' } }),
      notification({ id: 'b', thread: { id: 't2', title: 'Two' } }),
      notification({ id: 'c', kind: 'reply', thread: { id: 't1', title: 'One' } }),
      notification({ id: 'd', kind: 'join-request', thread: null }),
      notification({ id: 'e', kind: 'join-decision', thread: null, group: null }),
    ]);
    expect(groups.map((group) => group.items.map((item) => item.id))).toEqual([['a', 'c'], ['b'], ['d'], ['e']]);
  });
});

describe('the bell', () => {
  it('counts unread lines, "99+" beyond', () => {
    expect(unreadBadge(3, false)).toBe('3');
    expect(unreadBadge(100, true)).toBe('99+');
  });

  it('puts a line that arrives live first, in place of its older copy', () => {
    const page = { items: [notification({ id: 'x' }), notification({ id: 'n1', count: 1 })], nextCursor: null };
    const raised = notification({ id: 'n1', count: 2 });
    expect(upsertUnread(page, raised).items.map((item) => [item.id, item.count])).toEqual([
      ['n1', 2],
      ['x', 1],
    ]);
    expect(upsertUnread(page, notification({ id: 'n1', read: true })).items.map((item) => item.id)).toEqual(['x']);
  });
});
