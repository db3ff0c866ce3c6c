import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { ApiErrorBody } from '@pn/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { secondFactorFirst } from './second-factor-first';
import { TooManyRequestsException } from './too-many-requests';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from './database-errors';

/**
 * Every error leaves in the API's one shape. Unknown errors are logged and answered with a bare 500; a
 * database that cannot serve (stopped, unreachable, frozen, overloaded) is a 503 with Retry-After.
 * Pages are not its business: `modules/pages` answers an unknown page outside /api before this filter.
 */
/** What the access guard leaves on a request that the filter reads (the auth module's request, in part). */
type AuthedRequest = FastifyRequest & { accessGranted?: boolean; auth?: { withheldRole: string | null } };

@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  constructor(
    /** The most of a refused body that is read to its end before answering on a connection kept open. */
    private readonly drainLimitBytes = 64 * 1024 * 1024,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<FastifyRequest>();
    const reply = context.getResponse<FastifyReply>();
    const body = this.toBody(this.explained(exception, request as AuthedRequest), request);
    if (exception instanceof TooManyRequestsException) void reply.header('Retry-After', exception.retryAfterSeconds);
    if (!request.raw.complete) this.drainRefusedBody(request, reply);
    if (body.statusCode === 503) reply.header('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    void reply.status(body.statusCode).send(body);
  }

  private toBody(exception: unknown, request: FastifyRequest): ApiErrorBody & { existing?: unknown } {
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const response = exception.getResponse();
      const message =
        typeof response === 'string'
          ? response
          : ((response as { message?: string | string[] }).message ?? exception.message);
      // A 409 for a file already in the library names the resource that has it (DuplicateFileError).
      const existing = typeof response === 'object' ? (response as { existing?: unknown }).existing : undefined;
      const code = typeof response === 'object' ? (response as { code?: unknown }).code : undefined;
      return {
        statusCode,
        error: statusName(statusCode),
        message,
        ...(typeof code === 'string' ? { code } : {}),
        ...(existing ? { existing } : {}),
      };
    }
    const status = (exception as { statusCode?: unknown }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      // Fastify's own errors (body too large, bad media type, malformed JSON) carry their status.
      return { statusCode: status, error: statusName(status), message: (exception as Error).message };
    }
    if (isDatabaseUnavailable(exception)) {
      // Not a bug: the database is down, frozen or overloaded. The client may retry; the app reconnects alone.
      this.logger.warn(`${request.method} ${request.url}: database unavailable (${(exception as Error)?.message})`);
      return {
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'the database is unavailable; try again shortly',
      };
    }
    this.logger.error(
      { err: exception, method: request.method, url: request.url },
      (exception as Error)?.stack ?? String(exception),
    );
    return { statusCode: 500, error: 'Internal Server Error', message: 'internal error' };
  }

  /**
   * A body refused before it was all read (too large, a bad upload) is still on its way. Closing the
   * connection now, as Fastify asks for a body over its limit, resets it while the client still sends, and
   * the client may lose the answer: the rest is read and discarded instead, on a connection kept open, up to
   * the largest body the app takes at all. Beyond that the connection closes.
   */
  private drainRefusedBody(request: FastifyRequest, reply: FastifyReply): void {
    const raw = request.raw;
    if (Number(request.headers['content-length']) > this.drainLimitBytes) {
      reply.header('connection', 'close');
      raw.resume();
      return;
    }
    reply.removeHeader('connection');
    let drained = 0;
    raw.on('data', (chunk: Buffer) => {
      drained += chunk.length;
      if (drained > this.drainLimitBytes) raw.destroy();
    });
    raw.resume();
  }

  /**
   * An endpoint's own rules refused an account whose role is withheld for want of a second factor: it was
   * judged as a plain member, so the refusal most likely needs the role, and the answer says how to get it.
   */
  private explained(exception: unknown, request: AuthedRequest): unknown {
    const withheld = request.accessGranted ? request.auth?.withheldRole : null;
    if (withheld && exception instanceof HttpException && exception.getStatus() === 403)
      return secondFactorFirst(withheld);
    return exception;
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
