import { Logger } from '@nestjs/common';
import { PgBoss, type Job, type JobInsert, type JobResult, type SendOptions } from 'pg-boss';
import type { EntityManager } from 'typeorm';

/** The queues of this application; pg-boss keeps them in its own schema, `pgboss`. */
export const QUEUES = {
  /** One job per email of the outbox: render it and hand it to the SMTP server. */
  email: 'email',
  /** A request for a password reset, the same work whatever the address. */
  passwordResetRequest: 'password-reset-request',
  /** Every quarter of an hour: queues the digests that have come due. */
  digests: 'digests',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

function newBoss(url: string, options: { supervise: boolean; schedule: boolean; superviseIntervalSeconds?: number }) {
  return new PgBoss({
    connectionString: url,
    application_name: 'prevention-network-jobs',
    max: 4,
    supervise: options.supervise,
    schedule: options.schedule,
    // pg-boss checks these with `in`: an undefined one must be left out, not passed.
    ...(options.superviseIntervalSeconds
      ? {
          superviseIntervalSeconds: options.superviseIntervalSeconds,
          monitorIntervalSeconds: options.superviseIntervalSeconds,
        }
      : {}),
    // pg-boss creates and migrates its schema under its own advisory lock.
    migrate: true,
    // Its table of live instances is read by nothing here, and keeping it samples the event loop every 20 ms
    // and writes a heartbeat: an idle server would wake fifty times a second for it.
    registerInstance: false,
  });
}

/**
 * Creates or upgrades pg-boss's schema and this application's queues, beside the migrations: the tests'
 * template database gets it once, and instances starting together wait on pg-boss's own lock.
 */
export async function prepareJobQueues(url: string): Promise<void> {
  const boss = newBoss(url, { supervise: false, schedule: false });
  boss.on('error', () => {});
  await boss.start();
  try {
    for (const name of Object.values(QUEUES)) await boss.createQueue(name);
  } finally {
    await boss.stop({ graceful: false, close: true });
  }
}

/**
 * pg-boss runs its statements through this when given as `db`: the TypeORM transaction's own
 * connection, so that a job is queued in the same transaction as the event that causes it.
 */
export function inTransaction(manager: EntityManager): NonNullable<SendOptions['db']> {
  const runner = manager.queryRunner;
  if (!runner) throw new Error('a job can only be queued inside a transaction');
  return {
    executeSql: async (text: string, values?: unknown[]) => ({
      rows: (await runner.query(text, values as unknown[] | undefined, true)).records as unknown[],
    }),
  };
}

export interface JobQueueOptions {
  url: string;
  /** Seconds between the checks for expired jobs (a worker that died mid-job) and for schedules. */
  superviseIntervalSeconds: number;
}

/** The PostgreSQL-backed job queue: no infrastructure beyond the database, safe with several instances. */
export class JobQueue {
  private readonly logger = new Logger('JobQueue');
  private readonly boss: PgBoss;
  private started = false;

  constructor(options: JobQueueOptions) {
    this.boss = newBoss(options.url, {
      supervise: true,
      schedule: true,
      superviseIntervalSeconds: options.superviseIntervalSeconds,
    });
    this.boss.on('error', (error) => this.logger.error(error instanceof Error ? error.message : String(error)));
  }

  async start(): Promise<void> {
    await this.boss.start();
    for (const name of Object.values(QUEUES)) await this.boss.createQueue(name);
    this.started = true;
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, timeout: 10_000, close: true });
  }

  /** Queues a job in the caller's transaction. */
  async send(manager: EntityManager, name: QueueName, data: object, options: SendOptions = {}): Promise<void> {
    await this.boss.send(name, data, { ...options, db: inTransaction(manager) });
  }

  /** Queues many jobs in one statement, in the caller's transaction (a digest batch). */
  async insert(manager: EntityManager, name: QueueName, jobs: JobInsert[]): Promise<void> {
    if (jobs.length > 0) await this.boss.insert(name, jobs, { db: inTransaction(manager) });
  }

  /** Queues a job on its own (no transaction to join). */
  async sendNow(name: QueueName, data: object, options: SendOptions = {}): Promise<void> {
    await this.boss.send(name, data, options);
  }

  /**
   * Runs `handler` for each job: fetched `batchSize` at a time (continuously while batches come back
   * full), `concurrency` at once, each job completed or failed (and retried) on its own.
   */
  async work<T>(
    name: QueueName,
    options: { pollingIntervalSeconds?: number; batchSize?: number; concurrency?: number },
    handler: (job: Job<T>) => Promise<void>,
  ): Promise<void> {
    const batchSize = options.batchSize ?? 1;
    await this.boss.work<T>(
      name,
      {
        pollingIntervalSeconds: options.pollingIntervalSeconds,
        batchSize,
        burstWhenBatchFull: batchSize > 1,
        perJobResults: true,
      },
      async (jobs) => {
        const results: JobResult[] = [];
        let next = 0;
        const lane = async () => {
          while (next < jobs.length) {
            const job = jobs[next++]!;
            try {
              await handler(job);
              results.push({ id: job.id, status: 'completed' });
            } catch (error) {
              results.push({ id: job.id, status: 'failed', output: { message: (error as Error).message } });
            }
          }
        };
        await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 1, jobs.length) }, lane));
        return results;
      },
    );
  }

  /** A cron schedule (UTC): pg-boss sends each occurrence once, whichever instance's clock ticks. */
  async schedule(name: QueueName, cron: string): Promise<void> {
    await this.boss.schedule(name, cron, {});
  }
}
