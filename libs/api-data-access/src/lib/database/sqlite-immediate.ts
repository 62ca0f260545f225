import type { DataSource, QueryRunner } from 'typeorm';

const WRAPPED = Symbol('beginsImmediately');

/**
 * Makes every transaction on a better-sqlite3 data source start with `BEGIN IMMEDIATE`.
 *
 * TypeORM begins with a deferred `BEGIN TRANSACTION`: the write lock is taken at the first
 * write, and when another process (the server beside a CLI ingest) wrote in between, SQLite
 * answers SQLITE_BUSY at once instead of waiting, since waiting could not help a transaction
 * whose reads are already stale. Taking the lock at BEGIN lets the busy timeout do its job.
 * The driver shares one query runner, so wrapping its `query` covers every transaction,
 * migrations included. Idempotent; does nothing on PostgreSQL.
 */
export function beginTransactionsImmediately(dataSource: DataSource): void {
  if (dataSource.options.type !== 'better-sqlite3') return;
  const runner = dataSource.driver.createQueryRunner('master') as QueryRunner & {
    [WRAPPED]?: true;
  };
  if (runner[WRAPPED]) return;
  const query = runner.query.bind(runner);
  runner.query = ((sql: string, ...rest: unknown[]) =>
    (query as (sql: string, ...rest: unknown[]) => Promise<unknown>)(
      sql === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : sql,
      ...rest,
    )) as QueryRunner['query'];
  runner[WRAPPED] = true;
}
