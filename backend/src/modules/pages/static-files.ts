import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { relative, sep } from 'node:path';

/** A year: the longest lifetime caches honour. */
const HASHED_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/**
 * How long a browser may keep a file of the built frontend. The build names every file under `assets/`
 * after a hash of its content, so such a file never changes: cached for a year, never revalidated. Any other
 * file (index.html above all, which names the current assets) is revalidated on every use, so that a new
 * release is seen at once.
 */
export function cacheControlFor(frontendDist: string, filePath: string): string {
  const path = relative(frontendDist, filePath).split(sep).join('/');
  return path.startsWith('assets/') && !path.includes('..')
    ? `public, max-age=${HASHED_MAX_AGE_SECONDS}, immutable`
    : 'no-cache';
}

/**
 * Serves the built frontend: the brotli or gzip copy the build wrote beside a file when the browser accepts
 * it (with `Vary: Accept-Encoding`), the file itself otherwise, each with its cache lifetime.
 */
export async function registerFrontendFiles(app: NestFastifyApplication, frontendDist: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: frontendDist,
    wildcard: false,
    index: ['index.html'],
    preCompressed: true,
    setHeaders: (reply: FastifyReply, filePath: string) => {
      reply.header('cache-control', cacheControlFor(frontendDist, filePath));
    },
  });
}
