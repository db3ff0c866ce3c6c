import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { healthRepository } from './health.repository';

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Whether the database answers within the connect timeout, whatever it does: a monitor or a load balancer
   * must learn quickly that a frozen database makes this instance useless, not wait as long as the freeze.
   */
  async databaseAnswers(): Promise<boolean> {
    const bound = new AbortController();
    try {
      await Promise.race([
        healthRepository.ping(this.dataSource),
        sleep(this.config.DATABASE_CONNECT_TIMEOUT_MS, undefined, { signal: bound.signal }).then(() => {
          throw new Error('the database did not answer in time');
        }),
      ]);
      return true;
    } catch {
      return false;
    } finally {
      bound.abort();
    }
  }
}
