/** What the library page is sent to with: the title of a resource just removed, to confirm it. */
export interface LibraryLocationState {
  removedTitle?: string;
}

/** Reads `location.state` defensively: it may come from anywhere (e.g. an older history entry). */
export function readLibraryState(state: unknown): LibraryLocationState {
  if (typeof state !== 'object' || state === null) return {};
  const { removedTitle } = state as Record<string, unknown>;
  return typeof removedTitle === 'string' && removedTitle !== '' ? { removedTitle } : {};
}
