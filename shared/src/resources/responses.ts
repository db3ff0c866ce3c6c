import { z } from 'zod';
import { responseText, responseTime } from '../common/fields';
import { apiErrorSchema, responseId, responseObject, type Proves, type SameShape } from '../common/responses';
import { authorSchema } from '../discussions/responses';
import { groupRefSchema } from '../groups/responses';
import { TARGET_GROUPS } from '../practices/vocabularies';
import type {
  Resource,
  ResourceFamily,
  ResourceFamilyNode,
  ResourceFile,
  ResourceSummary,
  ResourceVersion,
} from './types';
import { LICENCES, RESOURCE_SCOPES, RESOURCE_TYPES } from './vocabularies';

export const resourceFileSchema = responseObject({
  name: responseText,
  mediaType: responseText,
  size: z.number().int(),
  checksum: responseText,
  version: z.number().int(),
});

const summaryFields = {
  id: responseId,
  title: responseText,
  type: z.enum(RESOURCE_TYPES),
  language: responseText,
  country: responseText,
  removed: z.boolean(),
};

export const resourceSummarySchema = responseObject(summaryFields);

export const resourceSchema = responseObject({
  ...summaryFields,
  summary: responseText,
  audience: z.enum(TARGET_GROUPS),
  licence: z.enum(LICENCES),
  tags: z.array(responseText),
  scope: z.enum(RESOURCE_SCOPES),
  group: groupRefSchema.nullable(),
  url: responseText.nullable(),
  file: resourceFileSchema.nullable(),
  author: authorSchema.nullable(),
  adaptedFrom: responseObject({ ...summaryFields, note: responseText }).nullable(),
  note: responseText.nullable(),
  adaptationCount: z.number().int(),
  createdAt: responseTime,
  updatedAt: responseTime,
  canEdit: z.boolean(),
  canRemove: z.boolean(),
});

/** Recursive, so typed by its interface (which the schema must satisfy). */
export const resourceFamilyNodeSchema: z.ZodType<ResourceFamilyNode> = responseObject({
  ...summaryFields,
  note: responseText.nullable(),
  author: authorSchema.nullable(),
  createdAt: responseTime,
  get children(): z.ZodArray<z.ZodType<ResourceFamilyNode>> {
    return z.array(resourceFamilyNodeSchema);
  },
});
// Recursive: the OpenAPI document names it once, as a component its children refer to.
z.globalRegistry.add(resourceFamilyNodeSchema, { id: 'ResourceFamilyNode' });

export const resourceFamilySchema = responseObject({ resourceId: responseId, root: resourceFamilyNodeSchema });

export const resourceVersionSchema = responseObject({
  version: z.number().int(),
  file: resourceFileSchema,
  note: responseText.nullable(),
  uploadedBy: authorSchema.nullable(),
  uploadedAt: responseTime,
  current: z.boolean(),
});

/** An error of a resource upload: a 409 for a file already in the library names the resource that has it. */
export const resourceErrorSchema = apiErrorSchema.extend({ existing: resourceSummarySchema.optional() });

export type ResourceResponseChecks = [
  Proves<SameShape<z.output<typeof resourceFileSchema>, ResourceFile>>,
  Proves<SameShape<z.output<typeof resourceSummarySchema>, ResourceSummary>>,
  Proves<SameShape<z.output<typeof resourceSchema>, Resource>>,
  Proves<SameShape<z.output<typeof resourceFamilyNodeSchema>, ResourceFamilyNode>>,
  Proves<SameShape<z.output<typeof resourceFamilySchema>, ResourceFamily>>,
  Proves<SameShape<z.output<typeof resourceVersionSchema>, ResourceVersion>>,
];
