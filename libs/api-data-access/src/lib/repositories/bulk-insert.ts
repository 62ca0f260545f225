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
  const metadata = manager.connection.getMetadata(entity);
  const driver = manager.connection.driver;
  const columns = metadata.columns.filter((column) => !column.isGenerated);
  const postgres = manager.connection.options.type === 'postgres';
  const names = columns.map((column) => `"${column.databaseName}"`).join(', ');
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const parameters: unknown[] = [];
    const tuples = chunk.map((row) => {
      const marks = columns.map((column) => {
        const value = row[column.propertyName as keyof T];
        parameters.push(driver.preparePersistentValue(value ?? null, column));
        return postgres ? `$${parameters.length}` : '?';
      });
      return `(${marks.join(', ')})`;
    });
    await manager.query(
      `INSERT INTO "${metadata.tableName}" (${names}) VALUES ${tuples.join(', ')}`,
      parameters,
    );
  }
}
