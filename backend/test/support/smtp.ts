import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedEmail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** Header values as sent, by lower-case name. */
  header(name: string): string | undefined;
  messageId: string | undefined;
  raw: ParsedMail;
}

export interface TestSmtp {
  url: string;
  received: ReceivedEmail[];
  /** The first email that matches, once it has arrived (a bound that only stops a hang). */
  waitFor(match: (email: ReceivedEmail) => boolean, timeoutMs?: number): Promise<ReceivedEmail>;
  /** Everything received so far for this address. */
  to(address: string): ReceivedEmail[];
  close(): Promise<void>;
}

/** A real SMTP server on a free port that keeps every message it accepts, parsed. */
export async function startTestSmtp(): Promise<TestSmtp> {
  const received: ReceivedEmail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
            header: (name) => {
              const line = mail.headerLines.find((candidate) => candidate.key === name.toLowerCase())?.line;
              return line?.slice(line.indexOf(':') + 1).trim();
            },
            messageId: mail.messageId,
            raw: mail,
          });
          callback();
        })
        .catch(callback);
    },
  });
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    async waitFor(match, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = received.find(match);
        if (found) return found;
        if (Date.now() > deadline) {
          throw new Error(
            `no such email within ${timeoutMs} ms; received: ${received.map((e) => `${e.to} ${e.subject}`).join('; ')}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    to: (address) => received.filter((email) => email.to.includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The token of the first link in an email's text that leads to `path`. */
export function linkToken(email: ReceivedEmail, path: string): string {
  const match = new RegExp(`${path.replace(/[/?]/g, (c) => `\\${c}`)}\\?token=([A-Za-z0-9_.-]+)`).exec(email.text);
  if (!match) throw new Error(`no ${path} link in:\n${email.text}`);
  return match[1]!;
}

/** Waits a while and checks that nothing more arrived for this address (a bound, not a timing). */
export async function settle(ms = 1500): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}
