import { z } from 'zod';
import { COUNTRY_CODES, LANGUAGE_CODES } from './codes';
import { LIMITS } from './limits';

const countrySet: ReadonlySet<string> = new Set(COUNTRY_CODES);
const languageSet: ReadonlySet<string> = new Set(LANGUAGE_CODES);

/** A line of text: trimmed, no control characters, within a length. */
export const textLine = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    // eslint-disable-next-line no-control-regex
    .regex(/^[^\u0000-\u001f\u007f]*$/, 'must not contain control characters');

export const countryCode = z
  .string()
  .transform((value) => value.trim().toUpperCase())
  .refine((value) => countrySet.has(value), 'must be an ISO 3166-1 alpha-2 country code');

export const languageCode = z
  .string()
  .transform((value) => value.trim().toLowerCase())
  .refine((value) => languageSet.has(value), 'must be an ISO 639-1 language code');

export const emailAddress = z
  .string()
  .trim()
  .max(LIMITS.emailMax)
  .pipe(z.email('must be an email address'))
  .transform((value) => value.toLowerCase());

export const uuid = z.uuid('must be a UUID');
export const idParamSchema = z.object({ id: uuid });
