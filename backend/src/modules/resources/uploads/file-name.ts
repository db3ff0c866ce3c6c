import { RESOURCE_LIMITS, type ResourceMediaType } from '@pn/shared';

// Control and format characters (among them the invisible ones that reorder text: a name that shows as
// `txt.exe` but is `exe.txt`), surrogates, private use, and line and paragraph separators.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Zl}\p{Zp}]/gu;
// Separators and what Windows forbids in names, for those who save the download.
const RESERVED = /[<>:"|?*]/g;

/**
 * The extensions a file of each type may carry, its usual one first (which a name without a fitting one
 * gets). Typed by the library's list of types, so that a type added there must be given its extensions.
 */
const EXTENSIONS: Record<ResourceMediaType, readonly string[]> = {
  'application/pdf': ['pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx', 'docm', 'dotx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx', 'xlsm', 'xltx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx', 'pptm', 'ppsx', 'potx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'application/vnd.oasis.opendocument.presentation': ['odp'],
  'application/msword': ['doc', 'dot'],
  'application/vnd.ms-excel': ['xls', 'xlt'],
  'application/vnd.ms-powerpoint': ['ppt', 'pps', 'pot'],
  // The container of the older Office formats, which the content alone does not tell apart.
  'application/x-cfb': ['cfb', 'doc', 'dot', 'xls', 'xlt', 'ppt', 'pps', 'pot'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg', 'jpe', 'jfif'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'audio/mpeg': ['mp3', 'mpga'],
  'audio/ogg': ['ogg', 'oga', 'opus'],
  'audio/wav': ['wav'],
  'audio/x-wav': ['wav'],
  'audio/mp4': ['m4a', 'mp4'],
  'audio/x-m4a': ['m4a'],
  'audio/flac': ['flac'],
  'video/mp4': ['mp4', 'm4v'],
  'video/webm': ['webm'],
  'video/quicktime': ['mov', 'qt'],
  'video/x-matroska': ['mkv'],
  'video/ogg': ['ogv', 'ogg'],
};

/**
 * The name an uploaded file is shown and downloaded with: its last path segment only, without control,
 * format or reordering characters, separators or leading dots, within the length limit (keeping the
 * extension). It is only ever a label: files are stored under their checksum, never under this name.
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

/**
 * The cleaned name with an extension that says what the file is, as recognised from its content: a PNG
 * uploaded as `report.pdf` is offered as `report.png`, so that no one opens it as something else.
 */
export function fileNameFor(raw: string | undefined, mediaType: string): string {
  const name = cleanFileName(raw);
  const extensions = EXTENSIONS[mediaType as ResourceMediaType];
  if (!extensions) return name;
  const match = /^(.*)\.([A-Za-z0-9]{1,8})$/.exec(name);
  if (match && extensions.includes(match[2]!.toLowerCase())) return name;
  const stem = (match ? match[1]! : name).replace(/[.\s]+$/, '') || 'file';
  return truncateKeepingExtension(`${stem}.${extensions[0]}`, RESOURCE_LIMITS.fileNameMax);
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
