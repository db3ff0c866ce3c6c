import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ApiOperation, ApiResponse, ApiSecurity, type OpenAPIObject } from '@nestjs/swagger';
import { apiErrorSchema } from '@pn/shared';
import { z } from 'zod';
import { ACCESS_KEY, type AccessRule } from './access';

/**
 * What an operation answers, in the OpenAPI document and for the API tests, which check every answer they get
 * against it. A body is a shared response schema (JSON); `null` is no body (204, or a 202 with nothing to
 * say); a media type is a body that is not JSON (a file, a calendar), described by its type only, or by the
 * types it may have (a file is sent with its own).
 */
export type ResponseBody = z.ZodType | null | { mediaType: string | readonly string[] };

/** One operation's answers by status, under the operation id of the OpenAPI document. */
export const DOCUMENTED_RESPONSES = new Map<string, Map<number, ResponseBody>>();

/** Named schemas that response schemas refer to (a recursive one), for the document's components. */
const COMPONENTS: Record<string, Record<string, unknown>> = {};

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  303: 'See Other',
  304: 'Not Modified',
  400: 'Bad Request: a malformed body, or a field that is not valid (named in the message)',
  401: 'Unauthorized: no session, or a token that is not valid',
  403: 'Forbidden: the role, the account status or a rule of the resource does not allow it (or a cross-site or CSRF refusal)',
  404: 'Not Found, or not visible to the caller',
  409: 'Conflict with the current state',
  410: 'Gone',
  413: 'Payload Too Large',
  414: 'URI Too Long: a path parameter longer than the router takes (100 characters)',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests: wait for Retry-After seconds',
  503: 'Service Unavailable: the database cannot serve; retry after Retry-After seconds',
};

const UNSAFE = new Set([RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE]);

/** The JSON schema of a response schema, its named parts moved to the document's components. */
export function responseJsonSchema(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io: 'output', target: 'openapi-3.0', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  const { definitions, ...rest } = json as { definitions?: Record<string, Record<string, unknown>> };
  const local = (value: unknown): unknown =>
    simplified(JSON.parse(JSON.stringify(value).replaceAll('"#/definitions/', '"#/components/schemas/')));
  for (const [name, definition] of Object.entries(definitions ?? {})) {
    COMPONENTS[name] = local(definition) as Record<string, unknown>;
  }
  return local(rest) as Record<string, unknown>;
}

/**
 * OpenAPI 3.0 has no tuples: a pair of numbers becomes an array whose items are `anyOf` the two, the same
 * schema twice, which is said once instead.
 */
function simplified(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(simplified);
  if (!value || typeof value !== 'object') return value;
  const object = Object.fromEntries(Object.entries(value).map(([key, part]) => [key, simplified(part)]));
  const anyOf = object.anyOf as unknown[] | undefined;
  if (anyOf && new Set(anyOf.map((part) => JSON.stringify(part))).size === 1) {
    const { anyOf: _same, ...rest } = object;
    return { ...rest, ...(anyOf[0] as object) };
  }
  return object;
}

/**
 * The router's own refusal of a path parameter over its length limit (fastify's `maxParamLength`): a 414 that
 * every operation with a path parameter may answer, with the API's error body. Added once the document is
 * built, since only then is a controller's path (`groups/:slug`) joined to its methods' (`join`).
 */
export function addRouterRefusals(document: OpenAPIObject): void {
  for (const [template, item] of Object.entries(document.paths)) {
    if (!template.includes('{')) continue;
    for (const operation of Object.values(item) as Array<{
      operationId?: string;
      responses?: Record<string, unknown>;
    }>) {
      if (!operation?.operationId || !operation.responses || operation.responses['414']) continue;
      operation.responses['414'] = {
        description: STATUS_TEXT[414]!,
        content: { 'application/json': { schema: responseJsonSchema(apiErrorSchema) } },
      };
      DOCUMENTED_RESPONSES.get(operation.operationId)?.set(414, apiErrorSchema);
    }
  }
}

/** Adds the named schemas that the response schemas refer to; called once the document is built. */
export function addResponseComponents(document: OpenAPIObject): void {
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...COMPONENTS } };
}

function method(descriptor: PropertyDescriptor): { verb: RequestMethod; path: string } {
  const handler = descriptor.value as object;
  const verb = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
  const path = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
  if (verb === undefined || path === undefined) {
    throw new Error('@Responds and @Errors go above the route decorator (@Get, @Post...), which they read');
  }
  return { verb, path: Array.isArray(path) ? path.join() : path };
}

/** `ResourcesController.listVersions` is "Resources: list versions". */
function summaryOf(controller: string, method: string): string {
  const words = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const subject = words(controller.replace(/Controller$/, ''));
  return `${subject.charAt(0).toUpperCase()}${subject.slice(1)}: ${words(method)}`;
}

function record(target: object, key: string | symbol, status: number, body: ResponseBody): void {
  const operationId = `${target.constructor.name}_${String(key)}`;
  const responses = DOCUMENTED_RESPONSES.get(operationId) ?? new Map<number, ResponseBody>();
  DOCUMENTED_RESPONSES.set(operationId, responses);
  responses.set(status, body);
}

function describe(status: number, body: ResponseBody): MethodDecorator {
  const description = STATUS_TEXT[status] ?? String(status);
  if (body === null) return ApiResponse({ status, description });
  if ('mediaType' in body) {
    const schema = { type: 'string', format: 'binary' };
    const types: readonly string[] = typeof body.mediaType === 'string' ? [body.mediaType] : body.mediaType;
    return ApiResponse({ status, description, content: Object.fromEntries(types.map((type) => [type, { schema }])) });
  }
  return ApiResponse({ status, description, schema: responseJsonSchema(body as z.ZodType) });
}

function answer(status: number, body: ResponseBody): MethodDecorator {
  return (target, key, descriptor) => {
    record(target, key, status, body);
    describe(status, body)(target, key, descriptor);
  };
}

/**
 * What an operation answers when it succeeds, and the errors that every operation of its kind may meet:
 * 401 (a token that is not valid, even on public ones) and 503 (the database); on writes 400 (a malformed
 * body), 403 (a cross-site request, a missing CSRF header), 413 and 415; 400 where the request has
 * validated parts, 403 where a role or an active account is needed, 404 where the path names something
 * (and 414, added with the document: see `addRouterRefusals`).
 * Errors of the operation's own rules are listed with `@Errors`. Goes first, above `@Errors`, the route and
 * the access decorators, which it reads.
 */
export function Responds(status: number, body: ResponseBody): MethodDecorator {
  return (target, key, descriptor) => {
    const { verb, path } = method(descriptor);
    const handler = descriptor.value as object;
    const rule = Reflect.getMetadata(ACCESS_KEY, handler) as AccessRule | undefined;
    const validated = (Reflect.getMetadata('swagger/apiParameters', handler) ?? []).length > 0;
    const unsafe = UNSAFE.has(verb);
    const errors = new Set([401, 503]);
    if (unsafe) [400, 403, 413, 415].forEach((code) => errors.add(code));
    if (validated) errors.add(400);
    if (rule?.kind !== 'public') errors.add(403);
    if (path.includes(':')) errors.add(404);
    ApiOperation({ summary: summaryOf(target.constructor.name, String(key)) })(target, key, descriptor);
    answer(status, body)(target, key, descriptor);
    const documented = DOCUMENTED_RESPONSES.get(`${target.constructor.name}_${String(key)}`)!;
    for (const code of errors) if (!documented.has(code)) answer(code, apiErrorSchema)(target, key, descriptor);
    // A public operation may be called without a session (the empty requirement), or with one.
    const security: Array<Record<string, string[]>> = [{ bearer: [] }, { cookie: [] }];
    if (rule?.kind === 'public') security.unshift({});
    for (const requirement of security) ApiSecurity(requirement)(target, key, descriptor);
  };
}

/**
 * Another answer of the operation besides its success (a 200 for a create that was a retry, a 304 for a
 * download the client has already). Goes below `@Responds` and above the route decorator.
 */
export function Answers(status: number, body: ResponseBody): MethodDecorator {
  return (target, key, descriptor) => {
    method(descriptor);
    answer(status, body)(target, key, descriptor);
  };
}

/**
 * Errors of an operation's own rules (a 409 for a state that forbids it, a 429 of a limit, a 404 of something
 * named in the body...), with the API's error body or a schema of their own. Goes below `@Responds` and
 * above the route decorator; a status it names is not implied again by `@Responds`.
 */
export function Errors(...errors: Array<number | [number, ResponseBody]>): MethodDecorator {
  return (target, key, descriptor) => {
    method(descriptor);
    for (const error of errors) {
      const [status, body] = typeof error === 'number' ? [error, apiErrorSchema] : error;
      answer(status, body)(target, key, descriptor);
    }
  };
}
