export const RESOURCE_TYPES = [
  'training-material',
  'campaign-material',
  'guideline',
  'toolkit',
  'research-paper',
  'video',
  'other',
] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

/** Creative Commons choices first, then the two that are not. */
export const LICENCES = [
  'cc-by',
  'cc-by-sa',
  'cc-by-nc',
  'cc-by-nc-sa',
  'cc-by-nd',
  'cc-by-nc-nd',
  'cc0',
  'all-rights-reserved',
  'other',
] as const;
export type Licence = (typeof LICENCES)[number];

/** Who may read a resource: the members of one group, every active member, or anyone. */
export const RESOURCE_SCOPES = ['group', 'members', 'public'] as const;
export type ResourceScope = (typeof RESOURCE_SCOPES)[number];

export const RESOURCE_SORTS = ['newest', 'most-adapted'] as const;
export type ResourceSort = (typeof RESOURCE_SORTS)[number];

/**
 * The media types a file may have, recognised from its first bytes (never from its name or the type the
 * browser claims): PDF, office documents (OOXML, OpenDocument, legacy), images, audio and video.
 */
export const RESOURCE_MEDIA_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
  'application/x-cfb',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'audio/mpeg',
  'audio/ogg',
  'audio/wav',
  'audio/x-wav',
  'audio/mp4',
  'audio/x-m4a',
  'audio/flac',
  'video/mp4',
  'video/webm',
  'video/quicktime',
  'video/x-matroska',
  'video/ogg',
] as const;
export type ResourceMediaType = (typeof RESOURCE_MEDIA_TYPES)[number];

/** Shown in the browser (PDF and image preview); everything else is only downloaded. */
export const PREVIEWABLE_MEDIA_TYPES: readonly string[] = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
];
