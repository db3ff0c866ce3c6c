import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { DEMO_PASSWORD } from '../src/chromium-session';
import { checkedFetch } from '../src/contract';
import { removeDataDir, startProduct, type RunningProduct } from '../src/product';
import { apiSignIn } from '../src/totp';

/**
 * What "exactly once" means for email here. SMTP has no transaction shared with our database: after the
 * server accepted a message, the sender may die before it records so, and no protocol step can tell a
 * retry whether the first try got through. So:
 *  - each email is queued exactly once, in the transaction of its event (one outbox row per key);
 *  - before the server can accept a message (its final dot waits for it), the worker commits that it is
 *    handing it over; a retry that finds this record does not send again (the server most likely has it;
 *    the admin list says it was not confirmed), and a retry without it sends, because the server never
 *    received a complete message.
 * The one gap left, a crash between that commit and writing the final dot, loses an email rather than
 * doubling it. These tests crash the whole product (app, database) at the two moments that matter.
 */

type Fault = 'none' | 'kill-after-data' | 'kill-before-data';

interface Sink {
  url: string;
  received: Array<{ to: string[]; subject: string; messageId: string | undefined }>;
  fault: Fault;
  /** Whose email the fault strikes: other emails (a sign-in notice, say) may be on their way at the same time. */
  target: string;
  /** Settles once the last fault's crash is complete (the product and its database are gone). */
  crashed: Promise<void>;
  close(): Promise<void>;
}

async function startSink(onFault: () => Promise<void>): Promise<Sink> {
  const sink: Sink = {
    url: '',
    received: [],
    fault: 'none',
    target: '',
    crashed: Promise.resolve(),
    close: async () => {},
  };
  const crash = () => (sink.crashed = onFault());
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (sink.fault === 'kill-before-data' && address.address === sink.target) {
        sink.fault = 'none';
        // The sender dies in the middle of the SMTP conversation, before any of the message was sent.
        void crash().then(() => callback());
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          sink.received.push({
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            subject: mail.subject ?? '',
            messageId: mail.messageId,
          });
          if (
            sink.fault === 'kill-after-data' &&
            session.envelope.rcptTo.some((rcpt) => rcpt.address === sink.target)
          ) {
            sink.fault = 'none';
            // The whole message is here, its final dot too: the sender dies before it reads our answer.
            await crash();
          }
          callback();
        })
        .catch(callback);
    },
  });
  // A sender killed mid-conversation resets its connection: expected here, not a failure of the sink.
  server.on('error', () => {});
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  sink.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  sink.close = () => new Promise<void>((done) => server.close(() => done()));
  return sink;
}

/** Polls a condition (a bound that only stops a hang). */
async function waitUntil(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('the condition never held');
    await new Promise((done) => setTimeout(done, 100));
  }
}

interface EmailRecord {
  to: string;
  kind: string;
  state: string;
  error?: string;
  attempts: number;
}

/** Waits until the admin list shows this address's reset email in a final state (a bound against a hang). */
async function settled(product: RunningProduct, address: string): Promise<EmailRecord> {
  const token = await apiSignIn(product.url, 'admin@example.org', DEMO_PASSWORD);
  const deadline = Date.now() + 90_000;
  for (;;) {
    const page = (await (
      await checkedFetch(`${product.url}/api/admin/emails?limit=100`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { items: EmailRecord[] };
    const email = page.items.find((item) => item.to === address && item.kind === 'password-reset');
    if (email && ['sent', 'failed', 'skipped'].includes(email.state)) return email;
    if (Date.now() > deadline) throw new Error(`the email was not settled: ${JSON.stringify(email)}`);
    await new Promise((done) => setTimeout(done, 500));
  }
}

describe('email delivery when the product crashes mid-send', () => {
  let product: RunningProduct | undefined;
  let sink: Sink;
  const env = () => ({
    SMTP_URL: sink.url,
    EMAIL_SEND_TIMEOUT_SECONDS: '3',
    EMAIL_RETRY_DELAY_SECONDS: '1',
  });

  beforeAll(async () => {
    sink = await startSink(async () => product?.killAll());
    product = await startProduct({ killable: true, env: env() });
  });
  afterAll(async () => {
    await product?.stop();
    await sink?.close();
    if (product) removeDataDir(product.dataDir);
  });

  const restart = async () => {
    product = await startProduct({ killable: true, dataDir: product!.dataDir, env: env() });
  };
  const requestReset = async (address: string) => {
    const response = await checkedFetch(`${product!.url}/api/auth/password-reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: address }),
    });
    expect(response.status).toBe(202);
  };

  it('does not send again a message the server accepted before the crash', async () => {
    sink.fault = 'kill-after-data';
    sink.target = 'practitioner@example.org';
    await requestReset('practitioner@example.org');
    await waitUntil(() => sink.fault === 'none');
    await sink.crashed;
    expect(sink.received.filter((email) => email.to.includes('practitioner@example.org'))).toHaveLength(1);

    await restart();
    const record = await settled(product!, 'practitioner@example.org');
    expect(record).toMatchObject({ state: 'sent', attempts: 1 });
    expect(record.error).toMatch(/not confirmed/);
    expect(sink.received.filter((email) => email.to.includes('practitioner@example.org'))).toHaveLength(1);
  });

  it('sends once, after the restart, a message the crash interrupted before it was handed over', async () => {
    sink.fault = 'kill-before-data';
    sink.target = 'researcher@example.org';
    await requestReset('researcher@example.org');
    await waitUntil(() => sink.fault === 'none');
    await sink.crashed;
    expect(sink.received.filter((email) => email.to.includes('researcher@example.org'))).toHaveLength(0);

    await restart();
    const record = await settled(product!, 'researcher@example.org');
    expect(record).toMatchObject({ state: 'sent', attempts: 2 });
    expect(record.error).toBeUndefined();
    const received = sink.received.filter((email) => email.to.includes('researcher@example.org'));
    expect(received).toHaveLength(1);
    expect(received[0]!.subject).toMatch(/Reset your password/);
  });
});
