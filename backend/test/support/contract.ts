import type { OpenAPIObject } from '@nestjs/swagger';
import { DOCUMENTED_RESPONSES, type ResponseBody } from '../../src/common/responses';
import { describeIssues } from '../../src/common/zod.pipe';

/**
 * Every answer the API tests receive through `TestApp.request` is checked against the OpenAPI document: the
 * operation must document the status, and the body must match the response schema it names for it (the
 * shared zod schema the document was built from). An answer of an operation the document does not know
 * (a page, /api/docs-json, an unknown path) is not checked.
 */

interface Route {
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

/** Throws a `ContractViolation` naming the operation and what differs, when an answer breaks the document. */
export function checkAnswer(
  routes: Route[],
  method: string,
  url: string,
  answer: { status: number; body: unknown; text: string },
): void {
  const path = url.replace(/[?#].*$/, '');
  const route = routes.find((candidate) => candidate.method === method.toUpperCase() && candidate.pattern.test(path));
  if (!route) return;
  const where = `${method.toUpperCase()} ${route.template} (${route.operationId}) answered ${answer.status}`;
  const documented = DOCUMENTED_RESPONSES.get(route.operationId);
  if (!documented) throw new ContractViolation(`${where}: the operation documents no response (@Responds)`);
  const expected: ResponseBody | undefined = documented.get(answer.status);
  if (expected === undefined) {
    const listed = [...documented.keys()].sort().join(', ');
    throw new ContractViolation(
      `${where}, a status the OpenAPI document does not list for it (it lists ${listed})\n${answer.text.slice(0, 500)}`,
    );
  }
  if (expected === null) {
    if (answer.text !== '') {
      throw new ContractViolation(`${where} with a body, where the document says none:\n${answer.text.slice(0, 500)}`);
    }
    return;
  }
  if ('mediaType' in expected && typeof expected.mediaType === 'string') return;
  const result = (expected as Extract<ResponseBody, { safeParse: unknown }>).safeParse(answer.body);
  if (!result.success) {
    throw new ContractViolation(
      `${where} with a body that does not match its response schema:\n  ${describeIssues(result.error).join('\n  ')}\n` +
        `body: ${answer.text.slice(0, 1500)}`,
    );
  }
}
