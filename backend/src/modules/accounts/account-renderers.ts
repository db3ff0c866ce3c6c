import { DEFAULT_TIME_ZONE } from '@pn/shared';
import type { AppConfig } from '../../config/env.schema';
import type { EmailEntity } from '../mail/email.entity';
import type { EmailRenderer, Rendered } from '../mail/email-renderers';
import { formatWhen, textsFor } from '../mail/i18n';
import { appLink } from '../mail/links';
import type { LinkTokens } from '../mail/link-tokens.service';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

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

  const confirmation =
    (which: 'addressConfirmation' | 'addressChange'): EmailRenderer =>
    async (email): Promise<Rendered> => {
      const t = textsFor(email.locale)[which];
      const token = tokens.derive('confirm-email', text(email.payload.tokenId));
      return {
        content: {
          subject: t.subject(network),
          heading: t.heading,
          greeting: textsFor(email.locale).greeting(text(email.payload.displayName)),
          paragraphs: [t.body],
          action: { label: t.action, url: link(`/confirm-email?token=${token}`) },
          after: { text: t.ignore },
        },
      };
    };

  return {
    'address-confirmation': confirmation('addressConfirmation'),
    'address-change': confirmation('addressChange'),
    'address-change-notice': async (email) => {
      const t = textsFor(email.locale).addressChangeNotice;
      return {
        content: {
          subject: t.subject(network),
          heading: t.heading,
          greeting: textsFor(email.locale).greeting(text(email.payload.displayName)),
          paragraphs: [t.body(text(email.payload.newEmail))],
          after: { text: t.notYou, link: resetLink(email) },
        },
      };
    },
    'password-reset': async (email) => {
      const t = textsFor(email.locale).passwordReset;
      const token = tokens.derive('reset-password', text(email.payload.tokenId));
      return {
        content: {
          subject: t.subject(network),
          heading: t.heading,
          greeting: textsFor(email.locale).greeting(text(email.payload.displayName)),
          paragraphs: [t.body],
          action: { label: t.action, url: link(`/reset-password?token=${token}`) },
          after: { text: t.ignore },
        },
      };
    },
    'password-changed': async (email) => {
      const t = textsFor(email.locale).passwordChanged;
      return {
        content: {
          subject: t.subject(network),
          heading: t.heading,
          greeting: textsFor(email.locale).greeting(text(email.payload.displayName)),
          paragraphs: [t.body(when(email))],
          after: { text: t.notYou, link: resetLink(email) },
        },
      };
    },
    'new-sign-in': async (email) => {
      const t = textsFor(email.locale).newSignIn;
      const facts = [t.body(when(email))];
      if (email.payload.userAgent) facts.push(t.device(text(email.payload.userAgent)));
      if (email.payload.ip) facts.push(t.address(text(email.payload.ip)));
      return {
        content: {
          subject: t.subject(network),
          heading: t.heading,
          greeting: textsFor(email.locale).greeting(text(email.payload.displayName)),
          paragraphs: facts,
          after: { text: t.notYou, link: resetLink(email) },
        },
      };
    },
    'second-factor-changed': async (email) => {
      const t = textsFor(email.locale).secondFactor;
      const method = text(email.payload.method);
      return {
        content: {
          subject: t.subject(network),
          heading: t.heading,
          greeting: textsFor(email.locale).greeting(text(email.payload.displayName)),
          paragraphs: [email.payload.change === 'removed' ? t.removed(method) : t.added(method)],
          after: { text: t.notYou, link: resetLink(email) },
        },
      };
    },
    'application-approved': async (email) => {
      const t = textsFor(email.locale).applicationApproved;
      return {
        content: {
          subject: t.subject(network),
          heading: t.heading,
          greeting: textsFor(email.locale).greeting(text(email.payload.displayName)),
          paragraphs: [t.body],
          action: { label: t.action, url: link('/login') },
        },
      };
    },
    'application-declined': async (email) => {
      const t = textsFor(email.locale).applicationDeclined;
      const reason = text(email.payload.reason);
      return {
        content: {
          subject: t.subject(network),
          heading: t.heading,
          greeting: textsFor(email.locale).greeting(text(email.payload.displayName)),
          paragraphs: reason ? [t.body, t.reason(reason)] : [t.body],
        },
      };
    },
  };
}
