/**
 * When this tab ends its session on purpose (sign-out, erasure, password change), the signed-out state can
 * reach the page being left before the navigation away from it does (React renders the cache update first,
 * the router's transition after). The guard of that page must then render nothing rather than send the
 * person to the sign-in page, which would cancel the navigation. The shell clears the mark once the
 * location has changed.
 */
let leavingPath: string | null = null;

export function markLeaving(pathname: string): void {
  leavingPath = pathname;
}

export function isLeaving(pathname: string): boolean {
  return leavingPath === pathname;
}

export function clearLeaving(): void {
  leavingPath = null;
}
