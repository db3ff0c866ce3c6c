import type { ModerationSummary } from '@pn/shared';

/** The sums the moderation view shows per kind. */
export function countsOf(summary: ModerationSummary): { joinRequests: number; flags: number } {
  return summary.groups.reduce(
    (sum, counts) => ({ joinRequests: sum.joinRequests + counts.joinRequests, flags: sum.flags + counts.flags }),
    { joinRequests: 0, flags: 0 },
  );
}

/** Whether the person decides on anything at all: to show the navigation link even when nothing waits. */
export function moderates(summary: ModerationSummary | undefined): boolean {
  if (!summary) return false;
  return summary.total > 0 || summary.applications !== null || summary.curation !== null;
}

/** The badge's number: "99+" beyond. */
export function moderationBadge(total: number): string {
  return total > 99 ? '99+' : String(total);
}
