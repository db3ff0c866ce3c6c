import Ajv, { type ValidateFunction } from 'ajv';

/**
 * The end-to-end tests' answers from the product's API, checked against the OpenAPI document the product
 * serves (`/api/docs-json`), as the backend's API tests check theirs: the operation must list the status, with
 * the answer's content type, and a JSON body must match the response schema there. The product runs in
 * another process, so the document is read from it and its JSON schemas are checked with Ajv.
 */

interface Content {
  schema?: Record<string, unknown>;
}

interface Operation {
  operationId?: string;
  responses?: Record<string, { content?: Record<string, Content> }>;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: Record<string, unknown>;
}

interface Route {
  method: string;
  pattern: RegExp;
  parameters: number;
  template: string;
  operation: Operation;
}

export class ContractViolation extends Error {
  override name = 'ContractViolation';
}

interface Contract {
  routes: Route[];
  validator(route: Route, status: string): ValidateFunction;
}

const contracts = new Map<string, Promise<Contract>>();

function contractOf(origin: string): Promise<Contract> {
  let contract = contracts.get(origin);
  if (!contract) {
    contract = fetch(`${origin}/api/docs-json`).then(async (response) =>
      build((await response.json()) as OpenApiDocument),
    );
    // A product that was not answering (killed, restarting) is asked again next time.
    contract.catch(() => contracts.delete(origin));
    contracts.set(origin, contract);
  }
  return contract;
}

function build(document: OpenApiDocument): Contract {
  const routes: Route[] = [];
  for (const [template, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const parts = template
        .split('/')
        .map((part) => (/^\{.+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      routes.push({
        method: method.toUpperCase(),
        pattern: new RegExp(`^${parts.join('/')}$`),
        parameters: (template.match(/\{/g) ?? []).length,
        template,
        operation,
      });
    }
  }
  // Fewer path parameters is more specific: `/users/me` before `/users/{id}`.
  routes.sort((a, b) => a.parameters - b.parameters);
  // The document's own keywords (descriptions, examples, OpenAPI's nullable) are not JSON Schema's: not strict.
  // Formats are left to the backend's own tests, which check with the zod schemas themselves.
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  const compiled = new Map<string, ValidateFunction>();
  return {
    routes,
    validator(route, status) {
      const key = `${route.method} ${route.template} ${status}`;
      let validate = compiled.get(key);
      if (!validate) {
        const schema = route.operation.responses![status]!.content!['application/json']!.schema ?? {};
        // The schema with the document's components beside it, where its `#/components/...` references point.
        validate = ajv.compile({ ...schema, components: document.components });
        compiled.set(key, validate);
      }
      return validate;
    },
  };
}

function essence(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * What breaks the document in an answer of the product, or null. Pages and assets are the frontend's, not the
 * API's, and the test checks them; a file is checked by its status and content type, its body left unread for
 * the test; an `/api` path that is no operation must be the API's 404.
 */
export async function answerProblem(method: string, url: string, response: Response): Promise<string | null> {
  const { origin, pathname } = new URL(url);
  if (pathname !== '/api' && !pathname.startsWith('/api/')) return null;
  if (pathname === '/api/docs-json' || pathname === '/api/docs' || pathname.startsWith('/api/docs/')) return null;
  const contract = await contractOf(origin);
  const route = contract.routes.find((r) => r.method === method.toUpperCase() && r.pattern.test(pathname));
  const type = essence(response.headers.get('content-type'));
  const status = String(response.status);
  if (!route) {
    const body = type === 'application/json' ? ((await response.clone().json()) as { statusCode?: unknown }) : null;
    return response.status === 404 && body?.statusCode === 404
      ? null
      : `${method} ${pathname}, no operation of the document, answered ${status} (${type || 'no content type'}), not the API's 404`;
  }
  const where = `${method} ${route.template} (${route.operation.operationId}) answered ${status}`;
  const documented = route.operation.responses?.[status];
  if (!documented) {
    const listed = Object.keys(route.operation.responses ?? {}).join(', ');
    return `${where}, a status the OpenAPI document does not list for it (it lists ${listed})`;
  }
  const types = Object.keys(documented.content ?? {});
  if (types.length === 0) {
    const text = await response.clone().text();
    return text === '' ? null : `${where} with a body, where the document says none: ${text.slice(0, 300)}`;
  }
  if (!types.includes(type))
    return `${where} with the content type ${type || '(none)'}, where it names ${types.join(', ')}`;
  if (type !== 'application/json') return null;
  const text = await response.clone().text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return `${where} with a body that is not JSON: ${text.slice(0, 300)}`;
  }
  const validate = contract.validator(route, status);
  if (validate(body)) return null;
  const issues = (validate.errors ?? []).map((error) => `${error.instancePath || '(body)'} ${error.message}`);
  return `${where} with a body that does not match its response schema:\n  ${issues.join('\n  ')}\nbody: ${text.slice(0, 1500)}`;
}

/** `fetch`, with an answer of the product's API checked against its OpenAPI document (see above). */
export async function checkedFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(url, init);
  const problem = await answerProblem(init.method ?? 'GET', url, response);
  if (problem) throw new ContractViolation(problem);
  return response;
}
