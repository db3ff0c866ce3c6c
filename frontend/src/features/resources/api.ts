import {
  COUNTRY_CODES,
  LANGUAGE_CODES,
  RESOURCE_SORTS,
  RESOURCE_TYPES,
  slugSchema,
  TARGET_GROUPS,
  type DuplicateFileError,
  type Page,
  type Resource,
  type ResourceFamily,
  type ResourceSort,
  type ResourceSummary,
  type ResourceType,
  type ResourceVersion,
  type TargetGroup,
  type UpdateResourceRequest,
} from '@pn/shared';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { Message } from '../../i18n/types';
import { http, isApiError, withQuery, type UploadOptions } from '../../lib/http';
import { toFormData, type AdaptationBody, type ResourceBody } from './resourceForm';

/** What the library is filtered and sorted by; all of it lives in the page's address. */
export interface ResourceFilters {
  q?: string;
  type?: ResourceType;
  language?: string;
  country?: string;
  audience?: TargetGroup;
  group?: string;
  sort?: ResourceSort;
  mine?: boolean;
}

export const resourceKeys = {
  all: ['resources'] as const,
  lists: () => [...resourceKeys.all, 'list'] as const,
  list: (filters: ResourceFilters) => [...resourceKeys.lists(), filters] as const,
  details: () => [...resourceKeys.all, 'detail'] as const,
  detail: (id: string) => [...resourceKeys.details(), id] as const,
  families: () => [...resourceKeys.all, 'family'] as const,
  family: (id: string) => [...resourceKeys.families(), id] as const,
  versions: (id: string) => [...resourceKeys.all, 'versions', id] as const,
};

export const RESOURCE_PAGE_SIZE = 20;

const resourcePath = (id: string) => `/resources/${encodeURIComponent(id)}`;

/** The address of a resource's file (for links and previews): the current one, or a past version. */
export function downloadUrl(id: string, options: { version?: number; inline?: boolean } = {}): string {
  return `/api${withQuery(`${resourcePath(id)}/download`, {
    version: options.version,
    inline: options.inline ? 'true' : undefined,
  })}`;
}

export const resourceListQuery = (filters: ResourceFilters) =>
  infiniteQueryOptions({
    queryKey: resourceKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      http.get<Page<Resource>>(
        withQuery('/resources', {
          ...filters,
          mine: filters.mine ? 'true' : undefined,
          limit: RESOURCE_PAGE_SIZE,
          cursor: pageParam,
        }),
        { signal },
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const resourceQuery = (id: string) =>
  queryOptions({
    queryKey: resourceKeys.detail(id),
    queryFn: ({ signal }) => http.get<Resource>(resourcePath(id), { signal }),
  });

export const resourceFamilyQuery = (id: string) =>
  queryOptions({
    queryKey: resourceKeys.family(id),
    queryFn: ({ signal }) => http.get<ResourceFamily>(`${resourcePath(id)}/adaptations`, { signal }),
  });

export const resourceVersionsQuery = (id: string) =>
  queryOptions({
    queryKey: resourceKeys.versions(id),
    queryFn: ({ signal }) => http.get<ResourceVersion[]>(`${resourcePath(id)}/versions`, { signal }),
  });

/** A file goes as multipart; a link as JSON. */
function send(path: string, body: ResourceBody | AdaptationBody, file: File | null, options?: UploadOptions) {
  return file ? http.upload<Resource>(path, toFormData(body, file), options) : http.post<Resource>(path, body);
}

export const createResource = (body: ResourceBody, file: File | null, options?: UploadOptions) =>
  send('/resources', body, file, options);
export const createAdaptation = (sourceId: string, body: AdaptationBody, file: File | null, options?: UploadOptions) =>
  send(`${resourcePath(sourceId)}/adaptations`, body, file, options);
export const updateResource = (id: string, body: UpdateResourceRequest) => http.patch<Resource>(resourcePath(id), body);
export const removeResource = (id: string) => http.delete(resourcePath(id));

export function uploadVersion(id: string, file: File, note: string, options?: UploadOptions) {
  const form = new FormData();
  // Text fields before the file: a streaming multipart parser has them by the time the file arrives.
  if (note.trim()) form.append('note', note.trim());
  form.append('file', file);
  // Answered with the resource, its `file` now the new version.
  return http.upload<Resource>(`${resourcePath(id)}/versions`, form, options);
}

/** The resource already in the library when a 409 says the same file was uploaded before; null otherwise. */
export function duplicateOf(error: unknown): ResourceSummary | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const existing = (error.body as Partial<DuplicateFileError> | null)?.existing;
  return existing && typeof existing.id === 'string' && typeof existing.title === 'string' ? existing : null;
}

/**
 * What was wrong with an uploaded file, in the reader's language: already in the library (409), too large
 * (413), or of a type not accepted (415). Null for any other error, which is not about the file.
 */
export function fileProblem(error: unknown): Message | null {
  if (!isApiError(error)) return null;
  switch (error.status) {
    case 409:
      return { key: 'resources.errors.duplicate' };
    case 413:
      return { key: 'resources.errors.tooLarge' };
    case 415:
      return { key: 'resources.errors.unsupportedType' };
    default:
      return null;
  }
}

const pick = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : undefined;

/** Reads the library's filters from the address, ignoring values outside the vocabularies. */
export function parseResourceFilters(params: URLSearchParams): ResourceFilters {
  const group = params.get('group')?.trim().toLowerCase() ?? '';
  const q = params.get('q')?.trim() ?? '';
  const filters: ResourceFilters = {
    q: q || undefined,
    type: pick(RESOURCE_TYPES, params.get('type')),
    language: pick(LANGUAGE_CODES, params.get('language')?.toLowerCase() ?? null),
    country: pick(COUNTRY_CODES, params.get('country')?.toUpperCase() ?? null),
    audience: pick(TARGET_GROUPS, params.get('audience')),
    group: slugSchema.safeParse(group).success ? group : undefined,
    sort: pick(RESOURCE_SORTS, params.get('sort')),
    mine: params.get('mine') === 'true' ? true : undefined,
  };
  // Only what is set, so that equal filters make equal query keys.
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as ResourceFilters;
}

/** The address's search parameters for these filters (the inverse of `parseResourceFilters`). */
export function filtersToParams(filters: ResourceFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters) as [string, string | boolean | undefined][]) {
    if (value === undefined || value === '' || value === false) continue;
    // Newest is the default order: left out of the address.
    if (key === 'sort' && value === 'newest') continue;
    params.set(key, String(value));
  }
  return params;
}
