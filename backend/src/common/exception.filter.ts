import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { ApiErrorBody } from '@pn/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every error leaves in the API's one shape. Unknown errors are logged and answered with a bare 500.
 * A GET for an unknown page outside /api is the single-page app's business: it gets index.html.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');
  private readonly hasFrontend: boolean;

  constructor(private readonly frontendDist: string) {
    this.hasFrontend = existsSync(join(frontendDist, 'index.html'));
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<FastifyRequest>();
    const reply = context.getResponse<FastifyReply>();
    const body = this.toBody(exception, request);

    if (body.statusCode === 404 && this.isPageRequest(request)) {
      void reply.type('text/html').header('Cache-Control', 'no-cache').sendFile('index.html', this.frontendDist);
      return;
    }
    void reply.status(body.statusCode).send(body);
  }

  private toBody(exception: unknown, request: FastifyRequest): ApiErrorBody {
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const response = exception.getResponse();
      const message =
        typeof response === 'string'
          ? response
          : ((response as { message?: string | string[] }).message ?? exception.message);
      return { statusCode, error: statusName(statusCode), message };
    }
    const status = (exception as { statusCode?: unknown }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      // Fastify's own errors (body too large, bad media type, malformed JSON) carry their status.
      return { statusCode: status, error: statusName(status), message: (exception as Error).message };
    }
    this.logger.error(
      { err: exception, method: request.method, url: request.url },
      (exception as Error)?.stack ?? String(exception),
    );
    return { statusCode: 500, error: 'Internal Server Error', message: 'internal error' };
  }

  private isPageRequest(request: FastifyRequest): boolean {
    return (
      this.hasFrontend &&
      request.method === 'GET' &&
      !request.url.startsWith('/api') &&
      !request.url.startsWith('/socket.io') &&
      !request.url.startsWith('/metrics')
    );
  }
}

function statusName(statusCode: number): string {
  const name = HttpStatus[statusCode];
  if (!name) return 'Error';
  return name
    .split('_')
    .map((word) => word.charAt(0) + word.slice(1).toLowerCase())
    .join(' ');
}
