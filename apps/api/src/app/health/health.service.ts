import { Injectable } from '@nestjs/common';
import { Database, type DatabaseType } from '@ogi/api-data-access';

export interface HealthStatus {
  status: 'ok' | 'error';
  version: string;
  uptimeSeconds: number;
  database: { type: DatabaseType; status: 'up' | 'down'; error?: string };
}

/** Version reported by /api/health: APP_VERSION, else the npm package version, else 0.0.0. */
export function appVersion(env: NodeJS.ProcessEnv = process.env): string {
  return env['APP_VERSION'] || env['npm_package_version'] || '0.0.0';
}

@Injectable()
export class HealthService {
  private readonly version = appVersion();

  constructor(private readonly database: Database) {}

  /** Answers ok when the database answers `SELECT 1`. */
  async check(): Promise<HealthStatus> {
    const base = { version: this.version, uptimeSeconds: Math.round(process.uptime()) };
    try {
      await this.database.ping();
      return { status: 'ok', ...base, database: { type: this.database.type, status: 'up' } };
    } catch (err) {
      return {
        status: 'error',
        ...base,
        database: {
          type: this.database.type,
          status: 'down',
          error: err instanceof Error ? err.message : String(err),
        },
      };
    }
  }
}
