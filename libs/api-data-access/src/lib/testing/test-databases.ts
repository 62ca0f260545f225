import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type { DatabaseConfig, DatabaseType } from '../database/database-config';

/**
 * The databases a test suite runs on: always a SQLite file in a temp folder; PostgreSQL too when
 * TEST_DATABASE_URL names a server (each suite gets its own throwaway database on it).
 */
export function testDatabaseTypes(env: NodeJS.ProcessEnv = process.env): DatabaseType[] {
  return env['TEST_DATABASE_URL'] ? ['sqlite', 'postgres'] : ['sqlite'];
}

/** Shown instead of the PostgreSQL tests when TEST_DATABASE_URL is not set. */
export const POSTGRES_SKIPPED =
  'PostgreSQL: skipped, TEST_DATABASE_URL is not set (npm test starts a throwaway server; or run tools/ci/postgres.sh start)';

export interface TestDatabase {
  config: DatabaseConfig;
  /** Drops the database (PostgreSQL) or deletes the temp folder (SQLite). Close connections first. */
  drop(): Promise<void>;
}

async function withAdmin<T>(url: string, work: (admin: DataSource) => Promise<T>): Promise<T> {
  const admin = new DataSource({ type: 'postgres', url });
  await admin.initialize();
  try {
    return await work(admin);
  } finally {
    await admin.destroy();
  }
}

/** A fresh, empty database of the given type (not yet migrated). */
export async function createTestDatabase(
  type: DatabaseType,
  env: NodeJS.ProcessEnv = process.env,
): Promise<TestDatabase> {
  if (type === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'ogi-db-'));
    return {
      config: { type: 'sqlite', path: join(dir, 'nested', 'ogi.sqlite') },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const serverUrl = env['TEST_DATABASE_URL'];
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `ogi_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    config: { type: 'postgres', url: url.toString() },
    drop: () =>
      withAdmin(serverUrl, (admin) =>
        admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      ),
  };
}
