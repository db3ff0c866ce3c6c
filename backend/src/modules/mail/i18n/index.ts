import type { Locale } from '@pn/shared';
import { da } from './da';
import { en, type EmailTexts } from './en';
import { sv } from './sv';

export type { EmailTexts };

const TEXTS: Record<Locale, EmailTexts> = { en, da, sv };

export function textsFor(locale: Locale): EmailTexts {
  return TEXTS[locale] ?? en;
}

const DATE_LOCALES: Record<Locale, string> = { en: 'en-GB', da: 'da-DK', sv: 'sv-SE' };

/** A moment as the member reads it: in their language and time zone. */
export function formatWhen(date: Date, locale: Locale, timeZone: string): string {
  const formatted = new Intl.DateTimeFormat(DATE_LOCALES[locale], { dateStyle: 'long', timeStyle: 'short', timeZone });
  return `${formatted.format(date)} (${timeZone})`;
}
