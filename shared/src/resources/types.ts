import type { Author } from '../discussions/types';
import type { TargetGroup } from '../practices/vocabularies';
import type { Licence, ResourceScope, ResourceType } from './vocabularies';

export interface ResourceFile {
  /** The name it was uploaded with, cleaned; only ever shown and offered as the download's name. */
  name: string;
  mediaType: string;
  size: number;
  /** SHA-256 of the bytes, hex. */
  checksum: string;
  version: number;
}

/** A resource as lists show it, and as other records (a practice, a lineage) refer to it. */
export interface ResourceSummary {
  id: string;
  title: string;
  type: ResourceType;
  language: string;
  country: string;
  /** True once removed: kept so that the lineage of its adaptations stays readable. */
  removed: boolean;
}

export interface Resource extends ResourceSummary {
  summary: string;
  audience: TargetGroup;
  licence: Licence;
  tags: string[];
  scope: ResourceScope;
  /** The group it was shared in, with scope `group` (and for discussion links, with any scope). */
  group: { id: string; slug: string; name: string } | null;
  /** A link resource's address; null for a file. */
  url: string | null;
  /** The current file; null for a link. */
  file: ResourceFile | null;
  author: Author | null;
  /** The resource this one adapts or translates, when it does and the caller may see it. */
  adaptedFrom: (ResourceSummary & { note: string }) | null;
  /** What changed from the source, in the author's words. */
  note: string | null;
  adaptationCount: number;
  createdAt: string;
  updatedAt: string;
  /** What the caller may do. */
  canEdit: boolean;
  canRemove: boolean;
}

/** One node of a family tree: a resource, and the adaptations and translations made from it. */
export interface ResourceFamilyNode extends ResourceSummary {
  note: string | null;
  author: Author | null;
  createdAt: string;
  children: ResourceFamilyNode[];
}

/**
 * The whole family of a resource: from its oldest ancestor the caller may see, down through every adaptation
 * the caller may see (one they may not see is left out, and its visible adaptations hang from the nearest
 * visible ancestor).
 */
export interface ResourceFamily {
  /** The resource asked about. */
  resourceId: string;
  root: ResourceFamilyNode;
}

export interface ResourceVersion {
  version: number;
  file: ResourceFile;
  note: string | null;
  uploadedBy: Author | null;
  uploadedAt: string;
  current: boolean;
}

/** The 409 answer to a file that is already in the library, as a resource the uploader can see. */
export interface DuplicateFileError {
  statusCode: 409;
  error: 'Conflict';
  message: string;
  existing: ResourceSummary;
}
