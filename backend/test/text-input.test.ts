import { STORABLE_TEXT_MESSAGE, type Practice } from '@pn/shared';
import { createTestApp, type ApiResponse, type RequestOptions, type TestApp } from './support/app';
import {
  addMember,
  buildCast,
  buildGroup,
  buildThread,
  buildUser,
  unchangedBy,
  type BuiltUser,
  type Cast,
} from './support/factories';
import { buildPractice, evaluationBody, practiceBody } from './support/builders';
import { leftoverUploads, resourceFields, tempUploadDir, tinyPdf, upload } from './support/resources';

/**
 * Text that PostgreSQL cannot keep (a NUL, an unpaired surrogate) is refused at the edge with a 400 naming
 * the field, in queries, bodies, params and form fields alike, and nothing is written.
 */
describe('text that cannot be stored', () => {
  let app: TestApp;
  let uploadDir: string;
  let cast: Cast;
  let member: BuiltUser;
  let threadId: string;
  let practice: Practice;
  beforeAll(async () => {
    uploadDir = await tempUploadDir();
    app = await createTestApp({ UPLOAD_DIR: uploadDir });
    cast = await buildCast(app);
    member = await buildUser(app);
    const group = await buildGroup(app);
    await addMember(app, group, member);
    threadId = (await buildThread(app, { group, author: member })).id;
    practice = await buildPractice(app, { author: member, reviewer: cast.coordinator, status: 'inspiring' });
  });
  afterAll(() => app.close());

  const NUL = 'a\u0000b';
  const LONE_SURROGATE = 'a\uD800b';

  async function refused(field: string, send: () => Promise<ApiResponse>): Promise<void> {
    const response = await unchangedBy(app, send);
    expect({ status: response.status, message: response.body?.message }).toEqual({
      status: 400,
      message: expect.arrayContaining([`${field}: ${STORABLE_TEXT_MESSAGE}`]),
    });
  }

  const as = (who: () => string | undefined, options: RequestOptions = {}) => ({ ...options, token: who() });

  // Percent-encoded UTF-8 cannot carry an unpaired surrogate (its bytes decode to U+FFFD or are refused), so
  // queries, paths and forms are tried with NUL; JSON’s \uD800 escape can, and bodies are tried with both.
  describe('NUL in a query, a path or a form', () => {
    const q = encodeURIComponent(NUL);
    const bad = NUL;

    it.each<[string, string, () => string | undefined]>([
      ['practices, without signing in', `/api/practices?q=${q}`, () => undefined],
      ['resources', `/api/resources?q=${q}`, () => undefined],
      ['search', `/api/search?q=${q}`, () => undefined],
      ['suggestions', `/api/search/suggest?q=${q}`, () => undefined],
      ['groups, by cursor', `/api/groups?cursor=${q}`, () => undefined],
      ['the admin list of accounts', `/api/admin/users?q=${q}`, () => cast.admin.token],
      ['the audit log', `/api/admin/audit?action=${q}`, () => cast.admin.token],
      ['the member directory', `/api/users?q=xx${q}`, () => member.token],
    ])('in the query of %s: 400', async (_what, path, token) => {
      const field = /[?&]([a-z]+)=[^&]*$/i.exec(path)![1]!;
      await refused(field, () => app.request('GET', path, as(token)));
    });

    it('in a path parameter: 400', async () => {
      await refused('slug', () => app.request('GET', `/api/groups/${q}`));
    });

    it('in a form field of an upload: 400, and the file is not kept', async () => {
      await refused('summary', () =>
        upload(app, member.token, resourceFields({ summary: `Slides ${bad}` }), {
          name: 'slides.pdf',
          content: tinyPdf(),
        }),
      );
      expect(await leftoverUploads(uploadDir)).toEqual([]);
    });
  });

  describe.each([
    ['NUL', NUL],
    ['an unpaired surrogate', LONE_SURROGATE],
  ])('%s in a JSON body', (_name, bad) => {
    it('in a message: 400', async () => {
      await refused('body', () =>
        app.request('POST', `/api/threads/${threadId}/messages`, {
          token: member.token,
          body: { body: `Hello ${bad}`, clientId: '7d3f1c2e-5b8a-4c1d-9e0f-123456789abc' },
        }),
      );
    });

    it('in a practice, new or changed: 400', async () => {
      await refused('description', () =>
        app.request('POST', '/api/practices', { token: member.token, body: practiceBody({ description: bad }) }),
      );
      await refused('countries.1', () =>
        app.request('PATCH', `/api/practices/${practice.id}`, {
          token: member.token,
          body: { countries: ['DK', bad] },
        }),
      );
    });

    it('in an evaluation, down in its outcomes: 400', async () => {
      const outcome = {
        construct: 'csam-use',
        measure: 'self-report',
        direction: 'positive',
        significant: true,
      } as const;
      await refused('outcomes.0.label', () =>
        app.request('POST', `/api/practices/${practice.id}/evaluations`, {
          token: cast.researcher.token,
          body: evaluationBody({ outcomes: [{ ...outcome, label: bad }] }),
        }),
      );
    });

    it("in a group's name: 400 (the audit entry's JSON would not take it)", async () => {
      await refused('name', () =>
        app.request('POST', '/api/groups', {
          token: cast.coordinator.token,
          body: { slug: 'a-new-group', name: `Group ${bad}`, description: 'About it.', kind: 'profession' },
        }),
      );
    });

    it('in the reason of an admin change: 400', async () => {
      await refused('reason', () =>
        app.request('PATCH', `/api/admin/users/${member.user.id}`, {
          token: cast.admin.token,
          body: { role: 'researcher', reason: bad },
        }),
      );
    });
  });

  it('keeps text with characters outside the basic plane, in their pairs', async () => {
    const response = await app.request('POST', `/api/threads/${threadId}/messages`, {
      token: member.token,
      body: { body: 'Thank you 🙏 for this', clientId: '0e9b7a2c-1d3f-4e5a-8b6c-7d8e9f0a1b2c' },
    });
    expect(response.status).toBe(201);
    expect(response.body.body).toBe('Thank you 🙏 for this');
  });
});
