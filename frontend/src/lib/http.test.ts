import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from 'i18next';
import { ApiError, errorFromResponse, http, readCookie, withQuery } from './http';

describe('readCookie', () => {
  it('finds a cookie among others and decodes it', () => {
    expect(readCookie('pn_csrf', 'a=1; pn_csrf=abc%3D%3D; b=2')).toBe('abc==');
  });
  it('returns null when absent, and does not match a prefix', () => {
    expect(readCookie('pn_csrf', 'pn_csrf_old=1; other=2')).toBeNull();
    expect(readCookie('pn_csrf', '')).toBeNull();
  });
});

describe('withQuery', () => {
  it('leaves out empty values and encodes the rest', () => {
    expect(withQuery('/admin/users', { status: 'pending', q: 'a b', role: undefined, cursor: '' })).toBe(
      '/admin/users?status=pending&q=a+b',
    );
    expect(withQuery('/admin/audit', {})).toBe('/admin/audit');
  });
});

describe('errorFromResponse', () => {
  it('keeps the list of validation messages', () => {
    const error = errorFromResponse(400, 'Bad Request', {
      statusCode: 400,
      error: 'Bad Request',
      message: ['email: must be an email address', 'password: must be at least 12 characters'],
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.messages).toHaveLength(2);
  });
  it('wraps a single message, and falls back to the status text', () => {
    expect(
      errorFromResponse(409, 'Conflict', { statusCode: 409, error: 'Conflict', message: 'email already registered' })
        .messages,
    ).toEqual(['email already registered']);
    expect(errorFromResponse(502, 'Bad Gateway', '<html>').messages).toEqual(['Bad Gateway']);
  });
});

describe('http', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends JSON with credentials and the CSRF header on writes', async () => {
    const fetchMock = vi.fn(() =>
      Promise.resolve(
        new Response(JSON.stringify({ ok: true }), { status: 200, headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
    vi.stubGlobal('document', { cookie: 'pn_csrf=token123' });

    await expect(http.post('/auth/login', { email: 'a@b.org' })).resolves.toEqual({ ok: true });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/auth/login');
    expect(init.credentials).toBe('same-origin');
    expect(init.body).toBe('{"email":"a@b.org"}');
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json', 'X-CSRF-Token': 'token123' });
  });

  it('does not send the CSRF header on reads, and answers undefined for 204', async () => {
    const fetchMock = vi.fn(() => Promise.resolve(new Response(null, { status: 204 })));
    vi.stubGlobal('fetch', fetchMock);
    vi.stubGlobal('document', { cookie: 'pn_csrf=token123' });

    await expect(http.get('/auth/me')).resolves.toBeUndefined();
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.headers).not.toHaveProperty('X-CSRF-Token');
  });

  it('asks for answers in the language the page is shown in', async () => {
    const fetchMock = vi.fn(() => Promise.resolve(new Response(null, { status: 204 })));
    vi.stubGlobal('fetch', fetchMock);
    await i18n.changeLanguage('sv');
    try {
      await http.get('/groups');
      const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
      expect(init.headers).toMatchObject({ 'Accept-Language': 'sv' });
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('throws an ApiError with the status and messages', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(
          new Response(JSON.stringify({ statusCode: 401, error: 'Unauthorized', message: 'wrong email or password' }), {
            status: 401,
            headers: { 'Content-Type': 'application/json; charset=utf-8' },
          }),
        ),
      ),
    );
    const error = await http.post('/auth/login', {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    expect((error as ApiError).messages).toEqual(['wrong email or password']);
  });

  it('turns a failed request into a network ApiError (status 0)', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const error = await http.get('/health').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(0);
  });
});
