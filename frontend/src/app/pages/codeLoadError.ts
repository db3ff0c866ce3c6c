/**
 * Whether an error says that a page's code could not be fetched: the connection dropped, or the page was
 * opened before a new release replaced the chunks it names (they are then gone from the server). Browsers
 * word it differently; Vite's preloading of a chunk's styles adds its own.
 */
export function isCodeLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return /dynamically imported module|importing a module script failed|unable to preload css|failed to load module script/i.test(
    error.message,
  );
}
