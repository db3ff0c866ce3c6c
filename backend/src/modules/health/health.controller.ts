import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import { Public } from '../../common/access';
import { DATABASE_RETRY_AFTER_SECONDS } from '../../common/database-errors';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { Errors, Responds } from '../../common/responses';
import { healthSchema } from '@pn/shared';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Answers within the connect timeout whatever the database does: a monitor or a load balancer must learn
   * quickly that a frozen database makes this instance useless, not wait as long as the freeze.
   */
  @Responds(200, healthSchema)
  @Errors([503, healthSchema])
  @Get()
  @Public()
  async health(@Res({ passthrough: true }) reply: FastifyReply) {
    const bound = new AbortController();
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        sleep(this.config.DATABASE_CONNECT_TIMEOUT_MS, undefined, { signal: bound.signal }).then(() => {
          throw new Error('the database did not answer in time');
        }),
      ]);
      return { status: 'ok', db: 'ok' };
    } catch {
      reply.status(503).header('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      return { status: 'error', db: 'unreachable' };
    } finally {
      bound.abort();
    }
  }
}
