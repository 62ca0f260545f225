import type { Database } from '@ogi/api-data-access';
import { appVersion, HealthService } from './health.service';

const database = (ping: () => Promise<void>) => ({ type: 'sqlite', ping }) as unknown as Database;

describe('HealthService', () => {
  it('reports ok with a non-negative whole uptime when the database answers', async () => {
    const result = await new HealthService(database(async () => undefined)).check();
    expect(result.status).toBe('ok');
    expect(result.database).toEqual({ type: 'sqlite', status: 'up' });
    expect(Number.isInteger(result.uptimeSeconds)).toBe(true);
    expect(result.uptimeSeconds).toBeGreaterThanOrEqual(0);
  });

  it('reports the database as down with its error', async () => {
    const result = await new HealthService(
      database(async () => {
        throw new Error('connection refused');
      }),
    ).check();
    expect(result.status).toBe('error');
    expect(result.database).toEqual({
      type: 'sqlite',
      status: 'down',
      error: 'connection refused',
    });
  });

  it('takes the version from APP_VERSION, then npm_package_version, then 0.0.0', () => {
    expect(appVersion({ APP_VERSION: '1.2.3', npm_package_version: '9.9.9' })).toBe('1.2.3');
    expect(appVersion({ npm_package_version: '9.9.9' })).toBe('9.9.9');
    expect(appVersion({})).toBe('0.0.0');
  });
});
