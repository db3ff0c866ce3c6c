import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../../common/access';
import { DATABASE_RETRY_AFTER_SECONDS } from '../../common/database-errors';
import { Errors, Responds } from '../../common/responses';
import { healthSchema } from '@pn/shared';
import { HealthService } from './health.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly service: HealthService) {}

  /** Answers within the connect timeout whatever the database does (see `HealthService`). */
  @Responds(200, healthSchema)
  @Errors([503, healthSchema])
  @Get()
  @Public()
  async health(@Res({ passthrough: true }) reply: FastifyReply) {
    if (await this.service.databaseAnswers()) return { status: 'ok', db: 'ok' };
    reply.status(503).header('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    return { status: 'error', db: 'unreachable' };
  }
}
