/**
 * Whether a browser's `Origin` names another site than ours: the public address, or the host the request
 * came to (http or https, so that a proxy in front does not matter). No Origin is not foreign: browsers
 * send one on every cross-site write and WebSocket handshake, and other clients need not.
 */
export function isForeignOrigin(origin: string | undefined, host: string | undefined, publicUrl: string): boolean {
  if (!origin) return false;
  const allowed = new Set([new URL(publicUrl).origin]);
  if (host) {
    allowed.add(`http://${host}`);
    allowed.add(`https://${host}`);
  }
  return !allowed.has(origin);
}
