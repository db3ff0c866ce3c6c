import { z } from 'zod';
import { COUNTRY_CODES, LANGUAGE_CODES } from './codes';
import { LIMITS } from './limits';

const countrySet: ReadonlySet<string> = new Set(COUNTRY_CODES);
const languageSet: ReadonlySet<string> = new Set(LANGUAGE_CODES);

// A NUL, or a UTF-16 surrogate without its other half.
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const STORABLE_TEXT_MESSAGE = 'must not contain NUL characters or unpaired surrogates';

/**
 * Whether text can be kept as it was sent: PostgreSQL refuses NUL in text, and an unpaired surrogate is not
 * Unicode at all (jsonb refuses it, and encoding it as UTF-8 would silently turn it into U+FFFD).
 */
export function isStorableText(value: string): boolean {
  return !UNSTORABLE.test(value);
}

/**
 * The start of every string in a request schema (bodies, queries, params, form fields): any text that can be
 * stored, refused with the field named otherwise. The helpers below build on it; a new schema uses them
 * (lint refuses a bare `z.string()` in `shared/src` outside this file), so that it gets the check too.
 */
export const text = () => z.string().refine(isStorableText, { message: STORABLE_TEXT_MESSAGE, abort: true });

/** A line of text: trimmed, no control characters, within a length. */
export const textLine = (max: number) =>
  text()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    // eslint-disable-next-line no-control-regex
    .regex(/^[^\u0000-\u001f\u007f]*$/, 'must not contain control characters');

/** Text of several lines or paragraphs (markdown where the client renders it): trimmed, not empty. */
export const textBlock = (max: number) =>
  text().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** Text that may be left empty: trimmed, within a length (an empty value stays ''). */
export const optionalTextBlock = (max: number) => text().trim().max(max, `must be at most ${max} characters`);

/** A search box or filter text: trimmed, within a length. */
export const searchText = (max: number, min = 0) => {
  const trimmed = text().trim();
  const atLeast = min === 1 ? 'must not be empty' : `must be at least ${min} characters`;
  return (min > 0 ? trimmed.min(min, atLeast) : trimmed).max(max, `must be at most ${max} characters`);
};

/** A value the client only passes back as it got it, such as a cursor: not trimmed. */
export const opaqueText = (max: number) => text().max(max, `must be at most ${max} characters`);

/** An http or https address. */
export const httpUrl = (max: number) =>
  text()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .pipe(z.url({ protocol: /^https?$/, error: 'must be an http or https address' }));

export const countryCode = text()
  .transform((value) => value.trim().toUpperCase())
  .refine((value) => countrySet.has(value), 'must be an ISO 3166-1 alpha-2 country code');

export const languageCode = text()
  .transform((value) => value.trim().toLowerCase())
  .refine((value) => languageSet.has(value), 'must be an ISO 639-1 language code');

export const emailAddress = text()
  .trim()
  .max(LIMITS.emailMax)
  .pipe(z.email('must be an email address'))
  .transform((value) => value.toLowerCase());

/** The largest value of a PostgreSQL integer column. */
export const INTEGER_MAX = 2_147_483_647;

/** A version or revision number from a query or a path: 1 and up, within the integer column that keeps it. */
export const sequenceNumber = z.coerce
  .number()
  .int('must be a whole number')
  .min(1, 'must be 1 or more')
  .max(INTEGER_MAX, `must be at most ${INTEGER_MAX}`);

/**
 * A day or a moment in a query (`2026-03-01` or `2026-03-01T12:00:00Z`), as a Date. A bare day is its start
 * in UTC; as the end of a range (`endOfDay`), a bare day is the start of the next one, so that a range
 * "to 2026-03-01" takes that whole day.
 */
export const queryTime = (options: { endOfDay?: boolean } = {}) =>
  text()
    .trim()
    .pipe(
      z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
        error: 'must be a date (YYYY-MM-DD) or an ISO 8601 time',
      }),
    )
    .transform((value) => {
      const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
      const time = new Date(day ? `${value}T00:00:00.000Z` : value);
      if (day && options.endOfDay) time.setUTCDate(time.getUTCDate() + 1);
      return time;
    });

export const uuid = z.uuid('must be a UUID');
export const idParamSchema = z.object({ id: uuid });

/**
 * A string in a response schema. What the server answers was stored already, so responses need no
 * storable-text check; this is the one place a response schema gets its strings from (see common/responses.ts).
 */
export const responseText = z.string();

/** A time in a response: ISO 8601, as `Date.prototype.toISOString` writes it (or with an offset). */
export const responseTime = z.iso.datetime({ offset: true });
