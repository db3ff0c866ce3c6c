import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from './support/app';
import { buildUser } from './support/factories';
import { checkedFetch, ContractViolation, fetchedAnswerProblem } from './support/contract';
import { sharePdf } from './support/resources';

const json = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

/** The check of answers that tests get with `fetch` itself: it must pass real answers and catch broken ones. */
describe('the contract check of fetched answers', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it("passes the app's own answers: JSON, a file, the 404 of an unknown API path, a page", async () => {
    const member = await buildUser(app);
    const resource = await sharePdf(app, member.token);
    const file = await checkedFetch(`${app.url}/api/resources/${resource.id}/download`, {
      headers: { authorization: `Bearer ${member.token}` },
    });
    expect([file.status, file.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    // The body is left for the test to read.
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect((await checkedFetch(`${app.url}/api/health`)).status).toBe(200);
    expect((await checkedFetch(`${app.url}/api/no-such-thing`)).status).toBe(404);
    expect((await checkedFetch(`${app.url}/api/docs-json`)).status).toBe(200);
    // The router's own refusal of a path parameter over its length limit, documented for every such operation.
    // A parameter of the method's path, and one of its controller's (`groups/:slug` with `members`).
    for (const path of [`/api/groups/${'a'.repeat(101)}`, `/api/groups/${'a'.repeat(101)}/members`]) {
      const long = await checkedFetch(app.url + path);
      expect([long.status, ((await long.json()) as { statusCode: number }).statusCode]).toEqual([414, 414]);
    }
  });

  it('names a status the operation does not list', async () => {
    const problem = await fetchedAnswerProblem('GET', `${app.url}/api/health`, json({ status: 'ok', db: 'ok' }, 418));
    expect(problem).toMatch(/GET \/api\/health .* answered 418, a status the OpenAPI document does not list/);
  });

  it('names a body that does not match the response schema, and a content type other than JSON', async () => {
    expect(await fetchedAnswerProblem('GET', `${app.url}/api/health`, json({ status: 'fine' }, 200))).toMatch(
      /does not match its response schema/,
    );
    const html = new Response('{"status":"ok","db":"ok"}', { status: 200, headers: { 'content-type': 'text/html' } });
    expect(await fetchedAnswerProblem('GET', `${app.url}/api/health`, html)).toMatch(
      /content type text\/html, where the document names application\/json/,
    );
  });

  it('names a file whose content type is not one the document names, without reading the file', async () => {
    const file = new Response('<script>', { status: 200, headers: { 'content-type': 'text/html' } });
    const problem = await fetchedAnswerProblem('GET', `${app.url}/api/resources/${randomUUID()}/download`, file);
    expect(problem).toMatch(/content type text\/html, where the document names application\/pdf, /);
    expect(file.bodyUsed).toBe(false);
  });

  it("names an unknown API path answered otherwise than with the API's 404", async () => {
    const page = new Response('<html></html>', { status: 200, headers: { 'content-type': 'text/html' } });
    expect(await fetchedAnswerProblem('GET', `${app.url}/api/no-such-thing`, page)).toMatch(/not the API's 404/);
  });

  it('leaves pages, assets and the socket to their own tests', async () => {
    const page = new Response('<html></html>', { status: 200, headers: { 'content-type': 'text/html' } });
    expect(await fetchedAnswerProblem('GET', `${app.url}/groups/educators`, page)).toBeNull();
    expect(await fetchedAnswerProblem('GET', `${app.url}/socket.io/?EIO=4`, json({}, 400))).toBeNull();
  });

  it('makes checkedFetch throw a ContractViolation on a broken answer', async () => {
    const fetched = jest.spyOn(global, 'fetch').mockResolvedValueOnce(json({ status: 'ok', db: 'ok' }, 418));
    try {
      await expect(checkedFetch(`${app.url}/api/health`)).rejects.toThrow(ContractViolation);
    } finally {
      fetched.mockRestore();
    }
  });
});
