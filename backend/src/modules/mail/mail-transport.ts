import { createTransport, type Mail } from 'nodemailer';
import { Transform } from 'node:stream';

export interface OutgoingMessage {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  messageId: string;
  headers: Record<string, string>;
}

type HandOver = () => Promise<void>;

/**
 * Sends over SMTP with nodemailer, pooled. Each message's last byte waits for `handOver`: the SMTP
 * server can accept a message only after its terminating dot, which is written after the message stream
 * ends, so whatever `handOver` records (in the database) is committed before the server could have
 * accepted the message.
 */
export class MailTransport {
  private readonly transporter: Mail;

  constructor(url: string, timeoutSeconds: number) {
    const timeout = Math.max(1, timeoutSeconds - 1) * 1000;
    this.transporter = createTransport({
      url,
      pool: true,
      maxConnections: 4,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    });
    this.transporter.use('stream', (mail, done) => {
      const handOver = (mail.data as { handOver?: HandOver }).handOver;
      if (handOver) {
        mail.message.transform(
          () =>
            new Transform({
              transform: (chunk, _encoding, callback) => callback(null, chunk),
              flush: (callback) => void handOver().then(() => callback(), callback),
            }),
        );
      }
      done();
    });
  }

  async send(message: OutgoingMessage, handOver: HandOver): Promise<void> {
    await this.transporter.sendMail({ ...message, handOver } as Parameters<Mail['sendMail']>[0]);
  }

  close(): void {
    this.transporter.close();
  }
}

/** Whether an SMTP error is final (a 5xx answer): retrying would be refused again. */
export function isPermanentSmtpError(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
