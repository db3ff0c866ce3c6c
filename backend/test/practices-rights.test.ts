import type { PracticeSummary } from '@pn/shared';
import { createTestApp, type TestApp } from './support/app';
import {
  buildCast,
  buildPractice,
  buildUser,
  CAST_KINDS,
  tokenOf,
  type BuiltUser,
  type Cast,
  type CastKind,
} from './support/builders';

describe('practices: who may do what in each state', () => {
  let app: TestApp;
  let cast: Cast;
  let author: BuiltUser;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
    author = await buildUser(app);
  });
  afterAll(() => app.close());

  describe('who may do what in each state', () => {
    type Actor = CastKind | 'author';
    const ACTORS: Actor[] = [...CAST_KINDS, 'author'];
    const tokenFor = (actor: Actor) => (actor === 'author' ? author.token : tokenOf(cast, actor));

    it.each<['draft' | 'submitted' | 'inspiring', Actor[]]>([
      ['draft', ['author', 'coordinator', 'admin']],
      ['submitted', ['author', 'coordinator', 'admin']],
      ['inspiring', ['visitor', 'pending', 'practitioner', 'researcher', 'coordinator', 'admin', 'author']],
    ])(
      'a practice %s is read by %j only; everyone else gets 404, by id, in lists and in revisions',
      async (state, readers) => {
        const practice =
          state === 'inspiring'
            ? await buildPractice(app, { author, reviewer: cast.coordinator, status: 'inspiring' })
            : await buildPractice(app, { author });
        if (state === 'submitted')
          await app.request('POST', `/api/practices/${practice.id}/submit`, { token: author.token });
        for (const actor of ACTORS) {
          const token = tokenFor(actor);
          const expected = readers.includes(actor) ? 200 : 404;
          for (const suffix of ['', '/revisions', '/revisions/1', '/evaluations', '/feedback']) {
            const response = await app.request('GET', `/api/practices/${practice.id}${suffix}`, { token });
            expect([actor, suffix, response.status]).toEqual([actor, suffix, expected]);
          }
          const list = await app.request(
            'GET',
            `/api/practices?limit=100${state === 'inspiring' ? '' : `&status=${state}`}`,
            { token },
          );
          expect([actor, list.body.items.some((p: PracticeSummary) => p.id === practice.id)]).toEqual([
            actor,
            readers.includes(actor),
          ]);
          if (expected === 404) expect(JSON.stringify(list.body)).not.toContain(practice.title);
        }
      },
    );

    it('answers each action by state and actor', async () => {
      const draft = await buildPractice(app, { author });
      const published = await buildPractice(app, { author, reviewer: cast.coordinator, status: 'inspiring' });
      const cases: Array<[string, string, unknown, Record<Actor, number>]> = [
        [
          'PATCH',
          `/api/practices/${draft.id}`,
          { summary: 'New.' },
          { visitor: 401, pending: 403, practitioner: 404, researcher: 404, coordinator: 403, admin: 403, author: 200 },
        ],
        [
          'POST',
          `/api/practices/${draft.id}/review`,
          { decision: 'publish' },
          { visitor: 401, pending: 403, practitioner: 403, researcher: 403, coordinator: 409, admin: 409, author: 403 },
        ],
        [
          'GET',
          `/api/practices/${draft.id}/history`,
          undefined,
          { visitor: 401, pending: 403, practitioner: 404, researcher: 404, coordinator: 200, admin: 200, author: 200 },
        ],
        [
          'GET',
          `/api/practices/${published.id}/history`,
          undefined,
          { visitor: 401, pending: 403, practitioner: 403, researcher: 403, coordinator: 200, admin: 200, author: 200 },
        ],
        [
          'POST',
          `/api/practices/${published.id}/submit`,
          undefined,
          { visitor: 401, pending: 403, practitioner: 403, researcher: 403, coordinator: 403, admin: 403, author: 409 },
        ],
        [
          'POST',
          `/api/practices/${published.id}/evaluations`,
          {},
          { visitor: 401, pending: 403, practitioner: 403, researcher: 400, coordinator: 403, admin: 403, author: 403 },
        ],
        [
          'POST',
          `/api/practices/${draft.id}/feedback`,
          {},
          { visitor: 401, pending: 403, practitioner: 400, researcher: 400, coordinator: 400, admin: 400, author: 400 },
        ],
      ];
      for (const [method, path, body, expected] of cases) {
        for (const actor of ACTORS) {
          const response = await app.request(method, path, { token: tokenFor(actor), body });
          expect([method, path, actor, response.status]).toEqual([method, path, actor, expected[actor]]);
        }
      }
      const submit = await app.request('POST', `/api/practices/${draft.id}/submit`, { token: cast.coordinator.token });
      expect(submit.status).toBe(403);
    });

    it('answers 400 for an id that is not a UUID and 404 for one that does not exist', async () => {
      expect((await app.request('GET', '/api/practices/not-an-id')).status).toBe(400);
      expect((await app.request('GET', '/api/practices/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    });
  });
});
