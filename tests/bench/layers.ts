import { join } from 'node:path';
import { REPO_ROOT } from '../src/product';
import { median, ratio, ROUNDS } from './common';

const CONCURRENCY = 10;
const ROUND_MS = 3000;

/** The app's own data source and entities, loaded from the built backend (the bench does not depend on it). */
interface AppDataSource {
  initialize(): Promise<AppDataSource>;
  destroy(): Promise<void>;
  query(sql: string, params: unknown[]): Promise<unknown[]>;
  getRepository(entity: unknown): { find(options: object): Promise<unknown[]> };
}

async function rate(read: () => Promise<unknown>): Promise<number> {
  let done = 0;
  const until = performance.now() + ROUND_MS;
  const worker = async () => {
    while (performance.now() < until) {
      await read();
      done++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return done / (ROUND_MS / 1000);
}

/**
 * The cost of the ORM: one read (a thread's latest 50 messages with their authors) through TypeORM's
 * repository, which builds entities, and through raw SQL on the same data source, in one process.
 */
export async function layersBenchmark(databaseUrl: string, threadId: string): Promise<string> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { DataSource } = require(require.resolve('typeorm', { paths: [join(REPO_ROOT, 'backend')] })) as {
    DataSource: new (options: object) => AppDataSource;
  };
  const { dataSourceOptions } = require(join(REPO_ROOT, 'backend/dist/database/data-source.js')) as {
    dataSourceOptions: (url: string, overrides: object) => object;
  };
  const { MessageEntity } = require(join(REPO_ROOT, 'backend/dist/modules/discussions/message.entity.js')) as {
    MessageEntity: unknown;
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl, { extra: { max: CONCURRENCY } })).initialize();
  try {
    const repository = dataSource.getRepository(MessageEntity);
    const orm = () =>
      repository.find({ where: { threadId }, relations: { author: true }, order: { position: 'DESC' }, take: 50 });
    const raw = () =>
      dataSource.query(
        `SELECT m.*, u.id AS author_id, u.display_name FROM messages m LEFT JOIN users u ON u.id = m.author_id
          WHERE m.thread_id = $1 ORDER BY m.position DESC LIMIT 50`,
        [threadId],
      );
    await rate(orm);
    await rate(raw);
    const ormRates: number[] = [];
    const rawRates: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      ormRates.push(await rate(orm));
      rawRates.push(await rate(raw));
    }
    const ormRate = median(ormRates);
    const rawRate = median(rawRates);
    return `## The cost of our layers

One read, a thread's latest 50 messages with their authors, ${CONCURRENCY} at a time for ${ROUND_MS / 1000} s rounds (median
of ${ROUNDS}, after a warm-up), through the app's own TypeORM data source: once with the repository (entities
and relations built) and once as raw SQL on the same connection pool.

| read | reads/s |
| --- | --- |
| TypeORM repository (\`find\` with the author relation) | ${ormRate.toFixed(0)} |
| raw SQL (\`dataSource.query\`) | ${rawRate.toFixed(0)} |
| ratio (TypeORM / raw) | ${ratio(ormRate, rawRate)} |

The hot paths of the app (the session lookup on every request, posting, catch-up) use one joined query each;
the repository remains where the code is clearer and the volume small.
`;
  } finally {
    await dataSource.destroy();
  }
}
