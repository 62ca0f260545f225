import { resolve } from 'node:path';
import type { DatabaseConfig } from './database-config';

export const DEFAULT_SQLITE_PATH = './data/ogi.sqlite';

/** A variable's trimmed value; unset and blank are the same. */
export function envValue(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name];
  return raw === undefined || raw.trim() === '' ? undefined : raw.trim();
}

/**
 * The database the api and the cli use, from DB_TYPE, SQLITE_PATH and DATABASE_URL (one
 * reading for both, so that they always open the same database). Appends every problem to
 * `problems` and returns the SQLite default when the variables are unusable.
 */
export function loadDatabaseConfig(env: NodeJS.ProcessEnv, problems: string[]): DatabaseConfig {
  const sqlite: DatabaseConfig = {
    type: 'sqlite',
    path: resolve(envValue(env, 'SQLITE_PATH') ?? DEFAULT_SQLITE_PATH),
  };
  const dbType = envValue(env, 'DB_TYPE')?.toLowerCase() ?? 'sqlite';
  if (dbType !== 'sqlite' && dbType !== 'postgres') {
    problems.push(`DB_TYPE must be one of sqlite, postgres (got "${envValue(env, 'DB_TYPE')}")`);
    return sqlite;
  }
  if (dbType === 'sqlite') return sqlite;
  const url = envValue(env, 'DATABASE_URL');
  if (!url) {
    problems.push(
      'DATABASE_URL is required when DB_TYPE=postgres (postgres://user:password@host:5432/db)',
    );
    return sqlite;
  }
  if (!/^postgres(ql)?:\/\/[^/]+/.test(url) || !URL.canParse(url)) {
    problems.push('DATABASE_URL must be a postgres:// URL (postgres://user:password@host:5432/db)');
    return sqlite;
  }
  return { type: 'postgres', url };
}
