import type { Page } from '@pn/shared';

/** Items of every page of a short list (e.g. the network's groups), following `nextCursor` up to `maxPages`. */
export async function fetchAllPages<T>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
  maxPages = 10,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    const result = await fetchPage(cursor);
    items.push(...result.items);
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return items;
}

/** The items of an infinite query's pages, in order. */
export function flattenPages<T>(pages: readonly { items: T[] }[] | undefined): T[] {
  return pages?.flatMap((page) => page.items) ?? [];
}
