import { RESOURCE_LIMITS } from '@pn/shared';

// Control characters, and the invisible characters that reorder text (a name that shows as `txt.exe`
// but is `exe.txt`).
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
// Separators and what Windows forbids in names, for those who save the download.
const RESERVED = /[<>:"|?*]/g;

/**
 * The name an uploaded file is shown and downloaded with: its last path segment only, without control or
 * reordering characters, separators or leading dots, within the length limit (keeping the extension).
 * It is only ever a label: files are stored under their checksum, never under this name.
 */
export function cleanFileName(raw: string | undefined, fallbackExtension = ''): string {
  const base = (raw ?? '').normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .replace(INVISIBLE, '')
    .replace(RESERVED, '_')
    .trim()
    .replace(/^[.\s]+/, '');
  const name = cleaned || `file${fallbackExtension ? `.${fallbackExtension}` : ''}`;
  return truncateKeepingExtension(name, RESOURCE_LIMITS.fileNameMax);
}

function truncateKeepingExtension(name: string, max: number): string {
  const characters = [...name];
  if (characters.length <= max) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
  const stem = [...name.slice(0, name.length - extension.length)];
  return (
    stem
      .slice(0, max - [...extension].length)
      .join('')
      .trimEnd() + extension
  );
}
