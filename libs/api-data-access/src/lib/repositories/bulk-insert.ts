import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Bound parameters per statement: under SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMETERS = 30_000;

/**
 * Inserts rows with plain multi-row INSERT statements, values converted as TypeORM would
 * (simple-json → text, …). TypeORM's insert builder names every parameter and looks each one up
 * again, which costs more than the insert itself for a report's ~230 cells; these statements
 * are prepared once per row count and reused (the driver caches them). Generated columns
 * (ids) are left to the database.
 */
export async function insertRows<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: readonly Partial<T>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columnCount = insertableColumns(manager, entity).length;
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columnCount));
  for (let start = 0; start < rows.length; start += perStatement) {
    const statement = insertStatement(manager, entity, rows.slice(start, start + perStatement));
    await manager.query(statement.sql, statement.parameters);
  }
}

/** Inserts one row the same way and answers its generated id. */
export async function insertRowReturningId<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  row: Partial<T>,
): Promise<number> {
  const statement = insertStatement(manager, entity, [row]);
  const inserted: { id: number | string }[] = await manager.query(
    `${statement.sql} RETURNING "id"`,
    statement.parameters,
  );
  return Number(inserted[0].id);
}

function insertableColumns<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
) {
  return manager.connection.getMetadata(entity).columns.filter((column) => !column.isGenerated);
}

function insertStatement<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: readonly Partial<T>[],
): { sql: string; parameters: unknown[] } {
  const metadata = manager.connection.getMetadata(entity);
  const driver = manager.connection.driver;
  const columns = insertableColumns(manager, entity);
  const postgres = manager.connection.options.type === 'postgres';
  const names = columns.map((column) => `"${column.databaseName}"`).join(', ');
  const parameters: unknown[] = [];
  const tuples = rows.map((row) => {
    const marks = columns.map((column) => {
      const value = row[column.propertyName as keyof T];
      parameters.push(driver.preparePersistentValue(value ?? null, column));
      return postgres ? `$${parameters.length}` : '?';
    });
    return `(${marks.join(', ')})`;
  });
  return {
    sql: `INSERT INTO "${metadata.tableName}" (${names}) VALUES ${tuples.join(', ')}`,
    parameters,
  };
}
