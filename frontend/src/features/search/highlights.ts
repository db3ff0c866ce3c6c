/** A piece of a snippet: plain text, or a matched word to mark. */
export interface Segment {
  text: string;
  marked: boolean;
}

/**
 * Cuts a plain-text snippet at its highlight offsets ([start, end), in UTF-16 units, as JavaScript counts
 * them), so that matches are marked up as elements and nothing from the server is ever read as markup.
 * Offsets come from another program: out-of-range ones are clamped, empty ones dropped, and overlapping or
 * unsorted ones merged, so that every character appears exactly once.
 */
export function toSegments(snippet: string, highlights: readonly (readonly [number, number])[]): Segment[] {
  const length = snippet.length;
  const clamp = (value: number) => Math.min(Math.max(Math.trunc(value), 0), length);
  const ranges = highlights
    .filter(([start, end]) => Number.isFinite(start) && Number.isFinite(end))
    .map(([start, end]) => [clamp(start), clamp(end)] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);

  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }

  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) segments.push({ text: snippet.slice(at, start), marked: false });
    segments.push({ text: snippet.slice(start, end), marked: true });
    at = end;
  }
  if (at < length) segments.push({ text: snippet.slice(at), marked: false });
  return segments;
}
