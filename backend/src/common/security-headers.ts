import helmet from 'helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

type Directives = Record<string, string[]>;

/**
 * The policy of the app's pages. The built frontend loads only its own scripts and styles (no inline script,
 * zod without eval); it talks to its own origin over HTTP and socket.io; it shows a resource's PDF in an
 * `<object>` and its image in an `<img>` from the same origin; its favicon is a `data:` URL.
 */
export function appDirectives(publicUrl: URL): Directives {
  const socketOrigin = `${publicUrl.protocol === 'https:' ? 'wss:' : 'ws:'}//${publicUrl.host}`;
  return {
    'default-src': ["'self'"],
    'base-uri': ["'none'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    // 'self' covers same-origin WebSockets in current browsers; the public origin's is named for the others.
    'connect-src': ["'self'", socketOrigin],
    'object-src': ["'self'"],
    'frame-src': ["'self'"],
    'frame-ancestors': ["'self'"],
    'form-action': ["'self'"],
    ...(publicUrl.protocol === 'https:' ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/** Swagger UI's page at /api/docs has inline styles (its template's `<style>` and `style` attributes). */
export function docsDirectives(publicUrl: URL): Directives {
  const app = appDirectives(publicUrl);
  return { ...app, 'style-src': ["'self'", "'unsafe-inline'"] };
}

export function policyText(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

const isDocsPage = (url: string) => /^\/api\/docs(?:[/?]|$)/.test(url);

/**
 * Security headers on every answer of the app (pages, assets, the API, errors): a strict Content Security
 * Policy, framing by the same origin only, no referrer, `nosniff`, and HSTS when the public address is
 * https. Downloads set their own stricter policy (`sandbox`) over this one, and the Swagger UI page its own.
 */
export function registerSecurityHeaders(app: NestFastifyApplication, publicUrl: string): void {
  const url = new URL(publicUrl);
  // Built once: the fastify plugin builds the middleware again, CSP parsing included, for every request.
  const setHeaders = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: appDirectives(url) },
    frameguard: { action: 'sameorigin' },
    referrerPolicy: { policy: 'no-referrer' },
    // The host only: subdomains of the public address may be other services that are not on https.
    strictTransportSecurity:
      url.protocol === 'https:' ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: false } : false,
  });
  const docsPolicy = policyText(docsDirectives(url));
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      setHeaders(request.raw, reply.raw, (error?: unknown) => {
        if (!error && isDocsPage(request.url)) reply.header('content-security-policy', docsPolicy);
        done(error as Error | undefined);
      });
    });
}
