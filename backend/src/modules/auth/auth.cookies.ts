import type { FastifyReply } from 'fastify';
import type { AppConfig } from '../../config/env.schema';

export const SESSION_COOKIE = 'pn_session';
/** Readable by the page's script, which echoes it in the CSRF header: a foreign site can do neither. */
export const CSRF_COOKIE = 'pn_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export function setSessionCookies(
  reply: FastifyReply,
  config: AppConfig,
  session: { token: string; csrfToken: string; expiresAt: Date },
): void {
  const secure = config.PUBLIC_URL.startsWith('https://');
  const common = { path: '/', sameSite: 'lax' as const, secure, expires: session.expiresAt };
  reply.setCookie(SESSION_COOKIE, session.token, { ...common, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...common, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}

/** A long-lived random id of the browser, so that a sign-in from a new device can be told apart. */
export const DEVICE_COOKIE = 'pn_device';
const DEVICE_COOKIE_DAYS = 400;

export function setDeviceCookie(reply: FastifyReply, config: AppConfig, value: string): void {
  reply.setCookie(DEVICE_COOKIE, value, {
    path: '/',
    sameSite: 'lax',
    secure: config.PUBLIC_URL.startsWith('https://'),
    httpOnly: true,
    maxAge: DEVICE_COOKIE_DAYS * 86_400,
  });
}
