import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { createClient } from 'redis';
import {
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
  type RateLimiterStoreAbstract,
} from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { TooManyRequestsException } from '../../common/too-many-requests';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { backoffDelaySeconds, limitRules, type LimitName, type LimitRule } from './limits';
import { RATE_LIMITS_TABLE, rateLimitsRepository } from './rate-limits.repository';

/** Large enough never to be reached: a backoff's counter only counts, its own limiter holds back. */
const UNBOUNDED = 1_000_000_000;
/** Expired counters are swept this often, an hour after they expired. */
const SWEEP_EVERY_MS = 5 * 60_000;

interface Limiters {
  rule: LimitRule;
  /** Counts events (budget) or consecutive failures (backoff). */
  counter: RateLimiterAbstract;
  /** Backoff only: holds the key back while its delay runs. */
  hold?: RateLimiterAbstract;
}

/**
 * Named limits whose counters every instance shares: in PostgreSQL (the app's own database), or in Redis when
 * `REDIS_URL` is set, with PostgreSQL standing in while Redis is unreachable. Keys are hashed, so that the
 * table holds no email addresses or IP addresses.
 *
 * Use: `assertAllowed` before the attempt (429 with Retry-After while held back), `recordFailure` after a
 * failed one, `reset` after a success; `consume` for limits on every attempt (e.g. applications).
 */
@Injectable()
export class RateLimitsService implements OnModuleDestroy {
  private readonly logger = new Logger('RateLimits');
  private readonly limiters: Record<LimitName, Limiters>;
  private readonly redis?: ReturnType<typeof createClient>;
  private readonly sweeper: NodeJS.Timeout;

  constructor(@InjectDataSource() dataSource: DataSource, @Inject(APP_CONFIG) config: AppConfig) {
    if (config.REDIS_URL) {
      this.redis = createClient({ url: config.REDIS_URL, disableOfflineQueue: true });
      this.redis.on('error', () => {
        // It reconnects by itself; meanwhile the PostgreSQL limiters stand in.
      });
      this.redis.connect().catch((error: unknown) => this.logger.warn(`Redis unreachable for rate limits: ${error}`));
    }
    // Redis keys carry the database's name, so that deployments (and test databases) sharing a Redis stay apart.
    const databaseUrl = (dataSource.options as { url?: string }).url;
    const namespace = `pn:rl:${databaseUrl ? new URL(databaseUrl).pathname.slice(1) : 'app'}`;
    // The library's own sweeper outlives the app (it has no stop); this one stops with the module.
    this.sweeper = setInterval(() => {
      rateLimitsRepository.sweepExpired(dataSource, Date.now() - 60 * 60_000).catch(() => {});
    }, SWEEP_EVERY_MS).unref();
    const store = (name: string, points: number, durationSeconds: number): RateLimiterStoreAbstract => {
      const postgres = new RateLimiterPostgres({
        storeClient: dataSource,
        storeType: 'typeorm',
        tableName: RATE_LIMITS_TABLE,
        tableCreated: true,
        clearExpiredByTimeout: false,
        keyPrefix: name,
        points,
        duration: durationSeconds,
      });
      if (!this.redis) return postgres;
      return new RateLimiterRedis({
        storeClient: this.redis,
        useRedisPackage: true,
        rejectIfRedisNotReady: true,
        insuranceLimiter: postgres,
        keyPrefix: `${namespace}:${name}`,
        points,
        duration: durationSeconds,
      });
    };
    this.limiters = {} as Record<LimitName, Limiters>;
    for (const [name, rule] of Object.entries(limitRules(config)) as Array<[LimitName, LimitRule]>) {
      this.limiters[name] =
        rule.kind === 'budget'
          ? { rule, counter: store(name, rule.points, rule.windowSeconds) }
          : {
              rule,
              counter: store(name, UNBOUNDED, rule.memorySeconds),
              hold: store(`${name}.hold`, 1, rule.maxDelaySeconds),
            };
    }
  }

  /** Throws a 429 with Retry-After while any of the keys is held back under its limit (the longest wait). */
  async assertAllowed(...checks: ReadonlyArray<readonly [LimitName, string]>): Promise<void> {
    const waits = await Promise.all(checks.map(([name, key]) => this.waitSeconds(name, key)));
    const wait = Math.max(0, ...waits);
    if (wait > 0) throw new TooManyRequestsException(wait);
  }

  /** Seconds until the key may try again under the limit (0: now). */
  async waitSeconds(name: LimitName, key: string): Promise<number> {
    const { rule, counter, hold } = this.limiters[name];
    const hashed = hashKey(key);
    if (rule.kind === 'budget') {
      const state = await counter.get(hashed);
      return state && state.consumedPoints >= rule.points ? seconds(state.msBeforeNext) : 0;
    }
    const held = await hold!.get(hashed);
    return held && held.consumedPoints > 1 ? seconds(held.msBeforeNext) : 0;
  }

  /** Counts a failed attempt of each; under a backoff rule, holds the key back once it has failed often enough. */
  async recordFailure(...checks: ReadonlyArray<readonly [LimitName, string]>): Promise<void> {
    await Promise.all(
      checks.map(async ([name, key]) => {
        const { rule, counter, hold } = this.limiters[name];
        const hashed = hashKey(key);
        const counted = await counter.penalty(hashed, 1);
        if (rule.kind === 'backoff') {
          const delay = backoffDelaySeconds(rule, counted.consumedPoints);
          if (delay > 0) await hold!.block(hashed, delay);
        }
      }),
    );
  }

  /** Counts an attempt, failed or not, and throws a 429 when it is one too many. */
  async consume(name: LimitName, key: string): Promise<void> {
    try {
      await this.limiters[name].counter.consume(hashKey(key), 1);
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) throw new TooManyRequestsException(seconds(refusal.msBeforeNext));
      throw refusal;
    }
  }

  /** Forgets the keys' failures, e.g. after a success. */
  async reset(...checks: ReadonlyArray<readonly [LimitName, string]>): Promise<void> {
    await Promise.all(
      checks.flatMap(([name, key]) => {
        const { counter, hold } = this.limiters[name];
        const hashed = hashKey(key);
        return [counter.delete(hashed), hold?.delete(hashed)];
      }),
    );
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.sweeper);
    if (this.redis?.isOpen) this.redis.destroy();
  }
}

function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('base64url');
}

function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}
