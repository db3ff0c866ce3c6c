import { rm } from 'node:fs/promises';
import { createTestApp, type TestApp } from './support/app';
import { checkedFetch } from './support/contract';
import { buildCast, type Cast } from './support/builders';
import { unchangedBy } from './support/factories';
import {
  download,
  leftoverUploads,
  multipart,
  resourceFields,
  sha256,
  sharePdf,
  shareLink,
  tempUploadDir,
  tinyPdf,
  upload,
} from './support/resources';

const MAX_BYTES = 64 * 1024;

describe('resource files: sharing and versions', () => {
  let app: TestApp;
  let cast: Cast;
  let uploadDir: string;
  beforeAll(async () => {
    uploadDir = await tempUploadDir();
    app = await createTestApp({ UPLOAD_DIR: uploadDir, RESOURCE_MAX_BYTES: String(MAX_BYTES) });
    cast = await buildCast(app);
  });
  afterAll(async () => {
    await app.close();
    await rm(uploadDir, { recursive: true, force: true });
  });
  afterEach(async () => expect(await leftoverUploads(uploadDir)).toEqual([]));

  const rowCount = async () =>
    Number((await app.dataSource.query(`SELECT count(*) AS n FROM resources`))[0].n as string);

  describe('POST /api/resources', () => {
    it('takes a file and gives the same bytes back, checksums equal', async () => {
      const content = tinyPdf('round trip');
      const response = await upload(app, cast.practitioner.token, resourceFields({ tags: 'schools, staff' }), {
        name: 'Guide for staff.pdf',
        content,
        type: 'text/plain',
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        title: 'Training for school staff',
        scope: 'members',
        tags: ['schools', 'staff'],
        url: null,
        group: null,
        adaptedFrom: null,
        adaptationCount: 0,
        removed: false,
        canEdit: true,
        canRemove: true,
        author: { id: cast.practitioner.user.id },
        file: {
          name: 'Guide for staff.pdf',
          mediaType: 'application/pdf',
          size: content.length,
          checksum: sha256(content),
          version: 1,
        },
      });
      const fetched = await download(app, `/api/resources/${response.body.id}/download`, cast.researcher.token);
      expect(fetched.status).toBe(200);
      expect(sha256(fetched.bytes)).toBe(sha256(content));
      expect(fetched.headers.get('content-type')).toBe('application/pdf');
      expect(fetched.headers.get('content-disposition')).toBe('attachment; filename="Guide for staff.pdf"');
      expect(fetched.headers.get('x-content-type-options')).toBe('nosniff');
      expect(fetched.headers.get('content-security-policy')).toBe('sandbox');
      expect(fetched.headers.get('etag')).toBe(`"${sha256(content)}"`);
      expect(fetched.headers.get('cache-control')).toBe('private, no-cache');

      const inline = await download(
        app,
        `/api/resources/${response.body.id}/download?inline=true`,
        cast.researcher.token,
      );
      expect(inline.headers.get('content-disposition')).toBe('inline; filename="Guide for staff.pdf"');
      const again = await checkedFetch(`${app.url}/api/resources/${response.body.id}/download`, {
        headers: { authorization: `Bearer ${cast.researcher.token}`, 'if-none-match': `"${sha256(content)}"` },
      });
      expect(again.status).toBe(304);
    });

    it('shares a link as JSON, and a link has no file to download', async () => {
      const link = await shareLink(app, cast.researcher.token, { url: 'https://example.org/toolkit' });
      expect(link).toMatchObject({ url: 'https://example.org/toolkit', file: null });
      const fetched = await download(app, `/api/resources/${link.id}/download`, cast.researcher.token);
      expect(fetched.status).toBe(404);
    });

    it('answers a file already in the library with 409 and the resource that has it', async () => {
      const content = tinyPdf('twice');
      const first = await sharePdf(app, cast.practitioner.token, {}, content);
      const response = await unchangedBy(app, () =>
        upload(app, cast.researcher.token, resourceFields({ title: 'Again' }), { name: 'other name.pdf', content }),
      );
      expect(response.status).toBe(409);
      expect(response.body).toEqual({
        statusCode: 409,
        error: 'Conflict',
        message: 'file: this file is already in the library',
        existing: {
          id: first.id,
          title: first.title,
          type: 'training-material',
          language: 'en',
          country: 'GB',
          removed: false,
        },
      });
    });

    it('stores 20 uploads of the same bytes at once as one resource; the others get the same 409', async () => {
      const content = tinyPdf('twenty at once');
      const before = await rowCount();
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          upload(app, cast.practitioner.token, resourceFields({ title: `At once ${i}` }), {
            name: `copy-${i}.pdf`,
            content,
          }),
        ),
      );
      const created = responses.filter((response) => response.status === 201);
      expect(responses.map((response) => response.status).sort()).toEqual([201, ...Array(19).fill(409)]);
      for (const response of responses.filter((r) => r.status === 409)) {
        expect(response.body).toMatchObject({
          statusCode: 409,
          message: 'file: this file is already in the library',
          existing: { id: created[0]!.body.id, title: created[0]!.body.title },
        });
      }
      expect(await rowCount()).toBe(before + 1);
      const [row] = await app.dataSource.query(`SELECT count(*)::int AS n FROM resource_versions WHERE checksum = $1`, [
        sha256(content),
      ]);
      expect(row.n).toBe(1);
    });

    it('adds one of two identical new versions sent at once; the other gets the 409', async () => {
      const resource = await sharePdf(app, cast.practitioner.token);
      const content = tinyPdf('a new version twice');
      const form = multipart({}, { name: 'v2.pdf', content });
      const responses = await Promise.all(
        [0, 1].map(() =>
          app.request('POST', `/api/resources/${resource.id}/versions`, {
            token: cast.practitioner.token,
            rawBody: form.body,
            contentType: form.contentType,
          }),
        ),
      );
      expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
      const versions = await app.request('GET', `/api/resources/${resource.id}/versions`, {
        token: cast.practitioner.token,
      });
      expect(versions.body).toHaveLength(2);
    });

    it('refuses visitors (401) and pending accounts (403)', async () => {
      const form = () => resourceFields();
      expect(
        (await unchangedBy(app, () => upload(app, undefined, form(), { name: 'a.pdf', content: tinyPdf() }))).status,
      ).toBe(401);
      expect(
        (await unchangedBy(app, () => upload(app, cast.pending.token, form(), { name: 'a.pdf', content: tinyPdf() })))
          .status,
      ).toBe(403);
    });

    it('names the field of bad input (400) and changes nothing', async () => {
      const cases: Array<[Record<string, string | string[]>, boolean, string]> = [
        [resourceFields({ type: 'poster' }), true, 'type'],
        [resourceFields({ title: '' }), true, 'title'],
        [resourceFields({ scope: 'group' }), true, 'groupSlug'],
        [{ ...resourceFields(), path: '/etc/passwd' }, true, 'path'],
        [resourceFields(), false, 'file'],
        [resourceFields({ url: 'https://example.org/x' }), true, 'file'],
        [resourceFields({ url: 'javascript:alert(1)' }), false, 'url'],
      ];
      for (const [fields, withFile, field] of cases) {
        const response = await unchangedBy(app, () =>
          upload(app, cast.practitioner.token, fields, withFile ? { name: 'a.pdf', content: tinyPdf() } : undefined),
        );
        expect(response.status).toBe(400);
        expect(JSON.stringify(response.body.message)).toContain(`${field}`);
      }
    });
  });

  describe('versions', () => {
    it('replaces the file with a new version, keeps the old one downloadable, for the author only', async () => {
      const first = tinyPdf('first');
      const second = tinyPdf('second');
      const resource = await sharePdf(app, cast.researcher.token, {}, first);
      const path = `/api/resources/${resource.id}/versions`;
      const form = (content: Buffer, note?: string) =>
        multipart(note ? { note } : {}, { name: 'guide v2.pdf', content });
      const send = (token: string | undefined, content: Buffer, note?: string) => {
        const body = form(content, note);
        return app.request('POST', path, { token, rawBody: body.body, contentType: body.contentType });
      };

      expect((await unchangedBy(app, () => send(undefined, second))).status).toBe(401);
      expect((await unchangedBy(app, () => send(cast.pending.token, second))).status).toBe(403);
      expect((await unchangedBy(app, () => send(cast.practitioner.token, second))).status).toBe(403);
      expect((await unchangedBy(app, () => send(cast.admin.token, second))).status).toBe(403);
      const noFile = multipart({ note: 'nothing' });
      const missing = await unchangedBy(app, () =>
        app.request('POST', path, {
          token: cast.researcher.token,
          rawBody: noFile.body,
          contentType: noFile.contentType,
        }),
      );
      expect(missing.status).toBe(400);
      expect(missing.body.message).toEqual(['file: a new version needs a file']);
      expect((await unchangedBy(app, () => send(cast.researcher.token, first))).status).toBe(409);
      const link = await shareLink(app, cast.researcher.token);
      const toLink = form(second);
      expect(
        (
          await app.request('POST', `/api/resources/${link.id}/versions`, {
            token: cast.researcher.token,
            rawBody: toLink.body,
            contentType: toLink.contentType,
          })
        ).status,
      ).toBe(409);

      const added = await send(cast.researcher.token, second, 'Updated figures');
      expect(added.status).toBe(201);
      expect(added.body.file).toMatchObject({ version: 2, checksum: sha256(second), name: 'guide v2.pdf' });

      const versions = await app.request('GET', path, { token: cast.practitioner.token });
      expect(versions.status).toBe(200);
      expect(versions.body).toMatchObject([
        {
          version: 2,
          current: true,
          note: 'Updated figures',
          file: { checksum: sha256(second) },
          uploadedBy: { id: cast.researcher.user.id },
        },
        { version: 1, current: false, note: null, file: { checksum: sha256(first) } },
      ]);
      const current = await download(app, `/api/resources/${resource.id}/download`, cast.practitioner.token);
      expect(sha256(current.bytes)).toBe(sha256(second));
      const old = await download(app, `/api/resources/${resource.id}/download?version=1`, cast.practitioner.token);
      expect(sha256(old.bytes)).toBe(sha256(first));
      expect(
        (await download(app, `/api/resources/${resource.id}/download?version=3`, cast.practitioner.token)).status,
      ).toBe(404);
      expect(
        (await download(app, `/api/resources/${resource.id}/download?version=zero`, cast.practitioner.token)).status,
      ).toBe(400);
    });
  });
});
