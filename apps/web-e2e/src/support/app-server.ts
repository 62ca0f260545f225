import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * The built app (node dist/apps/api/main.js serving dist/apps/web) on a fresh SQLite database
 * with the demo data, and a Chromium page that records console errors. For the browser tests of
 * the 数据 and 地区 pages.
 */

export const ROOT = resolve(__dirname, '../../../..');
const CHROMIUM = '/usr/bin/chromium';
const API_MAIN = join(ROOT, 'dist/apps/api/main.js');
const WEB_INDEX = join(ROOT, 'dist/apps/web/index.html');
export const SHOTS = join(ROOT, 'tmp/e2e');

export const browserTestsEnabled = existsSync(CHROMIUM) || process.env.CI === 'true';

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  ms: number,
): Promise<T> {
  const until = Date.now() + ms;
  let last: unknown;
  while (Date.now() < until) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

export interface AppUnderTest {
  base: string;
  page: Page;
  consoleErrors: string[];
  /** JSON from the API (status checked). */
  api<T>(path: string, init?: RequestInit): Promise<T>;
  stop(): Promise<void>;
}

export async function startApp(): Promise<AppUnderTest> {
  if (!existsSync(API_MAIN) || !existsSync(WEB_INDEX)) {
    const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' },
    });
    if (build.status !== 0) throw new Error('building api and web failed');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'ogi-e2e-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let log = '';
  const server: ChildProcess = spawn(process.execPath, [API_MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DB_TYPE: 'sqlite',
      SQLITE_PATH: join(dataDir, 'ogi.sqlite'),
      DEMO_DATA: 'on',
      LOG_FORMAT: 'json',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk) => (log = (log + chunk).slice(-4000)));
  server.stderr?.on('data', (chunk) => (log = (log + chunk).slice(-4000)));
  let browser: Browser | undefined;
  const stop = async () => {
    await browser?.close();
    if (server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitFor(
      'the demo data',
      async () => {
        const res = await fetch(`${base}/api/demo`);
        const demo = (await res.json()) as { present: boolean; loading: boolean; reports: number };
        return demo.present && !demo.loading && demo.reports > 0 ? demo : undefined;
      },
      180_000,
    );
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    const page = await browser.newPage({
      viewport: { width: 1366, height: 1000 },
      locale: 'zh-CN',
    });
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (err) => consoleErrors.push(String(err)));
    mkdirSync(SHOTS, { recursive: true });
    const api = async <T>(path: string, init?: RequestInit): Promise<T> => {
      const res = await fetch(`${base}/api${path}`, init);
      if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    };
    return { base, page, consoleErrors, api, stop };
  } catch (err) {
    await stop();
    throw new Error(`${String(err)} (api log: ${log.slice(-800)})`);
  }
}

/** Starts the app before the tests of a describe block and stops it after; `app()` inside tests. */
export function appForTests(): () => AppUnderTest {
  let app: AppUnderTest | undefined;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });
  return () => {
    if (!app) throw new Error('the app did not start');
    return app;
  };
}
