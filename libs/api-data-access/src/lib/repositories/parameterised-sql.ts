import type { EntityManager } from 'typeorm';

/**
 * Runs SQL written with `?` placeholders on either database (PostgreSQL numbers them `$1`, `$2`).
 *
 * For statements on the hot paths: TypeORM's `update()` writes values into the SQL text, so each
 * call is a new statement for SQLite to prepare, and a statement on a table carrying the stats
 * rollup triggers compiles their programs when prepared — far more work than running it. The
 * same text with parameters is prepared once and reused from the statement cache.
 */
export function queryWithParameters<T = unknown>(
  manager: EntityManager,
  sql: string,
  parameters: readonly unknown[],
): Promise<T> {
  const postgres = manager.connection.options.type === 'postgres';
  let index = 0;
  const text = postgres ? sql.replace(/\?/g, () => `$${++index}`) : sql;
  return manager.query(text, [...parameters]);
}

/** Runs a write the same way inside the caller's transaction and answers how many rows it changed. */
export async function executeWithParameters(
  manager: EntityManager,
  sql: string,
  parameters: readonly unknown[],
): Promise<number> {
  const runner = manager.queryRunner;
  if (!runner) throw new Error('a counted write must run in a transaction');
  const postgres = manager.connection.options.type === 'postgres';
  let index = 0;
  const text = postgres ? sql.replace(/\?/g, () => `$${++index}`) : sql;
  const result = await runner.query(text, [...parameters], true);
  return Number(result.affected ?? 0);
}
