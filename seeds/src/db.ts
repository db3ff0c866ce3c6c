/** What the seeds need of a database connection: a pg Pool or Client, or a TypeORM DataSource. */
export interface Queryable {
  query(text: string, params?: unknown[]): Promise<unknown>;
}

export type HashPassword = (password: string) => Promise<string>;
