import { DEFAULT_TIME_ZONE } from '@pn/shared';
import type { AppConfig } from '../../config/env.schema';
import type { EmailEntity } from '../mail/email.entity';
import type { EmailRenderer, Rendered } from '../mail/email-renderers';
import { formatWhen, textsFor } from '../mail/i18n';
import type { EmailContent } from '../mail/layout';
import { appLink } from '../mail/links';
import type { LinkTokens } from '../mail/link-tokens.service';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

type Texts = ReturnType<typeof textsFor>;
/** The texts of an email addressed to one person: its subject names the network, its heading says what happened. */
type Headed = { subject: (network: string) => string; heading: string };
type HeadedEmail = { [K in keyof Texts]: Texts[K] extends Headed ? K : never }[keyof Texts];

/** How the account emails read: the link's token is derived again from the token row's id. */
export function accountRenderers(config: AppConfig, tokens: LinkTokens): Record<string, EmailRenderer> {
  const network = config.NETWORK_NAME;
  const link = (path: string) => appLink(config, path);
  const when = (email: EmailEntity) =>
    formatWhen(
      new Date(text(email.payload.at) || email.createdAt),
      email.locale,
      text(email.payload.timeZone) || DEFAULT_TIME_ZONE,
    );
  const resetLink = (email: EmailEntity) => ({
    label: textsFor(email.locale).passwordReset.action,
    url: link('/forgot-password'),
  });

  /** An email to the account's owner: its subject, heading and greeting, then what `body` says. */
  const addressed =
    <K extends HeadedEmail>(
      which: K,
      body: (t: Texts[K], email: EmailEntity) => Omit<EmailContent, 'subject' | 'heading' | 'greeting'>,
    ): EmailRenderer =>
    async (email): Promise<Rendered> => {
      const texts = textsFor(email.locale);
      const t = texts[which] as Texts[K] & Headed;
      return {
        content: {
          subject: t.subject(network),
          heading: t.heading,
          greeting: texts.greeting(text(email.payload.displayName)),
          ...body(t, email),
        },
      };
    };

  const confirmation = (which: 'addressConfirmation' | 'addressChange') =>
    addressed(which, (t, email) => {
      const token = tokens.derive('confirm-email', text(email.payload.tokenId));
      return {
        paragraphs: [t.body],
        action: { label: t.action, url: link(`/confirm-email?token=${token}`) },
        after: { text: t.ignore },
      };
    });

  return {
    'address-confirmation': confirmation('addressConfirmation'),
    'address-change': confirmation('addressChange'),
    'address-change-notice': addressed('addressChangeNotice', (t, email) => ({
      paragraphs: [t.body(text(email.payload.newEmail))],
      after: { text: t.notYou, link: resetLink(email) },
    })),
    'password-reset': addressed('passwordReset', (t, email) => {
      const token = tokens.derive('reset-password', text(email.payload.tokenId));
      return {
        paragraphs: [t.body],
        action: { label: t.action, url: link(`/reset-password?token=${token}`) },
        after: { text: t.ignore },
      };
    }),
    'password-changed': addressed('passwordChanged', (t, email) => ({
      paragraphs: [t.body(when(email))],
      after: { text: t.notYou, link: resetLink(email) },
    })),
    'new-sign-in': addressed('newSignIn', (t, email) => {
      const facts = [t.body(when(email))];
      if (email.payload.userAgent) facts.push(t.device(text(email.payload.userAgent)));
      if (email.payload.ip) facts.push(t.address(text(email.payload.ip)));
      return { paragraphs: facts, after: { text: t.notYou, link: resetLink(email) } };
    }),
    'second-factor-changed': addressed('secondFactor', (t, email) => {
      const method = text(email.payload.method);
      return {
        paragraphs: [email.payload.change === 'removed' ? t.removed(method) : t.added(method)],
        after: { text: t.notYou, link: resetLink(email) },
      };
    }),
    'application-approved': addressed('applicationApproved', (t) => ({
      paragraphs: [t.body],
      action: { label: t.action, url: link('/login') },
    })),
    'application-declined': addressed('applicationDeclined', (t, email) => {
      const reason = text(email.payload.reason);
      return { paragraphs: reason ? [t.body, t.reason(reason)] : [t.body] };
    }),
  };
}
