import type { TestApp } from './app';

/** Every page of a list, following the cursors; each page checked to hold no more than `limit`. */
export async function allPages<T>(app: TestApp, path: string, token?: string, limit = 5): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const url: string = `${path}${separator}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
    const page = await app.request('GET', url, { token });
    expect(page.status).toBe(200);
    expect(page.body.items.length).toBeLessThanOrEqual(limit);
    items.push(...(page.body.items as T[]));
    cursor = page.body.nextCursor;
  } while (cursor);
  return items;
}
