import type { Queryable } from './db';
import { demoMemberId } from './members';
import { textPdf } from './pdf';
import { DEMO_RESOURCES } from './resources-content';

/** Keeps a file's bytes in the application's file storage; answers where, and what it is. */
export type StoreFile = (bytes: Buffer) => Promise<{ key: string; checksum: string; size: number }>;

const fileNameOf = (title: string) =>
  `${title
    .replace(/^Demo: /, '')
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 80)}.pdf`;

/**
 * The demo resources, sources before their adaptations, each PDF written to the file storage. Fixed ids and
 * ON CONFLICT DO NOTHING: safe to run again (the same bytes are stored once).
 */
export async function seedDemoResources(db: Queryable, storeFile: StoreFile): Promise<void> {
  for (const resource of DEMO_RESOURCES) {
    const file = resource.pages ? await storeFile(textPdf(resource.pages)) : null;
    const author = demoMemberId(resource.author);
    const { metadata } = resource;
    const inserted = (await db.query(
      `INSERT INTO resources (id, title, summary, type, language, country, audience, licence, tags, scope, group_id,
                              url, author_id, adapted_from_id, note, current_version, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, (SELECT id FROM groups WHERE slug = $11), $12, $13, $14, $15,
               $16, now() - make_interval(days => $17), now() - make_interval(days => $17))
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [
        resource.id,
        metadata.title,
        metadata.summary,
        metadata.type,
        metadata.language,
        metadata.country,
        metadata.audience,
        metadata.licence,
        metadata.tags ?? [],
        metadata.scope,
        metadata.groupSlug ?? null,
        metadata.url ?? null,
        author,
        resource.adaptedFrom?.id ?? null,
        resource.adaptedFrom?.note ?? null,
        file ? 1 : null,
        resource.daysAgo,
      ],
    )) as Array<{ id: string }> | { rows: Array<{ id: string }> };
    const rows = Array.isArray(inserted) ? inserted : inserted.rows;
    if (rows.length === 0 || !file) continue;
    await db.query(
      `INSERT INTO resource_versions (resource_id, version, storage_key, file_name, media_type, size, checksum,
                                      uploaded_by, uploaded_at)
       VALUES ($1, 1, $2, $3, 'application/pdf', $4, $5, $6, now() - make_interval(days => $7))`,
      [resource.id, file.key, fileNameOf(metadata.title), file.size, file.checksum, author, resource.daysAgo],
    );
  }
  await db.query(
    `UPDATE resources r SET adaptation_count =
       (SELECT count(*) FROM resources a WHERE a.adapted_from_id = r.id AND a.removed_at IS NULL)
     WHERE r.id = ANY($1::uuid[])`,
    [DEMO_RESOURCES.map((resource) => resource.id)],
  );
}
