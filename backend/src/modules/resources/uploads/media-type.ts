import { RESOURCE_MEDIA_TYPES } from '@pn/shared';
import { fileTypeFromBuffer } from 'file-type/core';

const allowed: ReadonlySet<string> = new Set(RESOURCE_MEDIA_TYPES);

/**
 * The media type of a file, recognised from its first bytes by `file-type` (its core, which works on bytes and loads under Jest too) (magic numbers, and for zip
 * containers the entries that make an office document), or null when it is not one the library takes.
 * The name and the type the browser claims are never consulted: an executable named `.pdf` stays an
 * executable, and HTML (which has no magic number) is not recognised at all.
 */
export async function recogniseMediaType(head: Buffer): Promise<string | null> {
  if (head.length === 0) return null;
  const found = await fileTypeFromBuffer(head);
  return found && allowed.has(found.mime) ? found.mime : null;
}
