import type { DataSource } from 'typeorm';

export const healthRepository = {
  /** The cheapest round trip that proves the database answers (a connection from the pool, a query). */
  async ping(db: DataSource): Promise<void> {
    await db.query('SELECT 1');
  },
};
