import { Injectable } from '@nestjs/common';

export interface HealthStatus {
  status: 'ok';
  version: string;
  uptimeSeconds: number;
}

/** Version reported by /api/health: APP_VERSION, else the npm package version, else 0.0.0. */
export function appVersion(env: NodeJS.ProcessEnv = process.env): string {
  return env['APP_VERSION'] || env['npm_package_version'] || '0.0.0';
}

@Injectable()
export class HealthService {
  private readonly version = appVersion();

  check(): HealthStatus {
    return {
      status: 'ok',
      version: this.version,
      uptimeSeconds: Math.round(process.uptime()),
    };
  }
}
