import { createTestApp, type TestApp } from './support/app';
import { fetchedAnswerProblem } from './support/contract';
import {
  addMember,
  buildCast,
  buildGroup,
  buildThread,
  buildUser,
  databaseFingerprint,
  textExtractionSettled,
  type Cast,
} from './support/factories';
import {
  exampleOf,
  fieldsOf,
  hostileBodies,
  hostileQueryValues,
  hostileValues,
  Picker,
  seededRandom,
  toJson,
  withValueAt,
  type Hostile,
  type KnownIds,
} from './support/fuzz';
import { hash, operationsOf, type Attempt, type Operation } from './support/fuzz-operations';
import { buildEvaluation, buildFlag, buildMessage, buildPractice, buildResource } from './support/builders';
import { multipart, tinyPdf } from './support/resources';

/**
 * Every operation of the OpenAPI document that takes a body (JSON or a form), a query or path parameters, sent
 * hostile values (NUL, unpaired surrogates, huge strings, deep nesting, wrong types, huge arrays, numbers out
 * of range) by a user whose role passes the access guard, so that the values reach validation; the other path
 * parameters name things that exist, or random ids. Nothing may answer 5xx, no hostile write may succeed, and
 * nothing may be written. Query and path values are all tried; body values are chosen by a seeded generator:
 * FUZZ_SEED reproduces a run, FUZZ_PER_FIELD widens it.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20251205);
const PER_FIELD = Number(process.env.FUZZ_PER_FIELD ?? 4);
const FUZZ_PDF = tinyPdf('fuzz');

describe(`hostile input on every operation of the OpenAPI document (FUZZ_SEED=${SEED})`, () => {
  let app: TestApp;
  let cast: Cast;
  let operations: Operation[];
  /** Ids of things that exist, by the first segment of the path after /api. */
  const existing: Record<string, string> = {};
  let slug: string;
  let memberId: string;
  /** Ids for body fields that name something: a member to add, a message read. */
  const known: KnownIds = {};

  beforeAll(async () => {
    app = await createTestApp();
    // The digests' schedule writes its bookkeeping (email settings, queued emails) every quarter of an hour in
    // the background: this test, long enough to span one, is not about it, and would see it as a write.
    await app.dataSource.query(`DELETE FROM pgboss.schedule WHERE name = 'digests'`);
    cast = await buildCast(app);
    const member = await buildUser(app);
    memberId = member.user.id;
    const group = await buildGroup(app);
    slug = group.slug;
    await addMember(app, group, cast.coordinator, { role: 'coordinator' });
    await addMember(app, group, member);
    const thread = await buildThread(app, { group, author: member });
    const message = await buildMessage(app, {
      thread,
      author: member,
      body: 'A message to aim at.',
      clientId: 'f0d6c9a4-3b2e-4f1a-9c8d-7e6f5a4b3c2d',
    });
    await buildFlag(app, { message, flaggedBy: cast.coordinator, reason: 'To have a flag to aim at.' });
    const [flag] = (await app.dataSource.query(`SELECT id FROM message_flags`)) as Array<{ id: string }>;
    const practice = await buildPractice(app, { author: member, reviewer: cast.coordinator, status: 'inspiring' });
    const evaluation = await buildEvaluation(app, { practice, author: cast.researcher });
    const resource = await buildResource(app, { author: member });
    Object.assign(existing, {
      users: memberId,
      admin: cast.pending.user.id,
      threads: thread.id,
      messages: message.id,
      flags: flag!.id,
      practices: practice.id,
      evaluations: evaluation.id,
      resources: resource.id,
    });
    Object.assign(known, { userId: memberId, messageId: message.id, slug });
    operations = operationsOf((await app.request('GET', '/api/docs-json')).body);
  }, 60_000);
  afterAll(() => app.close());

  /** The path with its parameters filled: with things that exist, or with random ids. */
  function fill(operation: Operation, pick: Picker, real: boolean, given: Record<string, string> = {}): string {
    const section = operation.path.split('/')[2] ?? '';
    return operation.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
      if (given[name] !== undefined) return given[name];
      if (name === 'slug') return real ? slug : `no-such-group-${Math.floor(pick.random() * 1e6)}`;
      if (name === 'userId') return real ? memberId : pick.uuid();
      if (name === 'number') return real ? '1' : String(1 + Math.floor(pick.random() * 1000));
      return real && existing[section] ? existing[section] : pick.uuid();
    });
  }

  function attemptsFor(operation: Operation, pick: Picker): Attempt[] {
    const attempts: Attempt[] = [];
    const queryParameters = operation.parameters.filter((p) => p.in === 'query');
    // The required parameters keep a good value while another one is hostile.
    const requiredQuery = queryParameters.filter((p) => p.required);
    for (const parameter of queryParameters) {
      const others = requiredQuery
        .filter((p) => p !== parameter)
        .map((p) => `${p.name}=${encodeURIComponent(String(exampleOf(p.schema, p.name, known)))}`);
      for (const hostile of hostileQueryValues(parameter.schema)) {
        const values = Array.isArray(hostile.value) ? hostile.value : [hostile.value];
        attempts.push({
          name: `?${parameter.name}= ${hostile.name}`,
          query: [...others, ...values.map((value) => `${parameter.name}=${String(value)}`)].join('&'),
        });
      }
    }
    if (queryParameters.length > 1) {
      const all = queryParameters.map((p) => `${p.name}=${String(pick.one(hostileQueryValues(p.schema)).value)}`);
      attempts.push({ name: 'every query parameter hostile at once', query: all.join('&') });
    }

    for (const parameter of operation.parameters.filter((p) => p.in === 'path')) {
      for (const hostile of hostileQueryValues({ ...parameter.schema, type: ['string', 'integer'] })) {
        if (typeof hostile.value !== 'string' || hostile.value === '') continue;
        attempts.push({
          name: `/{${parameter.name}} ${hostile.name}`,
          pathValues: { [parameter.name]: hostile.value },
        });
      }
    }

    const json = (value: unknown) => ({ raw: toJson(value), contentType: 'application/json' });
    if (operation.json) {
      // Beside fields the schema accepts, so that the hostile one is the only thing wrong.
      const base = exampleOf(operation.json, '', known);
      for (const field of fieldsOf(operation.json)) {
        for (const hostile of chosen(hostileValues(field.schema), pick)) {
          attempts.push({
            name: `${field.path.join('.')}: ${hostile.name}`,
            body: json(withValueAt(base, field.path, hostile.value)),
          });
        }
      }
      const everyField = Object.fromEntries(
        Object.entries(operation.json.properties ?? {}).map(([key, schema]) => [
          key,
          pick.one(hostileValues(schema)).value,
        ]),
      );
      attempts.push({ name: 'every field hostile at once', body: json(everyField) });
      for (const body of pick.some(hostileBodies(), PER_FIELD + 2)) {
        attempts.push({ name: `the body: ${body.name}`, body: { raw: body.raw, contentType: 'application/json' } });
      }
    }
    if (operation.form) {
      const base = Object.fromEntries(
        Object.entries(exampleOf(operation.form, '', known) as Record<string, unknown>)
          .filter(([name]) => name !== 'file')
          .map(([name, value]) => [name, Array.isArray(value) ? value.map(String) : String(value)]),
      );
      const file = operation.form.properties?.file ? { name: 'fuzz.pdf', content: FUZZ_PDF } : undefined;
      for (const [name, schema] of Object.entries(operation.form.properties ?? {})) {
        if (schema.format === 'binary') continue;
        for (const hostile of chosen(hostileValues(schema), pick)) {
          // A form travels as UTF-8, which cannot carry an unpaired surrogate: it would arrive as U+FFFD.
          if (typeof hostile.value !== 'string' || /[\uD800-\uDFFF]/.test(hostile.value)) continue;
          const form = multipart({ ...base, [name]: hostile.value }, file);
          attempts.push({
            name: `form field ${name}: ${hostile.name}`,
            body: { raw: form.body, contentType: form.contentType },
          });
        }
      }
      const repeated = multipart({ title: Array.from({ length: 100 }, () => '\u0000') });
      attempts.push({
        name: 'form: a field 100 times',
        body: { raw: repeated.body, contentType: repeated.contentType },
      });
      const tooMany = multipart(Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`f${i}`, 'x'])));
      attempts.push({ name: 'form: 200 fields', body: { raw: tooMany.body, contentType: tooMany.contentType } });
    }
    return attempts;
  }

  async function send(operation: Operation, path: string, attempt: Attempt, token: string | undefined) {
    const url = `${app.url}${path}${attempt.query ? `?${attempt.query}` : ''}`;
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (attempt.body) headers['content-type'] = attempt.body.contentType;
    const response = await fetch(url, { method: operation.method, headers, body: attempt.body?.raw }).catch(
      (error: Error) => error,
    );
    if (response instanceof Error) return { status: 0, text: `no answer: ${response.message}`, breach: null };
    // Checked as `TestApp.request` checks, without throwing: every breach is listed with the other problems.
    const breach = await fetchedAnswerProblem(operation.method, url, response);
    return { status: response.status, text: (await response.text()).slice(0, 300), breach };
  }

  /** The first of these roles that the access guard lets through to validation. */
  async function tokenFor(operation: Operation, path: string, probe: Attempt): Promise<string | undefined> {
    for (const token of [cast.coordinator.token, cast.admin.token, cast.researcher.token, undefined]) {
      const { status } = await send(operation, path, probe, token);
      if (status !== 401 && status !== 403) return token;
    }
    return cast.coordinator.token;
  }

  it('finds the operations that take a body, a query or path parameters, forms included', () => {
    expect(operations.length).toBeGreaterThan(40);
    expect(operations.filter((o) => o.json).length).toBeGreaterThan(20);
    expect(operations.filter((o) => o.form).length).toBeGreaterThanOrEqual(3);
    expect(operations.filter((o) => o.parameters.some((p) => p.in === 'query')).length).toBeGreaterThan(15);
    expect(operations.filter((o) => o.parameters.some((p) => p.in === 'path')).length).toBeGreaterThan(40);
  });

  it('answers no hostile request with a 5xx or outside the document, refuses every hostile write, and writes nothing', async () => {
    const problems: string[] = [];
    let sent = 0;
    for (const operation of operations) {
      const pick = new Picker(seededRandom(SEED ^ hash(`${operation.method} ${operation.path}`)));
      const attempts = attemptsFor(operation, pick).map((attempt) => ({ ...attempt, real: true }));
      // Each on things that exist, so that the values go as far as they can; some again on random ids.
      if (operation.path.includes('{')) {
        attempts.push(...pick.some(attempts, PER_FIELD * 2).map((attempt) => ({ ...attempt, real: false })));
      }
      const token = await tokenFor(operation, fill(operation, pick, true, attempts[0]!.pathValues), attempts[0]!);
      await textExtractionSettled(app);
      const before = await databaseFingerprint(app);
      let reachedValidation = false;
      for (const attempt of attempts) {
        const path = fill(operation, pick, attempt.real, attempt.pathValues);
        const { status, text, breach } = await send(operation, path, attempt, token);
        sent++;
        if (breach) problems.push(`${operation.method} ${path} [${attempt.name}] breaks the document: ${breach}`);
        if (status === 400) reachedValidation = true;
        // A read may find nothing for a strange search text; a write must refuse, and nothing may fail.
        if (status === 0 || status >= 500 || (operation.method !== 'GET' && status < 400)) {
          problems.push(`${operation.method} ${path} [${attempt.name}] -> ${status} ${text}`);
        }
      }
      const after = await databaseFingerprint(app);
      const changed = Object.keys(before).filter((table) => before[table] !== after[table]);
      if (changed.length) problems.push(`${operation.method} ${operation.path} wrote to ${changed.join(', ')}`);
      if (!reachedValidation)
        problems.push(`${operation.method} ${operation.path}: no hostile request reached validation`);
    }
    expect(sent).toBeGreaterThan(1000);
    expect(problems).toEqual([]);
  }, 600_000);
});

/** The values tried on every field, and a seeded sample of the others. */
function chosen(values: Hostile[], pick: Picker): Hostile[] {
  return [
    ...values.filter((value) => value.always),
    ...pick.some(
      values.filter((value) => !value.always),
      PER_FIELD,
    ),
  ];
}
