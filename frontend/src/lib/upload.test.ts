import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, http } from './http';

/** Just enough of XMLHttpRequest to see what an upload sends, and to answer it. */
class FakeXhr {
  static last: FakeXhr | null = null;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown = null;
  status = 0;
  statusText = '';
  responseText = '';
  responseHeaders: Record<string, string> = {};
  upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = {
    onprogress: null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;

  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  getResponseHeader(name: string) {
    return this.responseHeaders[name] ?? null;
  }
  send(body: unknown) {
    this.body = body;
  }
  abort() {
    this.onabort?.();
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseHeaders['Content-Type'] = 'application/json; charset=utf-8';
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeXhr.last = null;
});

describe('http.upload', () => {
  it('posts the form with the CSRF header, no Content-Type of its own, and reports progress', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    vi.stubGlobal('document', { cookie: 'pn_csrf=token123' });
    const progress: number[] = [];
    const form = new FormData();
    form.append('file', new Blob(['%PDF-1.4']), 'a.pdf');
    const answer = http.upload<{ id: string }>('/resources', form, { onProgress: (value) => progress.push(value) });
    const xhr = FakeXhr.last!;
    expect([xhr.method, xhr.url, xhr.body]).toEqual(['POST', '/api/resources', form]);
    expect(xhr.headers).toEqual({ Accept: 'application/json', 'X-CSRF-Token': 'token123' });
    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 200 });
    xhr.answer(201, { id: 'r1' });
    await expect(answer).resolves.toEqual({ id: 'r1' });
    expect(progress).toEqual([0.25]);
  });

  it('turns an error answer into an ApiError that keeps the body', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const answer = http.upload('/resources', new FormData());
    const body = { statusCode: 409, error: 'Conflict', message: 'duplicate', existing: { id: 'e1' } };
    FakeXhr.last!.answer(409, body);
    const error = await answer.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(409);
    expect((error as ApiError).body).toEqual(body);
  });

  it('rejects with an AbortError when aborted, and a network error when unanswered', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const controller = new AbortController();
    const aborted = http.upload('/resources', new FormData(), { signal: controller.signal });
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
    const offline = http.upload('/resources', new FormData());
    FakeXhr.last!.onerror?.();
    await expect(offline).rejects.toMatchObject({ status: 0 });
  });
});
