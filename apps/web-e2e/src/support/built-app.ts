import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { authenticate, exited, freePort, waitForDemo } from '@ogi/api-harness';

/**
 * The built app (`node dist/apps/api/main.js`, which serves dist/apps/web) on a free loopback
 * port with a temporary SQLite file and the demo data, and Debian's chromium: shared by the
 * browser tests and the first-chart timing script (tools/bench/web.ts).
 */
export const ROOT = resolve(__dirname, '../../../..');
export const CHROMIUM = '/usr/bin/chromium';
const API_MAIN = join(ROOT, 'dist/apps/api/main.js');
const WEB_INDEX = join(ROOT, 'dist/apps/web/index.html');

export function isBuilt(): boolean {
  return existsSync(API_MAIN) && existsSync(WEB_INDEX);
}

/** Builds api and web when dist/ has neither (the browser tests; the timing script never builds). */
export function buildIfMissing(): void {
  if (isBuilt()) return;
  const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' },
  });
  if (build.status !== 0) throw new Error('building api and web failed');
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
  /**
   * Headers of the demo account's session (cookie and CSRF token) for the tests' own API calls:
   * every route but health and login needs a session, as in the web app.
   */
  sessionHeaders: Record<string, string>;
  /** The server's SQLite file, for tests that seed what no upload can make quickly. */
  databasePath: string;
  /** Stops the server, keeping its port and database: an outage during a session. */
  pause(): Promise<void>;
  /** Starts the server again on the same port and database; answers once it answers health. */
  resume(): Promise<void>;
  /** Stops the server and removes its database. */
  stop(): Promise<void>;
}

/** The built server on `port` with the database in `dataDir`, its log's tail kept. */
function spawnApi(port: number, dataDir: string) {
  let log = '';
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
  api.stdout?.on('data', (chunk) => (log = (log + chunk).slice(-4000)));
  api.stderr?.on('data', (chunk) => (log = (log + chunk).slice(-4000)));
  return {
    api,
    log: () => log,
    async kill() {
      if (api.exitCode !== null) return;
      api.kill('SIGTERM');
      await exited(api);
    },
  };
}

/** Starts the built server and waits until the demo data is stored. */
export async function startBuiltApp(): Promise<RunningApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ogi-e2e-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let server = spawnApi(port, dataDir);
  const stop = async () => {
    await server.kill();
    rmSync(dataDir, { recursive: true, force: true });
  };
  const resume = async () => {
    server = spawnApi(port, dataDir);
    await waitFor(
      'the server to answer again',
      async () => {
        if (server.api.exitCode !== null) throw new Error(`the server exited: ${server.log()}`);
        return (await fetch(`${base}/api/health`)).ok ? true : undefined;
      },
      60_000,
    );
  };
  try {
    const sessionHeaders = await waitFor(
      'the demo login',
      async () => {
        if (server.api.exitCode !== null) {
          throw new Error(`the server exited: ${server.log().slice(-500)}`);
        }
        return authenticate(base, 'demo');
      },
      120_000,
    );
    // The demo data set loads in the background on an empty database.
    await waitForDemo(base, sessionHeaders, 180_000);
    return {
      base,
      sessionHeaders,
      databasePath: join(dataDir, 'ogi.sqlite'),
      pause: () => server.kill(),
      resume,
      stop,
    };
  } catch (err) {
    const log = server.log();
    await stop();
    throw new Error(`${String(err)} (api log: ${log.slice(-500)})`);
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** Screenshots and exported images of the browser tests. */
export const SHOTS = join(ROOT, 'tmp/e2e');

/** The browser tests run where chromium is (CI installs it first, see .ci/run). */
export const E2E_ENABLED = existsSync(CHROMIUM) || process.env.CI === 'true';

/** A zh-CN page of 1366×1000 that collects its console errors and uncaught exceptions. */
export async function openPage(browser: Browser): Promise<{ page: Page; consoleErrors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 1000 }, locale: 'zh-CN' });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(String(err)));
  mkdirSync(SHOTS, { recursive: true });
  return { page, consoleErrors };
}

/** The built app with demo data and one chromium page on it, for a describe block's tests. */
export interface BrowserSession extends RunningApp {
  page: Page;
  /** Console errors and uncaught exceptions of the page. */
  consoleErrors: string[];
  /** JSON from `/api<path>` as the demo account (the status is checked). */
  api<T>(path: string, init?: RequestInit): Promise<T>;
}

/**
 * Registers beforeAll/afterAll for a describe block: the built app with demo data (built first
 * when dist/ has neither) and a chromium page; the fields are set once beforeAll has run.
 */
export function browserSession(): BrowserSession {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  const session: BrowserSession = {
    base: '',
    sessionHeaders: {},
    databasePath: '',
    page: undefined as unknown as Page,
    consoleErrors: [],
    api: async <T>(path: string, init?: RequestInit): Promise<T> => {
      const headers = { ...session.sessionHeaders, ...(init?.headers as Record<string, string>) };
      const res = await fetch(`${session.base}/api${path}`, { ...init, headers });
      if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    },
    pause: () => app?.pause() ?? Promise.resolve(),
    resume: () => app?.resume() ?? Promise.resolve(),
    stop: async () => {
      await browser?.close();
      await app?.stop();
    },
  };
  beforeAll(async () => {
    // `npm test` builds first; a lone run builds here.
    buildIfMissing();
    app = await startBuiltApp();
    session.base = app.base;
    session.sessionHeaders = app.sessionHeaders;
    session.databasePath = app.databasePath;
    browser = await launchChromium();
    const opened = await openPage(browser);
    session.page = opened.page;
    session.consoleErrors = opened.consoleErrors;
  });
  afterAll(() => session.stop());
  return session;
}
