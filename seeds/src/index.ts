import { seedDemoAccounts } from './accounts';
import type { HashPassword, Queryable } from './db';
import { seedDemoGroups } from './groups';

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts';
export { DEMO_THREAD_IDS } from './groups';
export type { HashPassword, Queryable } from './db';

/** The whole demo network, in dependency order. Safe to run again: every seed is idempotent. */
export async function seedDemo(db: Queryable, hashPassword: HashPassword): Promise<void> {
  await seedDemoAccounts(db, hashPassword);
  await seedDemoGroups(db);
}
