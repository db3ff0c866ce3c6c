import type { SearchResults } from '@pn/shared';
import type { TestApp } from './app';

/** Searches as someone (no token: a visitor) and expects a 200. */
export async function search(app: TestApp, token: string | undefined, query: Record<string, string | number>) {
  const params = new URLSearchParams(
    Object.entries(query).map(([key, value]): [string, string] => [key, String(value)]),
  );
  const response = await app.request('GET', `/api/search?${params}`, { token });
  if (response.status !== 200) throw new Error(`search failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as SearchResults;
}
