import type { ModerationSummary } from '@pn/shared';
import { createTestApp, type TestApp } from './support/app';
import {
  addMember,
  buildCast,
  buildFlag,
  buildMembership,
  buildMessage,
  buildPractice,
  buildStaffedGroup,
  buildThread,
  buildUser,
  type BuiltUser,
  type Cast,
} from './support/builders';

describe('GET /api/moderation/summary', () => {
  let app: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
  });
  afterAll(() => app.close());

  const summaryOf = async (who: BuiltUser): Promise<ModerationSummary> => {
    const response = await app.request<ModerationSummary>('GET', '/api/moderation/summary', { token: who.token });
    expect(response.status).toBe(200);
    return response.body;
  };

  /** A group with a coordinator, a member, two requests to join and one message flagged twice. */
  async function busyGroup() {
    const { group, coordinator, member } = await buildStaffedGroup(app);
    await buildMembership(app, { group, status: 'pending', requestMessage: 'I work with families' });
    await buildMembership(app, { group, status: 'pending' });
    const thread = await buildThread(app, { group, author: member });
    const message = await buildMessage(app, { thread, author: member });
    await buildFlag(app, { message });
    await buildFlag(app, { message });
    return { group, coordinator, member };
  }

  it('refuses visitors (401) and accounts that are not active (403)', async () => {
    expect((await app.request('GET', '/api/moderation/summary')).status).toBe(401);
    expect((await app.request('GET', '/api/moderation/summary', { token: cast.pending.token })).status).toBe(403);
  });

  it("counts a group coordinator's requests and open flags, and nothing of other groups", async () => {
    const busy = await busyGroup();
    const other = await busyGroup();
    const mine = await summaryOf(busy.coordinator);
    expect(mine).toEqual({
      total: 4,
      groups: [
        { group: { id: busy.group.id, slug: busy.group.slug, name: busy.group.name }, joinRequests: 2, flags: 2 },
      ],
      applications: null,
      curation: null,
    });
    const theirs = await summaryOf(other.coordinator);
    expect(theirs.groups.map((counts) => counts.group.id)).toEqual([other.group.id]);
  });

  it('gives a plain member, a member of the group and an admin who coordinates no group no group counts', async () => {
    const busy = await busyGroup();
    const outsider = await buildUser(app);
    for (const who of [busy.member, outsider, cast.practitioner, cast.researcher]) {
      expect(await summaryOf(who)).toEqual({ total: 0, groups: [], applications: null, curation: null });
    }
    const admin = await summaryOf(cast.admin);
    expect(admin.groups).toEqual([]);
  });

  it('counts no longer what was decided, nor what was deleted', async () => {
    const { group, coordinator, member } = await buildStaffedGroup(app);
    const thread = await buildThread(app, { group, author: member });
    const flagged = await buildMessage(app, { thread, author: member });
    const deleted = await buildMessage(app, { thread, author: member });
    await buildFlag(app, { message: flagged });
    await buildFlag(app, { message: deleted });
    expect((await summaryOf(coordinator)).groups[0]).toMatchObject({ flags: 2 });

    const flags = await app.request<{ items: Array<{ id: string; message: { id: string } }> }>(
      'GET',
      `/api/groups/${group.slug}/flags`,
      { token: coordinator.token },
    );
    const flagOf = flags.body.items.find((flag) => flag.message.id === flagged.id)!;
    const resolve = { token: coordinator.token, body: { decision: 'dismiss' } };
    expect((await app.request('POST', `/api/flags/${flagOf.id}/resolve`, resolve)).status).toBe(204);
    expect((await app.request('DELETE', `/api/messages/${deleted.id}`, { token: coordinator.token })).status).toBe(204);
    expect((await summaryOf(coordinator)).groups).toEqual([]);
  });

  it('lets network coordinators see every group, applications and submitted practices; admins applications and curation', async () => {
    const busy = await busyGroup();
    const coordinator = await summaryOf(cast.coordinator);
    expect(coordinator.groups.map((counts) => counts.group.id)).toContain(busy.group.id);

    const before = await summaryOf(cast.admin);
    await buildUser(app, { status: 'pending' });
    await buildPractice(app, { status: 'submitted' });
    const after = await summaryOf(cast.admin);
    expect(after.applications).toBe(before.applications! + 1);
    expect(after.curation).toBe(before.curation! + 1);
    expect(after.total).toBe(before.total + 2);

    const networkCoordinator = await summaryOf(cast.coordinator);
    expect(networkCoordinator.applications).toBe(after.applications);
    expect(networkCoordinator.curation).toBe(after.curation);
    const inGroups = networkCoordinator.groups.reduce((sum, counts) => sum + counts.joinRequests + counts.flags, 0);
    expect(networkCoordinator.total).toBe(inGroups + after.applications! + after.curation!);
  });

  it('counts a group whose coordinator is also a plain member elsewhere only where they coordinate', async () => {
    const busy = await busyGroup();
    const elsewhere = await busyGroup();
    await addMember(app, elsewhere.group, busy.coordinator);
    const summary = await summaryOf(busy.coordinator);
    expect(summary.groups.map((counts) => counts.group.id)).toEqual([busy.group.id]);
  });
});
