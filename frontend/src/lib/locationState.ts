/** One-off notices a page can be sent to with (e.g. "your account has been erased"). */
export const NOTICES = ['accountErased', 'passwordChanged', 'signedOut', 'passwordReset', 'emailConfirmed'] as const;
export type Notice = (typeof NOTICES)[number];

/** What pages pass to each other in `location.state`. */
export interface AppLocationState {
  /** Where a visitor was going before being sent to sign in. */
  from?: string;
  notice?: Notice;
}

/** Reads `location.state` defensively: it may come from anywhere (e.g. an older history entry). */
export function readLocationState(state: unknown): AppLocationState {
  if (typeof state !== 'object' || state === null) return {};
  const { from, notice } = state as Record<string, unknown>;
  return {
    from: typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : undefined,
    notice:
      typeof notice === 'string' && (NOTICES as readonly string[]).includes(notice) ? (notice as Notice) : undefined,
  };
}
