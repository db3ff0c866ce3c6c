import { MARK_END, MARK_START } from './search-sql';

/**
 * Turns ts_headline's output, with our markers around the matched words, into plain text and the
 * [start, end) offsets of those words in it (UTF-16 offsets, as JavaScript strings index them). The API
 * never sends markup: the client marks up the offsets itself.
 */
export function toHighlights(marked: string): { snippet: string; highlights: Array<[number, number]> } {
  let text = '';
  const spans: Array<[number, number]> = [];
  let start: number | null = null;
  for (const char of marked) {
    if (char === MARK_START) {
      start ??= text.length;
    } else if (char === MARK_END) {
      if (start !== null && text.length > start) spans.push([start, text.length]);
      start = null;
    } else {
      text += char;
    }
  }
  if (start !== null && text.length > start) spans.push([start, text.length]);
  // Surrounding whitespace goes; the offsets move with it.
  const snippet = text.trim();
  const by = text.length - text.trimStart().length;
  const highlights = spans
    .map(([from, to]): [number, number] => [Math.max(0, from - by), Math.min(snippet.length, to - by)])
    .filter(([from, to]) => to > from);
  return { snippet, highlights };
}
