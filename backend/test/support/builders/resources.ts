import type { Resource } from '@pn/shared';
import type { TestApp } from '../app';
import { sharePdf, shareLink, tinyPdf } from '../resources';
import { buildUser, idOf, type BuiltUser, type Someone } from './users';

export interface ResourceOverrides {
  /** `file`: a small PDF shared as multipart (the default); `link`: a link shared as JSON. */
  kind?: 'file' | 'link';
  /** Who shares it; a new active practitioner unless given. */
  author?: BuiltUser;
  /** The PDF's bytes, for `file`; a PDF of its own unless given. */
  content?: Buffer;
  /** Fields of the resource (members-only training material unless told otherwise): scope, groupSlug, title... */
  fields?: Record<string, string | string[]>;
}

/** A resource of the library shared through the API, as a member shares it. */
export async function buildResource(app: TestApp, overrides: ResourceOverrides = {}): Promise<Resource> {
  const author = overrides.author ?? (await buildUser(app));
  return overrides.kind === 'link'
    ? shareLink(app, author.token, overrides.fields)
    : sharePdf(app, author.token, overrides.fields, overrides.content ?? tinyPdf());
}

export interface ResourceRowOverrides {
  scope?: 'public' | 'members' | 'group';
  /** Required with the `group` scope. */
  groupId?: string;
  author?: Someone | null;
  title?: string;
}

/** A linked resource (a toolkit, public unless told otherwise) straight in the database. Answers its id. */
export async function buildResourceRow(app: TestApp, overrides: ResourceRowOverrides = {}): Promise<string> {
  const [row] = (await app.dataSource.query(
    `INSERT INTO resources (title, summary, type, language, country, audience, licence, scope, group_id, url, author_id)
     VALUES ($1, 'A resource made by a test.', 'toolkit', 'en', 'DK', 'professionals', 'cc-by', $2, $3,
             'https://example.org/toolkit', $4)
     RETURNING id`,
    [
      overrides.title ?? 'A toolkit',
      overrides.scope ?? 'public',
      overrides.groupId ?? null,
      overrides.author ? idOf(overrides.author) : null,
    ],
  )) as Array<{ id: string }>;
  return row!.id;
}
