import { rm } from 'node:fs/promises';
import type { Resource } from '@pn/shared';
import { createTestApp, type TestApp } from './support/app';
import { addMember, buildCast, buildGroup, buildUser, type BuiltUser, type Cast } from './support/builders';
import { unchangedBy } from './support/factories';
import { sharePdf, shareLink, tempUploadDir } from './support/resources';

describe('resource changes and moderation', () => {
  let app: TestApp;
  let cast: Cast;
  let uploadDir: string;
  let group: Awaited<ReturnType<typeof buildGroup>>;
  let other: Awaited<ReturnType<typeof buildGroup>>;
  let sharer: BuiltUser;
  let groupMember: BuiltUser;
  let groupCoordinator: BuiltUser;
  let outsider: BuiltUser;
  let membersOne: Resource;
  beforeAll(async () => {
    uploadDir = await tempUploadDir();
    app = await createTestApp({ UPLOAD_DIR: uploadDir });
    cast = await buildCast(app);
    group = await buildGroup(app);
    other = await buildGroup(app);
    [sharer, groupMember, groupCoordinator, outsider] = await Promise.all([
      buildUser(app),
      buildUser(app),
      buildUser(app),
      buildUser(app),
    ]);
    await addMember(app, group, sharer);
    await addMember(app, group, groupMember);
    await addMember(app, group, groupCoordinator, { role: 'coordinator' });
    await addMember(app, other, outsider);
    // The same library as the visibility tests: a public, a members-only and a group resource.
    await sharePdf(app, sharer.token, {
      scope: 'public',
      title: 'Public leaflet',
      language: 'da',
      country: 'DK',
    });
    membersOne = await sharePdf(app, sharer.token, { scope: 'members', title: 'Members guideline', type: 'guideline' });
    await sharePdf(app, sharer.token, {
      scope: 'group',
      groupSlug: group.slug,
      title: 'Group toolkit',
      type: 'toolkit',
    });
  });
  afterAll(async () => {
    await app.close();
    await rm(uploadDir, { recursive: true, force: true });
  });

  describe('PATCH /api/resources/:id', () => {
    it('is for the author: 401, 403, 404, 400, then the change', async () => {
      const resource = await shareLink(app, sharer.token, { scope: 'group', groupSlug: group.slug });
      const path = `/api/resources/${resource.id}`;
      const change = { title: 'A better title', tags: ['schools'] };
      expect((await unchangedBy(app, () => app.request('PATCH', path, { body: change }))).status).toBe(401);
      expect(
        (await unchangedBy(app, () => app.request('PATCH', path, { token: cast.pending.token, body: change }))).status,
      ).toBe(403);
      expect(
        (await unchangedBy(app, () => app.request('PATCH', path, { token: groupCoordinator.token, body: change })))
          .status,
      ).toBe(403);
      // A group's resource is not visible to admins or to members of other groups.
      for (const token of [cast.admin.token, outsider.token]) {
        expect((await unchangedBy(app, () => app.request('PATCH', path, { token, body: change }))).status).toBe(404);
      }
      const bad = await unchangedBy(app, () =>
        app.request('PATCH', path, { token: sharer.token, body: { licence: 'gpl' } }),
      );
      expect(bad.status).toBe(400);
      expect(bad.body.message[0]).toMatch(/^licence: /);
      const noNote = await unchangedBy(app, () =>
        app.request('PATCH', path, { token: sharer.token, body: { note: 'x' } }),
      );
      expect(noNote.body.message).toEqual(['note: only an adaptation has a note on what changed']);
      const toOther = await unchangedBy(app, () =>
        app.request('PATCH', path, { token: sharer.token, body: { scope: 'group', groupSlug: other.slug } }),
      );
      expect(toOther.status).toBe(403);

      const changed = await app.request('PATCH', path, { token: sharer.token, body: { ...change, scope: 'public' } });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({
        title: 'A better title',
        tags: ['schools'],
        scope: 'public',
        canEdit: true,
      });
      expect((await app.request('GET', path)).status).toBe(200);
      const fileResource = await unchangedBy(app, () =>
        app.request('PATCH', `/api/resources/${membersOne.id}`, {
          token: sharer.token,
          body: { url: 'https://example.org/x' },
        }),
      );
      expect(fileResource.status).toBe(400);
    });
  });

  describe('DELETE /api/resources/:id', () => {
    const auditOf = (id: string) =>
      app.dataSource.query(`SELECT actor_id, action, target_type FROM audit_log WHERE target_id = $1`, [id]);

    it('lets the author remove their own, without an audit entry', async () => {
      const resource = await shareLink(app, sharer.token);
      const path = `/api/resources/${resource.id}`;
      expect((await unchangedBy(app, () => app.request('DELETE', path))).status).toBe(401);
      expect((await unchangedBy(app, () => app.request('DELETE', path, { token: cast.pending.token }))).status).toBe(
        403,
      );
      expect((await unchangedBy(app, () => app.request('DELETE', path, { token: cast.researcher.token }))).status).toBe(
        403,
      );
      expect(
        (await unchangedBy(app, () => app.request('DELETE', `/api/resources/not-an-id`, { token: sharer.token })))
          .status,
      ).toBe(400);
      expect((await app.request('DELETE', path, { token: sharer.token })).status).toBe(204);
      expect(await auditOf(resource.id)).toEqual([]);
      expect((await app.request('GET', path, { token: sharer.token })).status).toBe(404);
      expect((await app.request('DELETE', path, { token: sharer.token })).status).toBe(404);
      const listed = await app.request('GET', '/api/resources?mine=true&limit=100', { token: sharer.token });
      expect(listed.body.items.map((r: Resource) => r.id)).not.toContain(resource.id);
    });

    it("lets the group's coordinators and network coordinators remove, with an audit entry; not admins", async () => {
      const inGroup = await shareLink(app, sharer.token, { scope: 'group', groupSlug: group.slug });
      const shown = await app.request('GET', `/api/resources/${inGroup.id}`, { token: groupCoordinator.token });
      expect(shown.body).toMatchObject({ canEdit: false, canRemove: true });
      const asMember = await app.request('GET', `/api/resources/${inGroup.id}`, { token: groupMember.token });
      expect(asMember.body).toMatchObject({ canEdit: false, canRemove: false });
      expect(
        (
          await unchangedBy(app, () =>
            app.request('DELETE', `/api/resources/${inGroup.id}`, { token: groupMember.token }),
          )
        ).status,
      ).toBe(403);
      expect(
        (await unchangedBy(app, () => app.request('DELETE', `/api/resources/${inGroup.id}`, { token: outsider.token })))
          .status,
      ).toBe(404);
      expect(
        (await app.request('DELETE', `/api/resources/${inGroup.id}`, { token: groupCoordinator.token })).status,
      ).toBe(204);
      expect(await auditOf(inGroup.id)).toEqual([
        { actor_id: groupCoordinator.user.id, action: 'resource.remove', target_type: 'resource' },
      ]);

      const notForAdmins = await shareLink(app, sharer.token);
      expect(
        (
          await unchangedBy(app, () =>
            app.request('DELETE', `/api/resources/${notForAdmins.id}`, { token: cast.admin.token }),
          )
        ).status,
      ).toBe(403);

      for (const remover of [cast.coordinator]) {
        const resource = await shareLink(app, sharer.token);
        // A group coordinator moderates only their group's resources.
        expect(
          (
            await unchangedBy(app, () =>
              app.request('DELETE', `/api/resources/${resource.id}`, { token: groupCoordinator.token }),
            )
          ).status,
        ).toBe(403);
        expect((await app.request('DELETE', `/api/resources/${resource.id}`, { token: remover.token })).status).toBe(
          204,
        );
        expect(await auditOf(resource.id)).toEqual([
          { actor_id: remover.user.id, action: 'resource.remove', target_type: 'resource' },
        ]);
      }
    });
  });
});
