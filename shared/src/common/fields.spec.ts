import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import * as shared from '../index';
import { isStorableText, STORABLE_TEXT_MESSAGE, text, textBlock, textLine } from './fields';

const UNSTORABLE = ['a\u0000b', '\u0000', 'a\uD800b', '\uD800', 'x\uDC00', '\uDC00\uD800'];

describe('isStorableText', () => {
  it.each(UNSTORABLE)('refuses %j', (value) => expect(isStorableText(value)).toBe(false));

  it.each(['', 'plain', 'æøå', 'emoji 😀 in pairs', '\uD83D\uDE00', 'tab\tand\nnew line', '\u202Eright-to-left'])(
    'keeps %j',
    (value) => expect(isStorableText(value)).toBe(true),
  );
});

describe('the text helpers', () => {
  it.each([
    ['text', text()],
    ['textLine', textLine(100)],
    ['textBlock', textBlock(100)],
  ])('%s refuses NUL and unpaired surrogates with one message', (_name, schema) => {
    for (const value of UNSTORABLE) {
      const result = schema.safeParse(value);
      expect(result.error?.issues.map((issue) => issue.message)).toEqual([STORABLE_TEXT_MESSAGE]);
    }
  });
});

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
};

interface Leaf {
  path: PropertyKey[];
  format?: string;
  /** Constant properties of the objects on the way (a discriminated union's tag), so that its member is chosen. */
  tags: Array<{ path: PropertyKey[]; value: unknown }>;
}

/** The path of every free string in a schema's input: object properties, array items, union members. */
function stringLeaves(schema: JsonSchema, path: PropertyKey[] = [], tags: Leaf['tags'] = []): Leaf[] {
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const leaves: Leaf[] = [];
  for (const member of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) {
    leaves.push(...stringLeaves(member, path, tags));
  }
  if (types.includes('string') && !schema.enum && schema.const === undefined)
    leaves.push({ path, format: schema.format, tags });
  const properties = Object.entries(schema.properties ?? {});
  const objectTags = [
    ...tags,
    ...properties
      .filter(([, p]) => p.const !== undefined)
      .map(([key, p]) => ({ path: [...path, key], value: p.const })),
  ];
  for (const [key, property] of properties) leaves.push(...stringLeaves(property, [...path, key], objectTags));
  if (schema.items) leaves.push(...stringLeaves(schema.items, [...path, 0], tags));
  const seen = new Set<string>();
  return leaves.filter((leaf) => !seen.has(leaf.path.join('.')) && seen.add(leaf.path.join('.')));
}

/** `value` at the leaf's path, inside the objects and arrays the path goes through, beside the leaf's tags. */
function placed(leaf: Leaf, value: unknown): unknown {
  let root: unknown = undefined;
  const set = (path: PropertyKey[], item: unknown) => {
    if (path.length === 0) {
      root = item;
      return;
    }
    root ??= typeof path[0] === 'number' ? [] : {};
    let node = root as Record<PropertyKey, unknown>;
    path.forEach((key, i) => {
      if (i === path.length - 1) node[key] = item;
      else node = (node[key] ??= typeof path[i + 1] === 'number' ? [] : {}) as Record<PropertyKey, unknown>;
    });
  };
  for (const tag of leaf.tags) set(tag.path, tag.value);
  set(leaf.path, value);
  return root;
}

/** The response schemas (`<domain>/responses.ts`): what the server answers was stored already. */
const responseSchemas = new Set(
  readdirSync(join(__dirname, '..'))
    .map((domain) => join(__dirname, '..', domain, 'responses.ts'))
    .filter((file) => existsSync(file))
    .flatMap((file) => Object.values(jest.requireActual<Record<string, unknown>>(file))),
);

const requestSchemas = Object.entries(shared as Record<string, unknown>).filter(
  (entry): entry is [string, z.ZodType] =>
    entry[0].endsWith('Schema') && entry[1] instanceof z.ZodType && !responseSchemas.has(entry[1]),
);

describe('every request schema of the shared package', () => {
  it('is found', () => {
    expect(requestSchemas.length).toBeGreaterThan(40);
  });

  it.each(requestSchemas)(
    '%s refuses NUL and unpaired surrogates in each of its strings, naming the field',
    (_name, schema) => {
      const leaves = stringLeaves(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
      for (const leaf of leaves) {
        for (const value of UNSTORABLE) {
          const result = schema.safeParse(placed(leaf, value));
          const issues = (result.error?.issues ?? []).filter((issue) => issue.path.join('.') === leaf.path.join('.'));
          const where = `${leaf.path.join('.') || '(the value)'} = ${JSON.stringify(value)}`;
          expect({ where, refused: issues.length > 0 }).toEqual({ where, refused: true });
          // Formats such as UUIDs refuse it by their own pattern; free text says why.
          if (!leaf.format)
            expect({ where, messages: issues.map((i) => i.message) }).toEqual({
              where,
              messages: [STORABLE_TEXT_MESSAGE],
            });
        }
      }
    },
  );

  it('has strings to check in its bodies, queries and params', () => {
    const total = requestSchemas.reduce(
      (sum, [, schema]) =>
        sum + stringLeaves(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema).length,
      0,
    );
    expect(total).toBeGreaterThan(100);
  });
});
