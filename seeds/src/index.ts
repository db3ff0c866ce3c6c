import { seedDemoAccounts } from './accounts';
import type { HashPassword, Queryable } from './db';

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts';
export type { HashPassword, Queryable } from './db';

/** The whole demo network, in dependency order. Safe to run again: every seed is idempotent. */
export async function seedDemo(db: Queryable, hashPassword: HashPassword): Promise<void> {
  await seedDemoAccounts(db, hashPassword);
}
