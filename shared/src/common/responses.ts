import { z } from 'zod';
import type { ApiErrorBody } from './errors';
import { responseText } from './fields';

/**
 * Response schemas describe what the API answers, beside the request schemas that describe what it takes.
 * They are strict: a field the schema does not name is drift, found by the API tests, which check every
 * answer they get against the OpenAPI document built from these schemas. Each has a TypeScript interface
 * that clients import; `SameShape` proves at compile time that the two say the same thing.
 */

/** True when A and B accept the same values (each is assignable to the other). */
export type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Fails to compile unless its argument is `true`: `type _Checks = [Proves<SameShape<...>>, ...]`. */
export type Proves<T extends true> = T;

export const responseId = z.uuid();

/** An object of a response: strict, so that an unnamed field fails the contract tests. */
export const responseObject = z.strictObject;

/** A page of a list: `{ items, nextCursor }`. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  responseObject({ items: z.array(item), nextCursor: responseText.nullable() });

/** The one shape of every error the API answers with (see the backend's exception filter). */
export const apiErrorSchema = responseObject({
  statusCode: z.number().int().min(400).max(599),
  error: responseText,
  message: z.union([responseText, z.array(responseText)]),
  /** A stable name for errors a client acts on (e.g. `second-factor-enrolment-required`). */
  code: responseText.optional(),
});

export type ErrorChecks = [Proves<SameShape<z.output<typeof apiErrorSchema>, ApiErrorBody>>];

/** `GET /api/health`: 200 when the database answers, 503 (with the same shape) when it does not. */
export const healthSchema = responseObject({
  status: z.enum(['ok', 'error']),
  db: z.enum(['ok', 'unreachable']),
});
