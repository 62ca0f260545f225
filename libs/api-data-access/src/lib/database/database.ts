import type { DataSource, EntityManager } from 'typeorm';
import type { DatabaseType } from './database-config';
import { beginTransactionsImmediately } from './sqlite-immediate';

/**
 * Serialises work on one SQLite connection. TypeORM shares a single query runner for SQLite, so
 * two overlapping transactions would nest (SAVEPOINT) and a rollback of one could undo the other,
 * and a read could see another request's uncommitted rows. A promise chain keeps them apart;
 * better-sqlite3 is synchronous, so this costs no parallelism. Several processes on one file
 * are kept apart by SQLite's own locking (busy timeout).
 */
class Mutex {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/**
 * The unit of work the services use: `write` runs a function in one transaction (all or
 * nothing), `read` runs queries that see only committed data. Holds no data between calls.
 */
export class Database {
  readonly type: DatabaseType;
  private readonly mutex: Mutex | null;

  constructor(readonly dataSource: DataSource) {
    this.type = dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite';
    this.mutex = this.type === 'sqlite' ? new Mutex() : null;
    beginTransactionsImmediately(dataSource);
  }

  write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const run = () => this.dataSource.transaction((manager) => work(manager));
    return this.mutex ? this.mutex.run(run) : run();
  }

  read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const run = () => work(this.dataSource.manager);
    return this.mutex ? this.mutex.run(run) : run();
  }

  /** `SELECT 1`, for the health check. */
  async ping(): Promise<void> {
    await this.read((manager) => manager.query('SELECT 1'));
  }
}

/** A unique constraint was violated (a concurrent insert of the same file, version or office). */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: unknown; driverError?: { code?: unknown }; message?: unknown };
  const code = e?.driverError?.code ?? e?.code;
  if (code === '23505') return true;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return true;
  return typeof e?.message === 'string' && /UNIQUE constraint failed/.test(e.message);
}
