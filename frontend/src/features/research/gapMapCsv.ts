import type { GapMap } from '@pn/shared';

/** A field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break, quotes doubled. */
const field = (value: string | number | null): string => {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * The gap map as CSV, one row per cell with the vocabulary's own values (so that it joins with the open-data
 * export), written in the browser from the map on screen: what is downloaded is what is shown.
 */
export function gapMapCsv(map: GapMap): string {
  const header = ['target_group', 'construct', 'practices', 'evaluations', 'best_strength', 'direction'];
  const rows = map.cells.map((cell) =>
    [cell.targetGroup, cell.construct, cell.practices, cell.evaluations, cell.bestStrength, cell.direction].map(field),
  );
  return [header, ...rows].map((row) => row.join(',')).join('\r\n') + '\r\n';
}

/** How big a cell's disc is drawn: by the practices in it, relative to the fullest cell (0 for none). */
export function discSize(practices: number, most: number): number {
  if (practices === 0 || most === 0) return 0;
  return Math.round(8 + 24 * Math.sqrt(practices / most));
}
