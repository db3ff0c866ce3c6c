import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withHead, type PageHeadSource } from '../../common/page-head';

/**
 * The single-page app's pages. A GET for an unknown address outside /api (and outside the socket and
 * metrics endpoints) is a page of the app: it gets index.html, with the page's own title and description
 * when a module knows it (a published practice), so that a shared link shows what it is about. Every other
 * error, and every unknown address when there is no built frontend, goes to the API's error filter.
 *
 * An exception filter in front of the API's, rather than a catch-all route: Nest answers an unknown route
 * by throwing a 404 from its not-found handler, and a GET route for every path would also answer HEAD and
 * turn other methods' 404 into 405.
 */
@Catch()
export class PageFallbackFilter implements ExceptionFilter {
  private readonly logger = new Logger('Pages');
  private readonly hasFrontend: boolean;

  constructor(
    /** What every answer that is not a page goes to. */
    private readonly errors: ExceptionFilter,
    private readonly frontendDist: string,
    private readonly heads: PageHeadSource[] = [],
  ) {
    this.hasFrontend = existsSync(join(frontendDist, 'index.html'));
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    if (isNotFound(exception) && this.isPageRequest(request)) {
      void this.sendPage(request, host.switchToHttp().getResponse<FastifyReply>());
      return;
    }
    this.errors.catch(exception, host);
  }

  private async sendPage(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    reply.type('text/html').header('Cache-Control', 'no-cache');
    try {
      const head = await this.headFor(request.url);
      if (head) {
        const html = await readFile(join(this.frontendDist, 'index.html'), 'utf8');
        await reply.status(200).send(withHead(html, head));
        return;
      }
    } catch (error) {
      // The page still opens; only its title is the generic one.
      this.logger.error({ err: error, url: request.url }, (error as Error)?.stack ?? String(error));
    }
    await reply.sendFile('index.html', this.frontendDist);
  }

  private async headFor(path: string) {
    for (const source of this.heads) {
      const head = await source.headFor(path);
      if (head) return head;
    }
    return null;
  }

  private isPageRequest(request: FastifyRequest): boolean {
    return (
      this.hasFrontend &&
      request.method === 'GET' &&
      !request.url.startsWith('/api') &&
      // A missing asset is a 404: a page of an older release asking for a chunk that is gone must fail plainly.
      !request.url.startsWith('/assets/') &&
      !request.url.startsWith('/socket.io') &&
      !request.url.startsWith('/metrics')
    );
  }
}

/** A 404 as the API's filter would answer it: Nest's and Fastify's own. */
function isNotFound(exception: unknown): boolean {
  if (exception instanceof HttpException) return exception.getStatus() === 404;
  return (exception as { statusCode?: unknown } | null)?.statusCode === 404;
}
