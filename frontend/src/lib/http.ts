import type { ApiErrorBody } from '@pn/shared';
import i18n from 'i18next';

/** Every API path lives under this prefix, on the same origin as the app. */
export const API_PREFIX = '/api';
export const CSRF_COOKIE = 'pn_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

/** Status used for an `ApiError` when the request never got an answer (offline, server down). */
export const NETWORK_ERROR_STATUS = 0;

/** An answer of the API that was not 2xx, or no answer at all (`status` 0). */
export class ApiError extends Error {
  readonly status: number;
  /** The server's messages: one per problem (400 lists one per field, as `"field: text"`). */
  readonly messages: string[];
  readonly body: ApiErrorBody | null;

  constructor(status: number, messages: string[], body: ApiErrorBody | null = null) {
    super(messages.join('; ') || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.messages = messages;
    this.body = body;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Reads one cookie from a `document.cookie`-style string. */
export function readCookie(name: string, cookieString: string): string | null {
  for (const part of cookieString.split(';')) {
    const separator = part.indexOf('=');
    if (separator === -1) continue;
    if (part.slice(0, separator).trim() === name) {
      const value = part.slice(separator + 1).trim();
      try {
        return decodeURIComponent(value);
      } catch {
        return value;
      }
    }
  }
  return null;
}

function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const message = (value as { message?: unknown }).message;
  return (
    typeof message === 'string' ||
    (Array.isArray(message) && message.every((item): item is string => typeof item === 'string'))
  );
}

/** Turns an error body (or anything the server sent) into the list of messages of an `ApiError`. */
export function errorFromResponse(status: number, statusText: string, payload: unknown): ApiError {
  if (isApiErrorBody(payload)) {
    const messages = Array.isArray(payload.message) ? payload.message : [payload.message];
    return new ApiError(status, messages, payload);
  }
  return new ApiError(status, statusText ? [statusText] : []);
}

type QueryValue = string | number | boolean | null | undefined;

/** Builds `path?key=value`, leaving out empty values. */
export function withQuery(path: string, params: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

interface RequestOptions {
  signal?: AbortSignal;
}

async function request<T>(method: Method, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  // What the API writes in several languages (a group's name) comes in the one this page is shown in.
  const language = i18n.resolvedLanguage ?? i18n.language;
  if (language) headers['Accept-Language'] = language;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') {
    const csrf = typeof document === 'undefined' ? null : readCookie(CSRF_COOKIE, document.cookie);
    if (csrf) headers[CSRF_HEADER] = csrf;
  }

  let response: Response;
  try {
    response = await fetch(`${API_PREFIX}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(NETWORK_ERROR_STATUS, ['network error']);
  }

  const isJson = response.headers.get('Content-Type')?.includes('application/json') ?? false;
  let payload: unknown = undefined;
  if (response.status !== 204 && isJson) {
    try {
      payload = await response.json();
    } catch {
      payload = undefined;
    }
  }

  if (!response.ok) throw errorFromResponse(response.status, response.statusText, payload);
  return payload as T;
}

export interface UploadOptions extends RequestOptions {
  /** Called as the body goes out, with the share sent so far (0 to 1). */
  onProgress?: (fraction: number) => void;
}

function csrfHeader(): string | null {
  return typeof document === 'undefined' ? null : readCookie(CSRF_COOKIE, document.cookie);
}

/**
 * Sends a multipart form (e.g. a file with its metadata). XMLHttpRequest rather than fetch, because only it
 * reports upload progress; the browser sets the Content-Type with its boundary, so none is set here.
 */
function sendFormData<T>(path: string, form: FormData, options: UploadOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const { signal, onProgress } = options;
    if (signal?.aborted) {
      reject(new DOMException('The upload was aborted.', 'AbortError'));
      return;
    }
    const xhr = new XMLHttpRequest();
    // Same origin, so the session cookie goes with it.
    xhr.open('POST', `${API_PREFIX}${path}`);
    xhr.setRequestHeader('Accept', 'application/json');
    const csrf = csrfHeader();
    if (csrf) xhr.setRequestHeader(CSRF_HEADER, csrf);
    if (onProgress) {
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
      };
    }
    const onAbort = () => xhr.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    xhr.onabort = () => reject(new DOMException('The upload was aborted.', 'AbortError'));
    xhr.onerror = () => reject(new ApiError(NETWORK_ERROR_STATUS, ['network error']));
    xhr.onload = () => {
      signal?.removeEventListener('abort', onAbort);
      const isJson = xhr.getResponseHeader('Content-Type')?.includes('application/json') ?? false;
      let payload: unknown = undefined;
      if (xhr.status !== 204 && isJson && xhr.responseText) {
        try {
          payload = JSON.parse(xhr.responseText);
        } catch {
          payload = undefined;
        }
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(payload as T);
      else reject(errorFromResponse(xhr.status, xhr.statusText, payload));
    };
    xhr.send(form);
  });
}

/** The typed fetch wrapper for the API: paths are relative to `/api`. */
export const http = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, body, options),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PATCH', path, body, options),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, body, options),
  /** `body` for the deletions that ask for something, e.g. the password again. */
  delete: <T = void>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('DELETE', path, body, options),
  /** A multipart POST (`FormData`), with the CSRF header and optional upload progress. */
  upload: <T>(path: string, form: FormData, options?: UploadOptions) => sendFormData<T>(path, form, options),
};
