import type { FieldSchema } from './fuzz';

/** An operation of the OpenAPI document, as the fuzz test sends it hostile values. */
export interface Operation {
  method: string;
  path: string;
  parameters: Array<{ name: string; in: 'query' | 'path'; required: boolean; schema: FieldSchema }>;
  json?: FieldSchema;
  form?: FieldSchema;
}

export interface Attempt {
  name: string;
  /** Path parameters given as they are (already written for the URL), instead of filled in. */
  pathValues?: Record<string, string>;
  query?: string;
  body?: { raw: string | Buffer; contentType: string };
}

/** The operations of the document that take a JSON body, a form, a query or path parameters. */
export function operationsOf(document: {
  paths: Record<
    string,
    Record<string, { parameters?: any[]; requestBody?: { content?: Record<string, { schema?: FieldSchema }> } }>
  >;
}): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const content = operation.requestBody?.content ?? {};
      const found: Operation = {
        method: method.toUpperCase(),
        path,
        parameters: (operation.parameters ?? []).map((p) => ({
          name: p.name,
          in: p.in,
          required: p.required === true,
          schema: p.schema ?? {},
        })),
        json: content['application/json']?.schema,
        form: content['multipart/form-data']?.schema,
      };
      if (found.json || found.form || found.parameters.length > 0) operations.push(found);
    }
  }
  return operations;
}

/** A stable number for a text (FNV-1a), to seed each operation's values apart. */
export function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
