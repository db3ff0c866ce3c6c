import { textsFor } from '../mail/i18n';
import type { NotificationEntity } from '../notifications/notification.entity';
import { notificationLine } from './notification-lines';

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
