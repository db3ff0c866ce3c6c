import type { z } from 'zod';
import type { Message, MessageKey } from '../i18n/types';
import { isApiError, NETWORK_ERROR_STATUS } from './http';

type Issue = z.ZodError['issues'][number];

/**
 * The English messages of the shared schemas (which the API also answers with), mapped to our keys so that
 * they are shown in the reader's language. Anything not listed falls back to the issue's code, or is shown
 * as the server wrote it.
 */
const KNOWN_TEXTS: Record<string, MessageKey> = {
  'must not be empty': 'validation.required',
  'must be an email address': 'validation.email',
  'must not contain control characters': 'validation.controlCharacters',
  'must be an ISO 3166-1 alpha-2 country code': 'validation.country',
  'must be an ISO 639-1 language code': 'validation.language',
  'is required to set a new password': 'validation.currentPasswordRequired',
  'nothing to change': 'validation.nothingToChange',
  'role or status is required': 'validation.roleOrStatusRequired',
  'must be lowercase letters, digits and single hyphens': 'validation.slug',
  'must be after the start': 'validation.meetingEnd',
  'must be within 14 days of the start': 'validation.meetingEnd',
  'must be an IANA time zone name, such as Europe/Copenhagen': 'validation.timeZone',
  'give an online link or a place': 'validation.linkOrPlace',
  'must be 1 or more (leave it out for no limit)': 'validation.capacity',
  'must be a whole number': 'validation.capacity',
  'must be an http or https address': 'resources.errors.url',
  'groupSlug is required with scope "group", and only then': 'resources.errors.groupRequired',
  'must all differ': 'polls.errors.optionsDiffer',
  'must be in the future': 'polls.errors.closesInPast',
  'must be within 366 days': 'polls.errors.closesTooLate',
};

/** Translates a known English text of the schemas or the API; null when unknown. */
export function knownTextMessage(text: string): Message | null {
  const trimmed = text.trim();
  const key = KNOWN_TEXTS[trimmed];
  if (key) return { key };
  const atLeast = /^must be at least (\d+) characters$/.exec(trimmed);
  if (atLeast?.[1]) return { key: 'validation.tooShort', values: { min: Number(atLeast[1]) } };
  const atMost = /^must be at most (\d+) characters$/.exec(trimmed);
  if (atMost?.[1]) return { key: 'validation.tooLong', values: { max: Number(atMost[1]) } };
  return null;
}

/** The message for one zod issue of a form. */
export function issueMessage(issue: Issue): Message {
  const known = knownTextMessage(issue.message);
  if (known) return known;
  switch (issue.code) {
    case 'invalid_type':
      return { key: 'validation.required' };
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') {
        return minimum <= 1 ? { key: 'validation.required' } : { key: 'validation.tooShort', values: { min: minimum } };
      }
      if (issue.origin === 'array') return { key: 'validation.tooFew', values: { min: minimum } };
      return { key: 'validation.invalid' };
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return { key: 'validation.tooLong', values: { max: maximum } };
      if (issue.origin === 'array') return { key: 'validation.tooMany', values: { max: maximum } };
      return { key: 'validation.invalid' };
    }
    case 'invalid_format':
      return issue.format === 'email' ? { key: 'validation.email' } : { key: 'validation.invalid' };
    case 'invalid_value':
      return { key: 'validation.chooseOption' };
    default:
      return { key: 'validation.invalid' };
  }
}

/** Splits an API validation message `"field.path: text"` into the field (its first segment) and the text. */
export function splitFieldMessage(message: string): { field: string | null; text: string } {
  const match = /^([A-Za-z][\w]*)(?:\.[\w.]+)?:\s+(.+)$/s.exec(message);
  if (match?.[1] && match[2]) return { field: match[1], text: match[2] };
  return { field: null, text: message };
}

/** Messages for the statuses a form may meet, chosen per form (e.g. 409 on sign-up means a known email). */
export type StatusMessages = Partial<Record<number, MessageKey>>;

/** A single message describing an error that is not a per-field validation problem. */
export function errorMessage(error: unknown, statusMessages: StatusMessages = {}): Message {
  if (!isApiError(error)) return { key: 'errors.generic' };
  const specific = statusMessages[error.status];
  if (specific) return { key: specific };
  switch (error.status) {
    case NETWORK_ERROR_STATUS:
      return { key: 'errors.network' };
    case 401:
      return { key: 'errors.unauthorized' };
    case 403:
      return { key: 'errors.forbidden' };
    case 404:
      return { key: 'errors.notFound' };
    case 409:
      return { key: 'errors.conflict' };
    case 413:
      return { key: 'errors.tooLarge' };
    case 429:
      return { key: 'errors.tooManyAttempts' };
    default:
      if (error.status >= 500) return { key: 'errors.server' };
      return error.messages[0]
        ? (knownTextMessage(error.messages[0]) ?? { text: error.messages[0] })
        : { key: 'errors.generic' };
  }
}
