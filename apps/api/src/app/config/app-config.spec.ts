import { resolve } from 'node:path';
import {
  ConfigError,
  DEFAULT_ARCHIVE_LIMITS_CONFIG,
  DEFAULT_MAX_REQUEST_BYTES,
  DEFAULT_MAX_UPLOAD_BYTES,
  DEFAULT_OCR_CONFIG,
  DEFAULT_READ_LIMITS,
  loadConfig,
} from './app-config';

describe('loadConfig', () => {
  it('defaults to SQLite in ./data/ogi.sqlite on port 3000 with demo data', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      database: { type: 'sqlite', path: resolve('data/ogi.sqlite') },
      demoData: true,
      upload: {
        maxFileBytes: DEFAULT_MAX_UPLOAD_BYTES,
        maxFiles: 1000,
        maxRequestBytes: DEFAULT_MAX_REQUEST_BYTES,
      },
      archive: DEFAULT_ARCHIVE_LIMITS_CONFIG,
      read: DEFAULT_READ_LIMITS,
      ocr: DEFAULT_OCR_CONFIG,
      logFormat: 'json',
      webDist: undefined,
      trustProxy: false,
      allowedOrigins: [],
      auth: { admin: null, cookieSecure: false, sessionTtlMs: 12 * 3_600_000, scryptLogN: 15 },
    });
  });

  it('reads the first admin and the session settings', () => {
    const config = loadConfig({
      ADMIN_USERNAME: 'root',
      ADMIN_PASSWORD: 'long enough',
      COOKIE_SECURE: 'on',
      SESSION_TTL_HOURS: '2',
    });
    expect(config.auth).toEqual({
      admin: { username: 'root', password: 'long enough' },
      cookieSecure: true,
      sessionTtlMs: 2 * 3_600_000,
      scryptLogN: 15,
    });
  });

  it('reads TRUST_PROXY as off, a hop count or a list of proxy addresses and subnets', () => {
    expect(loadConfig({ TRUST_PROXY: 'off' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(
      loadConfig({ TRUST_PROXY: ' 10.0.0.5, 172.16.0.0/12 ,loopback, fd00::/8 ' }).trustProxy,
    ).toEqual(['10.0.0.5', '172.16.0.0/12', 'loopback', 'fd00::/8']);
  });

  it('refuses a TRUST_PROXY that trusts every hop or names no address', () => {
    for (const raw of ['true', 'on', '11', '10.0.0.300', '10.0.0.0/33', 'proxy.local', ',']) {
      expect(() => loadConfig({ TRUST_PROXY: raw })).toThrow(/TRUST_PROXY/);
    }
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.1, 10.0.0.0/40' })).toThrow(
      /"10\.0\.0\.0\/40" has an invalid prefix length/,
    );
  });

  it('reads ALLOWED_ORIGINS as origins the way browsers send them', () => {
    expect(
      loadConfig({ ALLOWED_ORIGINS: ' https://OGI.example.org:443/ , http://10.0.0.5:8080' })
        .allowedOrigins,
    ).toEqual(['https://ogi.example.org', 'http://10.0.0.5:8080']);
  });

  it('refuses an ALLOWED_ORIGINS entry that is more or less than an origin', () => {
    for (const raw of [
      '*',
      'ogi.example.org',
      'https://ogi.example.org/app',
      'ftp://x.org',
      'https://a@x.org',
    ]) {
      expect(() => loadConfig({ ALLOWED_ORIGINS: raw })).toThrow(
        /ALLOWED_ORIGINS: ".*" is not an origin/,
      );
    }
  });

  it('refuses half an admin and a short admin password', () => {
    expect(() => loadConfig({ ADMIN_USERNAME: 'root' })).toThrow(
      /ADMIN_USERNAME and ADMIN_PASSWORD must be set together/,
    );
    expect(() => loadConfig({ ADMIN_USERNAME: 'root', ADMIN_PASSWORD: 'short' })).toThrow(
      /密码至少需要 8 个字符/,
    );
  });

  it('reads PostgreSQL from DB_TYPE and DATABASE_URL', () => {
    const config = loadConfig({
      DB_TYPE: 'postgres',
      DATABASE_URL: 'postgres://ogi:secret@db:5432/ogi',
      PORT: '8080',
      DEMO_DATA: 'off',
      MAX_UPLOAD_BYTES: '2048',
    });
    expect(config.database).toEqual({ type: 'postgres', url: 'postgres://ogi:secret@db:5432/ogi' });
    expect(config.port).toBe(8080);
    expect(config.demoData).toBe(false);
    expect(config.upload.maxFileBytes).toBe(2048);
  });

  it('fails with every bad variable listed at once', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({
        PORT: 'eighty',
        DB_TYPE: 'postgres',
        DEMO_DATA: 'maybe',
        MAX_UPLOAD_BYTES: '-1',
      });
    } catch (err) {
      error = err as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.problems).toEqual([
      'PORT must be a whole number from 1 to 65535 (got "eighty")',
      'DATABASE_URL is required when DB_TYPE=postgres (postgres://user:password@host:5432/db)',
      'DEMO_DATA must be one of on, off (got "maybe")',
      'MAX_UPLOAD_BYTES must be a whole number from 1024 to 1073741824 (got "-1")',
    ]);
    expect(error?.message).toContain('4 problems');
  });

  it('reads the hostile-input limits and refuses nonsense ones', () => {
    const config = loadConfig({
      MAX_UPLOAD_REQUEST_BYTES: '4096',
      MAX_ARCHIVE_ENTRIES: '10',
      MAX_ARCHIVE_BYTES: '2048',
      MAX_ARCHIVE_RATIO: '50',
      PDF_MAX_PAGES: '20',
      READ_TIMEOUT_MS: '1500',
    });
    expect(config.upload.maxRequestBytes).toBe(4096);
    expect(config.archive).toEqual({ maxEntries: 10, maxTotalBytes: 2048, maxRatio: 50 });
    expect(config.read).toEqual({ pdfMaxPages: 20, timeoutMs: 1500 });
    expect(() => loadConfig({ MAX_ARCHIVE_RATIO: '1', READ_TIMEOUT_MS: '10' })).toThrow(
      /MAX_ARCHIVE_RATIO must be a whole number from 2 to 100000 \(got "1"\)[\s\S]*READ_TIMEOUT_MS must be a whole number from 100 to 600000/,
    );
  });

  it('reads the OCR review threshold as a confidence and refuses one outside (0, 1]', () => {
    expect(loadConfig({}).ocr.reviewThreshold).toBe(0.9);
    expect(loadConfig({ OCR_REVIEW_THRESHOLD: '0.95' }).ocr.reviewThreshold).toBe(0.95);
    for (const bad of ['0', '1.5', 'high', '-0.2']) {
      expect(() => loadConfig({ OCR_REVIEW_THRESHOLD: bad })).toThrow(
        `OCR_REVIEW_THRESHOLD must be a number above 0 and at most 1 (got "${bad}")`,
      );
    }
  });

  it('reads the OCR worker heap limit in MB and refuses one under 128', () => {
    expect(loadConfig({}).ocr.memoryMb).toBe(1024);
    expect(loadConfig({ OCR_MEMORY_MB: '2048' }).ocr.memoryMb).toBe(2048);
    expect(() => loadConfig({ OCR_MEMORY_MB: '64' })).toThrow(
      'OCR_MEMORY_MB must be a whole number from 128 to 65536 (got "64")',
    );
  });

  it('rejects an unknown database type and a URL that is not PostgreSQL', () => {
    expect(() => loadConfig({ DB_TYPE: 'mysql' })).toThrow(
      /DB_TYPE must be one of sqlite, postgres \(got "mysql"\)/,
    );
    expect(() => loadConfig({ DB_TYPE: 'postgres', DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL must be a postgres:\/\/ URL/,
    );
  });
});
