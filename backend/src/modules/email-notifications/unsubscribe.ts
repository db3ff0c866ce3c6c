import type { FastifyInstance } from 'fastify';

/**
 * RFC 8058: mail clients unsubscribe with a form POST (`List-Unsubscribe=One-Click`) to the link. The API
 * takes JSON only, so form bodies are parsed for that one path and refused (415) everywhere else.
 */
export function registerUnsubscribeForm(fastify: FastifyInstance): void {
  fastify.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (request, body, done) => {
    if (!request.url.startsWith('/api/unsubscribe')) {
      const error = new Error(`Unsupported Media Type: application/x-www-form-urlencoded`) as Error & {
        statusCode: number;
      };
      error.statusCode = 415;
      done(error, undefined);
      return;
    }
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });
}
