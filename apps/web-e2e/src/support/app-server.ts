import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Running the built app with demo data and a headless chromium, for the browser tests. */

export const ROOT = resolve(__dirname, '../../../..');
export const CHROMIUM = '/usr/bin/chromium';
export const SHOTS = join(ROOT, 'tmp/e2e');
const API_MAIN = join(ROOT, 'dist/apps/api/main.js');
const WEB_INDEX = join(ROOT, 'dist/apps/web/index.html');

export const browserTestsEnabled = existsSync(CHROMIUM) || process.env.CI === 'true';

function freePort(): Promise<number> {
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
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

export interface RunningApp {
  base: string;
  browser: Browser;
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  consoleErrors: string[];
  stop: () => Promise<void>;
}

/** Builds if needed, starts the api on a fresh SQLite file with the demo loaded, opens a page. */
export async function startApp(): Promise<RunningApp> {
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
  let apiLog = '';
  const api: ChildProcess = spawn(process.execPath, [API_MAIN], {
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
  api.stdout?.on('data', (chunk) => (apiLog = (apiLog + chunk).slice(-4000)));
  api.stderr?.on('data', (chunk) => (apiLog = (apiLog + chunk).slice(-4000)));
  const stop = async () => {
    if (api.exitCode === null) {
      api.kill('SIGTERM');
      await new Promise((r) => api.once('exit', r));
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
  } catch (err) {
    await stop();
    throw new Error(`${(err as Error).message} (api log: ${apiLog.slice(-500)})`);
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const page = await browser.newPage({ viewport: { width: 1366, height: 1000 }, locale: 'zh-CN' });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(String(err)));
  mkdirSync(SHOTS, { recursive: true });
  return {
    base,
    browser,
    page,
    consoleErrors,
    stop: async () => {
      await browser.close();
      await stop();
    },
  };
}
