import type { NotificationEntity } from '../notifications/notification.entity';
import { textsFor } from '../mail/i18n';
import { notificationLine } from './notification-lines';

const config = { PUBLIC_URL: 'https://network.example.org' };

function meetingNotice(change: string): NotificationEntity {
  return {
    kind: 'meeting',
    count: 1,
    actor: { id: 'u1', displayName: 'Anna Berg', erasedAt: null },
    group: { id: 'g1', slug: 'social-workers', name: 'Social workers' },
    thread: { id: 't1', title: 'Case review' },
    practice: null,
    data: {
      meetingId: '6f1c1d1e-2f4a-4b7c-9d3e-1a2b3c4d5e6f',
      title: 'Case review',
      startsAt: '2026-10-26T09:00:00.000Z',
      timeZone: 'Europe/Copenhagen',
      change,
    },
  } as unknown as NotificationEntity;
}

describe('the email line of a meeting notice', () => {
  it('says what happened, when in the meeting’s zone, and leads to the meeting', () => {
    const line = notificationLine(meetingNotice('cancelled'), textsFor('en'), config, 'en');
    expect(line.text).toBe('Anna Berg cancelled the meeting Case review');
    expect(line.detail).toBe('When: 26 October 2026 at 10:00 (Europe/Copenhagen)');
    expect(line.link.url).toBe('https://network.example.org/meetings/6f1c1d1e-2f4a-4b7c-9d3e-1a2b3c4d5e6f');
  });

  it('speaks the member’s language', () => {
    const line = notificationLine(meetingNotice('scheduled'), textsFor('da'), config, 'da');
    expect(line.text).toBe('Anna Berg har planlagt et møde: Case review');
    expect(line.detail).toMatch(/^Hvornår: 26\. oktober 2026/);
  });
});

const CONFIG = { PUBLIC_URL: 'https://network.example.org' };

/** A research-question line as the notifications table keeps it: no group, thread or practice. */
const questionLine = (data: Record<string, unknown>) =>
  ({
    kind: 'research-question',
    count: 1,
    actor: null,
    group: null,
    thread: null,
    practice: null,
    data: { questionId: 'q1', title: 'Who reports?', ...data },
  }) as unknown as NotificationEntity;

describe('notificationLine of a research question', () => {
  it('says where the question stands and leads to it', () => {
    const line = notificationLine(questionLine({ status: 'under-way', event: 'moved' }), textsFor('en'), CONFIG);
    expect(line.text).toBe('Research question Who reports?: the study is under way');
    expect(line.link.url).toBe('https://network.example.org/research-questions/q1');
  });

  it('tells of a merge in the reader language, leading to the kept question', () => {
    const line = notificationLine(
      questionLine({ status: 'open', event: 'merged', questionId: 'q2' }),
      textsFor('da'),
      CONFIG,
    );
    expect(line.text).toBe(
      'Forskningsspørgsmålet Who reports?: slået sammen med et spørgsmål, der spørger om det samme',
    );
    expect(line.link.url).toBe('https://network.example.org/research-questions/q2');
  });
});
