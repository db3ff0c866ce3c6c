import type { OpenAPIObject } from '@nestjs/swagger';
import { DOCUMENTED_RESPONSES, type ResponseBody } from '../../src/common/responses';
import { describeIssues } from '../../src/common/zod.pipe';
import { apiErrorSchema } from '@pn/shared';

/**
 * Every answer the API tests receive through `TestApp.request` is checked against the OpenAPI document: the
 * operation must document the status, and the body must match the response schema it names for it (the
 * shared zod schema the document was built from), with the content type it names. An answer of an operation
 * the document does not know (a page, /api/docs-json, an unknown path) is not checked there; tests that use
 * `fetch` itself check theirs with `checkedFetch`.
 */

export interface Route {
  method: string;
  pattern: RegExp;
  /** Path parameters: fewer is more specific (`/users/me` before `/users/{id}`). */
  parameters: number;
  operationId: string;
  template: string;
}

export class ContractViolation extends Error {
  override name = 'ContractViolation';
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

export function routesOf(document: OpenAPIObject): Route[] {
  const routes: Route[] = [];
  for (const [template, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = (item as Record<string, { operationId?: string } | undefined>)[method];
      if (!operation?.operationId) continue;
      const parts = template.split('/').map((part) => (/^\{.+\}$/.test(part) ? '[^/]+' : escape(part)));
      routes.push({
        method: method.toUpperCase(),
        pattern: new RegExp(`^${parts.join('/')}$`),
        parameters: (template.match(/\{/g) ?? []).length,
        operationId: operation.operationId,
        template,
      });
    }
  }
  return routes.sort((a, b) => a.parameters - b.parameters);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What the document says of an answer: the operation, and the body it names for the status (if it lists it). */
function documented(routes: Route[], method: string, path: string, status: number) {
  const route = routes.find((candidate) => candidate.method === method.toUpperCase() && candidate.pattern.test(path));
  if (!route) return null;
  const where = `${method.toUpperCase()} ${route.template} (${route.operationId}) answered ${status}`;
  const answers = DOCUMENTED_RESPONSES.get(route.operationId);
  return { where, answers, expected: answers?.get(status) };
}

function isMediaType(body: ResponseBody | undefined): body is { mediaType: string | readonly string[] } {
  return typeof body === 'object' && body !== null && 'mediaType' in body;
}

/** The essence of a Content-Type header: `application/json; charset=utf-8` is `application/json`. */
function essence(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * What breaks the document in an answer, or null: a status it does not list for the operation, a body that
 * does not match the response schema, a content type other than the one it names (when the answer's is given).
 */
export function answerProblem(
  routes: Route[],
  method: string,
  url: string,
  answer: { status: number; body: unknown; text: string; contentType?: string | null },
): string | null {
  const path = url.replace(/[?#].*$/, '');
  const found = documented(routes, method, path, answer.status);
  if (!found) return null;
  const { where, answers, expected } = found;
  if (!answers) return `${where}: the operation documents no response (@Responds)`;
  if (expected === undefined) {
    const listed = [...answers.keys()].sort().join(', ');
    return `${where}, a status the OpenAPI document does not list for it (it lists ${listed})\n${answer.text.slice(0, 500)}`;
  }
  if (expected === null) {
    return answer.text === ''
      ? null
      : `${where} with a body, where the document says none:\n${answer.text.slice(0, 500)}`;
  }
  const type = answer.contentType === undefined ? undefined : essence(answer.contentType);
  if (isMediaType(expected)) {
    const types: readonly string[] = typeof expected.mediaType === 'string' ? [expected.mediaType] : expected.mediaType;
    return type === undefined || types.includes(type)
      ? null
      : `${where} with the content type ${type || '(none)'}, where the document names ${types.join(', ')}`;
  }
  if (type !== undefined && type !== 'application/json') {
    return `${where} with the content type ${type || '(none)'}, where the document names application/json`;
  }
  const result = (expected as Extract<ResponseBody, { safeParse: unknown }>).safeParse(answer.body);
  if (!result.success) {
    return (
      `${where} with a body that does not match its response schema:\n  ${describeIssues(result.error).join('\n  ')}\n` +
      `body: ${answer.text.slice(0, 1500)}`
    );
  }
  return null;
}

/** Throws a `ContractViolation` naming the operation and what differs, when an answer breaks the document. */
export function checkAnswer(
  routes: Route[],
  method: string,
  url: string,
  answer: { status: number; body: unknown; text: string; contentType?: string | null },
): void {
  const problem = answerProblem(routes, method, url, answer);
  if (problem) throw new ContractViolation(problem);
}

let documentRead: Promise<Route[]> | undefined;

/**
 * The operations of the document that an app at `origin` serves. Every app of the process builds the same
 * document from the same decorators: the first one read serves them all.
 */
export function documentRoutes(origin: string): Promise<Route[]> {
  documentRead ??= fetch(`${origin}/api/docs-json`).then(async (response) =>
    routesOf((await response.json()) as OpenAPIObject),
  );
  return documentRead;
}

/**
 * What breaks the contract in an answer that `fetch` got from the app, or null. For tests that cannot go
 * through `TestApp.request` (a raw body, a file, a hostile value, a page), so that their API answers are
 * checked all the same. Only `/api` answers are the API's: pages, assets and socket.io are the frontend's
 * and the socket's, which their own tests check. A file's body is not read (the test reads it, and it may be
 * large): its status and content type are checked against the document. An `/api` path that is no operation
 * must be the API's 404, with its error body.
 */
export async function fetchedAnswerProblem(method: string, url: string, response: Response): Promise<string | null> {
  const { origin, pathname } = new URL(url);
  if (pathname !== '/api' && !pathname.startsWith('/api/')) return null;
  // The document itself, and the page that shows it.
  if (pathname === '/api/docs-json' || pathname === '/api/docs' || pathname.startsWith('/api/docs/')) return null;
  const routes = await documentRoutes(origin);
  const contentType = response.headers.get('content-type');
  const found = documented(routes, method, pathname, response.status);
  if (isMediaType(found?.expected)) {
    return answerProblem(routes, method, pathname, { status: response.status, body: undefined, text: '', contentType });
  }
  const text = await response.clone().text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: the schema check says so
  }
  if (!found) {
    const error = apiErrorSchema.safeParse(body);
    return response.status === 404 && essence(contentType) === 'application/json' && error.success
      ? null
      : `${method.toUpperCase()} ${pathname}, no operation of the document, answered ${response.status} ` +
          `(${essence(contentType) || 'no content type'}), not the API's 404:\n${text.slice(0, 500)}`;
  }
  return answerProblem(routes, method, pathname, { status: response.status, body, text, contentType });
}

/** `fetch`, with the answer checked against the OpenAPI document like `TestApp.request`'s (see above). */
export async function checkedFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(url, init);
  const problem = await fetchedAnswerProblem(init.method ?? 'GET', url, response);
  if (problem) throw new ContractViolation(problem);
  return response;
}
