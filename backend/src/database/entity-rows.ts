import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * An entity's columns selected under a prefix, and the entity built back from such a row, without the query
 * builder: for hot statements written out once, which still hand the services the entities they expect.
 */
export interface EntityRows<T extends ObjectLiteral> {
  /** `alias.column AS "prefixcolumn", ...` for every column of the entity. */
  columns: (alias: string) => string;
  /** The entity from a row that selected `columns`, its values converted as the ORM converts them. */
  hydrate: (row: Record<string, unknown>) => T;
}

export function entityRows<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  prefix: string,
): EntityRows<T> {
  const metadata: EntityMetadata = dataSource.getMetadata(target);
  const columns = metadata.columns.filter((column) => !column.isVirtual);
  const driver = dataSource.driver;
  return {
    columns: (alias) =>
      columns.map((column) => `${alias}.${column.databaseName} AS "${prefix}${column.databaseName}"`).join(', '),
    hydrate: (row) => {
      const entity = metadata.create() as T;
      for (const column of columns) {
        (entity as Record<string, unknown>)[column.propertyName] = driver.prepareHydratedValue(
          row[prefix + column.databaseName],
          column,
        );
      }
      return entity;
    },
  };
}
