import { createTestApp, type TestApp } from './app';
import { startTestSmtp, type TestSmtp } from './smtp';

/** The app delivering email at once to a test SMTP server, for the tests of one file. */
export interface EmailApp {
  app: TestApp;
  smtp: TestSmtp;
  /** The email to this address whose subject matches, once it arrived; on a timeout, the outbox tells why. */
  sentTo(address: string, subject: RegExp): ReturnType<TestSmtp['waitFor']>;
  /** Waits until every job of a queue is done: what it was going to write is written. */
  queueDrained(name: string): Promise<void>;
  /** The outbox's rows of one kind for one member. */
  emailRows(userId: string, kind: string): Promise<Array<{ state: string; error: string | null }>>;
}

/** Starts the SMTP server and the app before the file's tests and closes both after them. */
export function useEmailApp(): EmailApp {
  const mail = {} as EmailApp;
  beforeAll(async () => {
    mail.smtp = await startTestSmtp();
    mail.app = await createTestApp({
      SMTP_URL: mail.smtp.url,
      EMAIL_NOTIFY_DELAY_SECONDS: '0',
      EMAIL_SEND_TIMEOUT_SECONDS: '10',
      PUBLIC_URL: 'https://network.example.org',
    });
  });
  afterAll(async () => {
    await mail.app?.close();
    await mail.smtp?.close();
  });

  mail.sentTo = async (address, subject) => {
    try {
      return await mail.smtp.waitFor((email) => email.to.includes(address) && subject.test(email.subject));
    } catch (error) {
      const rows = await mail.app.dataSource.query(`SELECT kind, state, error FROM emails WHERE to_address = $1`, [
        address,
      ]);
      throw new Error(`${(error as Error).message}\noutbox for ${address}: ${JSON.stringify(rows)}`, { cause: error });
    }
  };

  mail.queueDrained = async (name) => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const [row] = await mail.app.dataSource.query(
        `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state < 'completed'`,
        [name],
      );
      if (row.n === 0) return;
      if (Date.now() > deadline) throw new Error(`queue ${name} still has work`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  mail.emailRows = (userId, kind) =>
    mail.app.dataSource.query(`SELECT state, error FROM emails WHERE user_id = $1 AND kind = $2`, [
      userId,
      kind,
    ]) as Promise<Array<{ state: string; error: string | null }>>;

  return mail;
}
