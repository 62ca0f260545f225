import { appVersion, HealthService } from './health.service';

describe('HealthService', () => {
  it('reports ok with a non-negative whole uptime', () => {
    const result = new HealthService().check();
    expect(result.status).toBe('ok');
    expect(Number.isInteger(result.uptimeSeconds)).toBe(true);
    expect(result.uptimeSeconds).toBeGreaterThanOrEqual(0);
  });

  it('takes the version from APP_VERSION, then npm_package_version, then 0.0.0', () => {
    expect(appVersion({ APP_VERSION: '1.2.3', npm_package_version: '9.9.9' })).toBe('1.2.3');
    expect(appVersion({ npm_package_version: '9.9.9' })).toBe('9.9.9');
    expect(appVersion({})).toBe('0.0.0');
  });
});
