import type {
  createAdaptationSchema,
  createResourceSchema,
  Licence,
  Resource,
  ResourceScope,
  ResourceType,
  TargetGroup,
  UpdateResourceRequest,
} from '@pn/shared';
import type { z } from 'zod';

/** A new resource's metadata as the schema returns it: what is sent, as JSON or as multipart fields. */
export type ResourceBody = z.output<typeof createResourceSchema>;
export type AdaptationBody = z.output<typeof createAdaptationSchema>;

/** A file uploaded, or a link to something elsewhere. */
export type ResourceSource = 'file' | 'link';

/** What the resource forms hold: strings as typed, '' for a choice not made yet. */
export interface ResourceFormValues {
  source: ResourceSource;
  url: string;
  title: string;
  summary: string;
  type: ResourceType | '';
  language: string;
  country: string;
  audience: TargetGroup | '';
  licence: Licence | '';
  /** Comma-separated, as typed. */
  tags: string;
  scope: ResourceScope;
  groupSlug: string;
  /** What an adaptation changed from its source. */
  note: string;
}

export const EMPTY_RESOURCE_VALUES: ResourceFormValues = {
  source: 'file',
  url: '',
  title: '',
  summary: '',
  type: '',
  language: '',
  country: '',
  audience: '',
  licence: '',
  tags: '',
  // The safest default: only the network's vetted members see it until the sharer chooses otherwise.
  scope: 'members',
  groupSlug: '',
  note: '',
};

/** The form's values from a resource: to edit it, or as the starting point of an adaptation of it. */
export function valuesFromResource(resource: Resource): ResourceFormValues {
  return {
    source: resource.url ? 'link' : 'file',
    url: resource.url ?? '',
    title: resource.title,
    summary: resource.summary,
    type: resource.type,
    language: resource.language,
    country: resource.country,
    audience: resource.audience,
    licence: resource.licence,
    tags: resource.tags.join(', '),
    scope: resource.scope,
    groupSlug: resource.group?.slug ?? '',
    note: resource.note ?? '',
  };
}

/**
 * The values as the schema expects them: a group only with the group scope, a link only when sharing a
 * link, and a note only for an adaptation. Unchosen choices stay '' for the schema to refuse.
 */
export function toRequest(values: ResourceFormValues, withNote: boolean): Record<string, unknown> {
  return {
    title: values.title,
    summary: values.summary,
    type: values.type,
    language: values.language,
    country: values.country,
    audience: values.audience,
    licence: values.licence,
    tags: values.tags,
    scope: values.scope,
    ...(values.scope === 'group' ? { groupSlug: values.groupSlug || undefined } : {}),
    ...(values.source === 'link' ? { url: values.url } : {}),
    ...(withNote ? { note: values.note } : {}),
  };
}

/**
 * The multipart body of an upload. Text fields come before the file, so that a streaming parser has them all
 * by the time the file arrives; tags go as one comma-separated field.
 */
export function toFormData(body: ResourceBody | AdaptationBody, file: File | Blob): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(body) as [string, unknown][]) {
    if (value === undefined || key === 'url') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) form.append(key, value.join(','));
    } else {
      form.append(key, String(value));
    }
  }
  form.append('file', file);
  return form;
}

const sameTags = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join(',') === [...b].sort().join(',');

const parseTags = (text: string) =>
  text
    .split(',')
    .map((tag) => tag.trim().toLowerCase())
    .filter(Boolean);

/**
 * The PATCH body of an edit: only what differs from the resource (texts compared trimmed, as the API trims
 * them). A change of scope or group sends both, since the API checks them together. Empty when nothing changed.
 */
export function changedResourceFields(resource: Resource, values: ResourceFormValues): UpdateResourceRequest {
  const changes: Record<string, unknown> = {};
  for (const field of ['title', 'summary', 'type', 'audience', 'licence'] as const) {
    if (values[field].trim() !== resource[field].trim()) changes[field] = values[field];
  }
  if (values.language.trim().toLowerCase() !== resource.language.toLowerCase()) changes.language = values.language;
  if (values.country.trim().toUpperCase() !== resource.country.toUpperCase()) changes.country = values.country;
  if (!sameTags(parseTags(values.tags), resource.tags)) changes.tags = values.tags;
  const groupSlug = values.scope === 'group' ? values.groupSlug : '';
  const currentGroupSlug = resource.scope === 'group' ? (resource.group?.slug ?? '') : '';
  if (values.scope !== resource.scope || groupSlug !== currentGroupSlug) {
    changes.scope = values.scope;
    if (values.scope === 'group') changes.groupSlug = values.groupSlug || undefined;
  }
  if (resource.url !== null && values.url.trim() !== resource.url) changes.url = values.url;
  if (resource.adaptedFrom !== null && values.note.trim() !== (resource.note ?? '').trim()) changes.note = values.note;
  return changes as UpdateResourceRequest;
}

/** A file's size for people: "512 bytes", "1.2 MB". */
export function formatFileSize(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
