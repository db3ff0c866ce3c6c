import type { Resource, ResourceFamilyNode, ResourceFile, ResourceSummary, ResourceVersion } from '@pn/shared';
import { toAuthor } from '../users/author.mapper';
import type { ResourceVersionEntity } from './resource-version.entity';
import { fileNameFor } from './uploads/file-name';
import type { ResourceEntity } from './resource.entity';

export function toResourceSummary(resource: ResourceEntity): ResourceSummary {
  return {
    id: resource.id,
    title: resource.title,
    type: resource.type,
    language: resource.language,
    country: resource.country,
    removed: resource.removedAt !== null,
  };
}

export function toResourceFile(version: ResourceVersionEntity): ResourceFile {
  return {
    name: fileNameFor(version.fileName, version.mediaType),
    mediaType: version.mediaType,
    size: version.size,
    checksum: version.checksum,
    version: version.version,
  };
}

/** What the caller's own view adds to a resource. */
export interface ResourceExtras {
  file: ResourceVersionEntity | null;
  /** The source, when the caller may see it. */
  adaptedFrom: ResourceEntity | null;
  canEdit: boolean;
  canRemove: boolean;
  /** The adaptations the caller sees under it in its family tree. */
  adaptationCount: number;
}

/** `resource.author` and `resource.group` loaded. */
export function toResource(resource: ResourceEntity, extras: ResourceExtras): Resource {
  const group = resource.group;
  return {
    ...toResourceSummary(resource),
    summary: resource.summary,
    audience: resource.audience,
    licence: resource.licence,
    tags: resource.tags,
    scope: resource.scope,
    group: group ? { id: group.id, slug: group.slug, name: group.name } : null,
    url: resource.url,
    file: extras.file ? toResourceFile(extras.file) : null,
    author: toAuthor(resource.author),
    adaptedFrom: extras.adaptedFrom ? { ...toResourceSummary(extras.adaptedFrom), note: resource.note ?? '' } : null,
    note: resource.note,
    adaptationCount: extras.adaptationCount,
    createdAt: resource.createdAt.toISOString(),
    updatedAt: resource.updatedAt.toISOString(),
    canEdit: extras.canEdit,
    canRemove: extras.canRemove,
  };
}

/** `version.uploader` loaded. */
export function toResourceVersion(version: ResourceVersionEntity, currentVersion: number | null): ResourceVersion {
  return {
    version: version.version,
    file: toResourceFile(version),
    note: version.note,
    uploadedBy: toAuthor(version.uploader),
    uploadedAt: version.uploadedAt.toISOString(),
    current: version.version === currentVersion,
  };
}

/** `resource.author` loaded; the children are attached by the family builder. */
export function toFamilyNode(resource: ResourceEntity): ResourceFamilyNode {
  return {
    ...toResourceSummary(resource),
    note: resource.note,
    author: toAuthor(resource.author),
    createdAt: resource.createdAt.toISOString(),
    children: [],
  };
}
