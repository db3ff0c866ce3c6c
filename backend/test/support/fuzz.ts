/**
 * Hostile values for the fuzz pass over the OpenAPI document: derived from each field's JSON schema, chosen by
 * a seeded generator so that a failure reproduces with the same seed.
 */

/** The JSON schema of a field, as the OpenAPI document gives it (OpenAPI 3.0 flavour). */
export interface FieldSchema {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, FieldSchema>;
  required?: string[];
  items?: FieldSchema;
  anyOf?: FieldSchema[];
  oneOf?: FieldSchema[];
}

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Picker {
  constructor(readonly random: () => number) {}

  one<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)]!;
  }

  /** Up to `count` different items of `list`, in a seeded order. */
  some<T>(list: readonly T[], count: number): T[] {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.random() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, count);
  }

  uuid(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.random() * 16).toString(16));
    hex[12] = '4';
    hex[16] = '89ab'[Math.floor(this.random() * 4)]!;
    const h = hex.join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
}

/**
 * Numbers JSON can write but JavaScript reads as infinite, and other raw JSON: placed in a value as a marker
 * string, written out by `toJson`.
 */
const RAW = (json: string) => `\u0001raw:${json}\u0001`;
export const INFINITY = RAW('1e999');
export const MINUS_INFINITY = RAW('-1e999');

/** JSON text of a value, with the raw markers written as the JSON they stand for. */
export function toJson(value: unknown): string {
  return JSON.stringify(value).replace(/"\\u0001raw:(.*?)\\u0001"/g, (_m, escaped: string) =>
    JSON.parse(`"${escaped}"`),
  );
}

export interface Hostile {
  /** What it is, for the failure report. */
  name: string;
  value: unknown;
  /** Tried on every field it fits, whatever the seed; the others are sampled. */
  always?: boolean;
}

/** Nesting written as JSON text: too deep for JSON.stringify, not for a parser that reads it. */
const deepArray = (depth: number) => RAW('['.repeat(depth) + ']'.repeat(depth));
const deepObject = (depth: number) => RAW('{"a":'.repeat(depth) + '{}' + '}'.repeat(depth));

/** Values of the wrong kind, whatever the field expects. */
function wrongTypes(schema: FieldSchema): Hostile[] {
  const types = typesOf(schema);
  const values: Hostile[] = [
    { name: 'deeply nested array', value: deepArray(5000) },
    { name: 'deeply nested object', value: deepObject(2000) },
    { name: 'an object with an operator', value: { $gt: '' } },
  ];
  if (!types.includes('string'))
    values.push({ name: 'a string', value: 'x' }, { name: 'a NUL string', value: '\u0000' });
  if (!types.includes('number') && !types.includes('integer')) values.push({ name: 'a number', value: 12345 });
  if (!types.includes('boolean')) values.push({ name: 'a boolean', value: true });
  if (!types.includes('array')) values.push({ name: 'an array', value: ['x'] });
  if (!types.includes('object')) values.push({ name: 'an object', value: { x: 1 } });
  if (!schema.nullable && !types.includes('null')) values.push({ name: 'null', value: null });
  return values;
}

export function typesOf(schema: FieldSchema): string[] {
  const own = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  return [...own, ...[...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].flatMap(typesOf)];
}

/** Hostile values for one field: of its own kind but out of bounds, and of other kinds. */
export function hostileValues(schema: FieldSchema): Hostile[] {
  const types = typesOf(schema);
  const values: Hostile[] = [];
  if (types.includes('string')) {
    const over = Math.max((schema.maxLength ?? 100_000) + 1, 1);
    values.push(
      { name: 'NUL inside', value: 'a\u0000b', always: true },
      { name: 'only NUL', value: '\u0000' },
      { name: 'a lone high surrogate', value: 'a\uD800b', always: true },
      { name: 'a lone low surrogate', value: '\uDFFF' },
      { name: 'surrogates reversed', value: '\uDC00\uD800' },
      { name: `${over} characters`, value: 'A'.repeat(over), always: true },
      { name: 'NUL, 5,000 times', value: '\u0000'.repeat(5000) },
      { name: 'right-to-left override and NUL', value: '\u202Etxt.exe\u0000' },
    );
    if (schema.enum) {
      const first = String(schema.enum[0]);
      values.push({ name: 'an enum value in capitals', value: first.toUpperCase() + 'X' });
      values.push({ name: 'an enum value with NUL', value: `${first}\u0000` });
    }
  }
  if (types.includes('number') || types.includes('integer')) {
    values.push(
      { name: '1e308', value: 1e308 },
      { name: '-1e308', value: -1e308 },
      { name: 'infinity (1e999)', value: INFINITY },
      { name: 'minus infinity', value: MINUS_INFINITY },
      { name: '2^53 + 2', value: 2 ** 53 + 2 },
      { name: 'past a 32-bit integer', value: 2 ** 31, always: true },
      { name: 'a numeric string', value: '1' },
    );
    if (schema.maximum !== undefined) values.push({ name: 'maximum + 1', value: schema.maximum + 1, always: true });
    if (schema.minimum !== undefined) values.push({ name: 'minimum - 1', value: schema.minimum - 1, always: true });
    if (types.includes('integer') && !types.includes('number')) values.push({ name: 'a fraction', value: 1.5 });
  }
  if (types.includes('boolean')) {
    values.push({ name: "'true'", value: 'true' }, { name: '1', value: 1 }, { name: "'yes'", value: 'yes' });
  }
  if (types.includes('array')) {
    const over = Math.max((schema.maxItems ?? 10_000) + 1, 10_001);
    values.push(
      { name: `${over} items`, value: Array.from({ length: over }, () => 'x'), always: true },
      { name: 'an array of NULs', value: ['\u0000', '\uD800'] },
      { name: 'an array of arrays', value: [[[['x']]]] },
      { name: 'an array of objects', value: [{ $where: '1' }] },
    );
  }
  if (types.includes('object')) {
    values.push({ name: 'an object with a NUL key', value: { '\u0000': 1 } });
  }
  return [...values, ...wrongTypes(schema)];
}

/** Every field of a body schema, however deep, with its path. */
export function fieldsOf(
  schema: FieldSchema,
  path: Array<string | number> = [],
): Array<{ path: Array<string | number>; schema: FieldSchema }> {
  const fields: Array<{ path: Array<string | number>; schema: FieldSchema }> = [];
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    fields.push({ path: [...path, key], schema: property }, ...fieldsOf(property, [...path, key]));
  }
  for (const member of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) fields.push(...fieldsOf(member, path));
  if (schema.items && typesOf(schema.items).includes('object')) fields.push(...fieldsOf(schema.items, [...path, 0]));
  return fields;
}

/** `value` at `path`, inside the objects and arrays the path goes through. */
export function placed(path: ReadonlyArray<string | number>, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  return typeof head === 'number' ? [placed(rest, value)] : { [head!]: placed(rest, value) };
}

/** Whole bodies that are not what any endpoint takes. */
export function hostileBodies(): Array<{ name: string; raw: string }> {
  return [
    { name: 'null', raw: 'null' },
    { name: 'an array', raw: '[]' },
    { name: 'a string', raw: '"text"' },
    { name: 'a number', raw: '42' },
    { name: 'infinity', raw: '1e999' },
    { name: 'a prototype key', raw: '{"__proto__":{"role":"admin"}}' },
    { name: 'a constructor key', raw: '{"constructor":{"prototype":{"role":"admin"}}}' },
    { name: 'a 5,000-deep array', raw: toJson(deepArray(5000)) },
    { name: 'a 2,000-deep object', raw: toJson(deepObject(2000)) },
    { name: '100,000 keys', raw: toJson(Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]))) },
    { name: 'invalid JSON', raw: '{"a":' },
    { name: 'a 2 MB string', raw: toJson('x'.repeat(2 * 1024 * 1024)) },
    { name: 'JSON with a raw NUL byte', raw: '{"a":"\u0000"}' },
  ];
}

/** Hostile query values, already written for the URL (some on purpose not valid percent-encoding). */
export function hostileQueryValues(schema: FieldSchema): Hostile[] {
  const types = typesOf(schema);
  const over = Math.max((schema.maxLength ?? 4000) + 1, 1);
  const values: Hostile[] = [
    { name: 'NUL', value: 'a%00b' },
    { name: 'only NUL', value: '%00' },
    { name: 'UTF-8 of a lone surrogate', value: '%ED%A0%80' },
    { name: 'bytes that are not UTF-8', value: '%FF%FE' },
    { name: 'a broken escape', value: '%E0%A4%A' },
    { name: `${over} characters`, value: 'A'.repeat(Math.min(over, 8000)) },
    { name: 'given twice', value: ['x', 'y'] },
    { name: 'an encoded object', value: '%7B%22%24gt%22%3A%22%22%7D' },
  ];
  if (types.includes('number') || types.includes('integer')) {
    values.push(
      { name: '1e308', value: '1e308' },
      { name: '-1e308', value: '-1e308' },
      { name: 'Infinity', value: 'Infinity' },
      { name: 'NaN', value: 'NaN' },
      { name: '99999999999999999999', value: '99999999999999999999' },
      { name: '-1', value: '-1' },
      { name: '1.5', value: '1.5' },
      { name: 'hexadecimal', value: '0x7fffffff' },
      { name: 'past a 32-bit integer', value: '2147483648' },
    );
    if (schema.maximum !== undefined) values.push({ name: 'maximum + 1', value: String(schema.maximum + 1) });
  }
  if (schema.enum)
    values.push({ name: 'an enum value in capitals', value: String(schema.enum[0]).toUpperCase() + 'X' });
  return values;
}

/** Values that exist in the database, for fields that refer to them. */
export type KnownIds = Record<string, string>;

/**
 * A value the field should accept, so that a hostile value beside it goes as far as it can (past the checks
 * of the other fields, to the database). A guess from the schema and the field's name: when it is wrong the
 * request is refused all the same, only earlier.
 */
export function exampleOf(schema: FieldSchema, name: string, known: KnownIds): unknown {
  const types = typesOf(schema);
  if (schema.enum) return schema.enum[schema.enum.length - 1];
  const member = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].find((m) => !typesOf(m).includes('null'));
  if (!schema.type && member) return exampleOf(member, name, known);
  if (types.includes('object')) {
    return Object.fromEntries(
      (schema.required ?? []).map((key) => [key, exampleOf(schema.properties?.[key] ?? {}, key, known)]),
    );
  }
  if (types.includes('array')) {
    const item = exampleOf(
      schema.items ?? {},
      name.replace(/(ies|s)$/, (end) => (end === 'ies' ? 'y' : '')),
      known,
    );
    return Array.from({ length: Math.max(schema.minItems ?? 0, 1) }, () => item);
  }
  if (types.includes('integer') || types.includes('number')) {
    const low = schema.minimum ?? 1;
    return Math.min(low + 1, schema.maximum ?? low + 1);
  }
  if (types.includes('boolean')) return false;
  if (schema.format === 'uuid') return known[name] ?? '5a0e2c9b-8d4f-4e6a-9b1c-2d3e4f5a6b7c';
  const byName: Array<[RegExp, string]> = [
    [/^countr/i, 'DK'],
    [/^language/i, 'en'],
    [/email/i, 'fuzz@example.org'],
    [/password/i, 'Fuzz-password-1'],
    [/url/i, 'https://example.org/fuzz'],
    [/^doi$/i, '10.1000/fuzz'],
    [/slug/i, known.slug ?? 'fuzz-group'],
  ];
  const guess = byName.find(([pattern]) => pattern.test(name))?.[1] ?? 'Fuzz text';
  return guess.padEnd(schema.minLength ?? 0, 'x');
}

/** A copy of `base` with `value` at `path`, making the objects and arrays on the way. */
export function withValueAt(base: unknown, path: ReadonlyArray<string | number>, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (typeof head === 'number') {
    const list = Array.isArray(base) ? [...(base as unknown[])] : [];
    list[head] = withValueAt(list[head], rest, value);
    return list;
  }
  const object = base && typeof base === 'object' && !Array.isArray(base) ? { ...(base as object) } : {};
  return { ...object, [head!]: withValueAt((object as Record<string, unknown>)[head!], rest, value) };
}
