import type { EntityManager } from 'typeorm';
import { secondFactorFactsSql, type SecondFactorFacts } from './second-factor.policy';

/** What an account has of second factors, in one statement. */
export async function secondFactorFactsOf(db: EntityManager, userId: string): Promise<SecondFactorFacts> {
  const rows = (await db.query(`SELECT ${secondFactorFactsSql('$1::uuid')} AS facts`, [userId])) as Array<{
    facts: SecondFactorFacts;
  }>;
  return rows[0]!.facts;
}
