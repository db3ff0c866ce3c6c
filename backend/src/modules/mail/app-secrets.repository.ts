import type { DataSource } from 'typeorm';

/** The secrets the application makes for itself (`app_secrets`). */
export const appSecretsRepository = {
  /**
   * The secret of this name, stored as `candidate` unless one is already there: the first instance to start
   * stores it, every other instance (and every restart) reads it.
   */
  async keepFirst(db: DataSource, name: string, candidate: string): Promise<string> {
    await db.query(`INSERT INTO app_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`, [
      name,
      candidate,
    ]);
    const [row] = (await db.query(`SELECT value FROM app_secrets WHERE name = $1`, [name])) as Array<{
      value: string;
    }>;
    return row!.value;
  },
};
