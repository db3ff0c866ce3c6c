import { z } from 'zod';
import {
  countryCode,
  httpUrl as httpUrlOf,
  languageCode,
  optionalTextBlock,
  searchText,
  sequenceNumber,
  textBlock,
  textLine,
  uuid,
} from '../common/fields';
import { LIMITS } from '../common/limits';
import { pageQuerySchema } from '../common/pagination';
import { slugSchema } from '../groups/schemas';
import { TARGET_GROUPS } from '../practices/vocabularies';
import { LICENCES, RESOURCE_SCOPES, RESOURCE_SORTS, RESOURCE_TYPES } from './vocabularies';

export const RESOURCE_LIMITS = {
  titleMax: 200,
  summaryMax: 2000,
  tagMax: 40,
  tagsMax: 20,
  urlMax: 2000,
  noteMax: 2000,
  fileNameMax: 255,
  /** The default upload limit; the backend's RESOURCE_MAX_BYTES may set another. */
  fileBytesDefault: 50 * 1024 * 1024,
} as const;

/** Tags arrive as a JSON array, or in a multipart form as repeated fields or one comma-separated field. */
const tags = z.preprocess(
  (value) => {
    const list = typeof value === 'string' ? value.split(',') : value;
    return Array.isArray(list)
      ? list.map((tag) => (typeof tag === 'string' ? tag.trim().toLowerCase() : tag)).filter((tag) => tag !== '')
      : list;
  },
  z
    .array(textLine(RESOURCE_LIMITS.tagMax))
    .max(RESOURCE_LIMITS.tagsMax, `must be at most ${RESOURCE_LIMITS.tagsMax} tags`)
    .transform((list) => [...new Set(list)]),
);

const httpUrl = httpUrlOf(RESOURCE_LIMITS.urlMax);

const metadataFields = {
  title: textLine(RESOURCE_LIMITS.titleMax),
  summary: textBlock(RESOURCE_LIMITS.summaryMax),
  type: z.enum(RESOURCE_TYPES),
  language: languageCode,
  country: countryCode,
  audience: z.enum(TARGET_GROUPS),
  licence: z.enum(LICENCES),
  tags: tags.default([]),
  scope: z.enum(RESOURCE_SCOPES),
  /** Required when `scope` is `group`: the group it is shared in (the sharer must be an active member). */
  groupSlug: slugSchema.optional(),
  /** A link instead of a file. Exactly one of the two: the file comes as the multipart part `file`. */
  url: httpUrl.optional(),
};

function groupScopeHasGroup(body: { scope?: string; groupSlug?: string }): boolean {
  return body.scope === undefined || (body.scope === 'group') === (body.groupSlug !== undefined);
}
const groupScopeIssue = {
  message: 'groupSlug is required with scope "group", and only then',
  path: ['groupSlug'],
};

/**
 * The metadata of a new resource: a JSON body with `url`, or the text fields of a multipart form whose
 * `file` part is the file.
 */
export const createResourceSchema = z.strictObject(metadataFields).refine(groupScopeHasGroup, groupScopeIssue);
export type CreateResourceRequest = z.input<typeof createResourceSchema>;

/** "Adapt this": a new resource (its own file or link) linked to its source, with what changed. */
export const createAdaptationSchema = z
  .strictObject({ ...metadataFields, note: textBlock(RESOURCE_LIMITS.noteMax) })
  .refine(groupScopeHasGroup, groupScopeIssue);
export type CreateAdaptationRequest = z.input<typeof createAdaptationSchema>;

/** The author changes the description; the file changes only through a new version. */
export const updateResourceSchema = z
  .strictObject({
    title: metadataFields.title.optional(),
    summary: metadataFields.summary.optional(),
    type: metadataFields.type.optional(),
    language: languageCode.optional(),
    country: countryCode.optional(),
    audience: metadataFields.audience.optional(),
    licence: metadataFields.licence.optional(),
    tags: tags.optional(),
    scope: metadataFields.scope.optional(),
    groupSlug: slugSchema.optional(),
    url: httpUrl.optional(),
    note: textBlock(RESOURCE_LIMITS.noteMax).optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), { message: 'nothing to change' })
  .refine(groupScopeHasGroup, groupScopeIssue);
export type UpdateResourceRequest = z.input<typeof updateResourceSchema>;

/** A new version replaces the file; the multipart form has the `file` part and this optional field. */
export const newVersionSchema = z.strictObject({
  note: optionalTextBlock(RESOURCE_LIMITS.noteMax).optional(),
});
export type NewVersionRequest = z.input<typeof newVersionSchema>;

export const listResourcesQuerySchema = pageQuerySchema.extend({
  q: searchText(200).optional(),
  type: z.enum(RESOURCE_TYPES).optional(),
  language: languageCode.optional(),
  country: countryCode.optional(),
  audience: z.enum(TARGET_GROUPS).optional(),
  /** A group's slug: what was shared in that group. */
  group: slugSchema.optional(),
  sort: z.enum(RESOURCE_SORTS).default('newest'),
  /** `true`: only the caller's own resources. */
  mine: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});
export type ListResourcesQuery = z.input<typeof listResourcesQuerySchema>;

export const downloadQuerySchema = z.object({
  /** A past version's number; the current file without it. */
  version: sequenceNumber.optional(),
  /** `true`: shown in the browser (PDF and images only) instead of saved. */
  inline: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});

export const resourceIdsSchema = z.array(uuid).max(LIMITS.pageMax);
