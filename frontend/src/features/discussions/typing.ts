/** How often this tab tells others that its user is typing, at most. */
export const TYPING_SEND_INTERVAL_MS = 3_000;
/** How long "X is typing…" stays after the last signal: a little more than the interval between signals. */
export const TYPING_SHOW_MS = 5_000;

/** Who is typing in a thread, by user id, until when (ms since the epoch). */
export type Typers = Readonly<Record<string, { displayName: string; until: number }>>;

export const EMPTY_TYPERS: Typers = {};

export function addTyper(typers: Typers, user: { id: string; displayName: string }, now: number): Typers {
  return { ...typers, [user.id]: { displayName: user.displayName, until: now + TYPING_SHOW_MS } };
}

/** Forgets those whose last signal is too old. */
export function pruneTypers(typers: Typers, now: number): Typers {
  const kept = Object.entries(typers).filter(([, typer]) => typer.until > now);
  return kept.length === Object.keys(typers).length ? typers : Object.fromEntries(kept);
}

/** Someone's message arrived: they have stopped typing it. */
export function removeTyper(typers: Typers, userId: string): Typers {
  if (!(userId in typers)) return typers;
  const { [userId]: _removed, ...rest } = typers;
  return rest;
}

/** The names of those typing, sorted (expired signals are pruned from the cache as they expire). */
export function typingNames(typers: Typers): string[] {
  return Object.values(typers)
    .map((typer) => typer.displayName)
    .sort((a, b) => a.localeCompare(b));
}

/** Whether a typing signal may be sent now, given when the last one was sent. */
export function shouldSendTyping(lastSentAt: number | null, now: number): boolean {
  return lastSentAt === null || now - lastSentAt >= TYPING_SEND_INTERVAL_MS;
}
