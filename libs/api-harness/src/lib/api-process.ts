/**
 * The api as a child process on loopback, the way it runs in production (TypeScript sources
 * through @swc-node/register, so no build is needed), for the fuzz, crash and load scripts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const WORKSPACE = resolve(__dirname, '../../../..');
const API_MAIN = join(WORKSPACE, 'apps/api/src/main.ts');
// The api's decorators need emitDecoratorMetadata (tsconfig.base.json leaves it off).
const SWC_PROJECT = join(WORKSPACE, 'tools/bench/tsconfig.stats.json');

export interface ApiProcess {
  url: string;
  child: ChildProcess;
  /** Last lines the process wrote to stderr (for error messages). */
  stderr(): string;
  /** SIGTERM and wait (a clean stop). */
  stop(): Promise<void>;
  /** SIGKILL and wait (a crash). */
  kill(): Promise<void>;
}

export interface ApiProcessOptions {
  sqlitePath: string;
  port?: number;
  demoData?: boolean;
  env?: Record<string, string>;
}

/** A free TCP port on loopback. */
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

export function exited(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.once('exit', () => done());
  });
}

/** The administrator the scripts log in as (a throwaway database of their own). */
export const SCRIPT_ADMIN = { username: 'script-admin', password: 'script-admin-password-1' };

/** Starts the api on a SQLite file and waits until /api/health answers 200. */
export async function startApi(options: ApiProcessOptions): Promise<ApiProcess> {
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, ['-r', '@swc-node/register', API_MAIN], {
    cwd: WORKSPACE,
    env: {
      ...process.env,
      SWC_NODE_PROJECT: SWC_PROJECT,
      PORT: String(port),
      DB_TYPE: 'sqlite',
      SQLITE_PATH: options.sqlitePath,
      DEMO_DATA: options.demoData ? 'on' : 'off',
      // The scripts' own account (created at start when no admin exists): see authenticate.ts.
      ADMIN_USERNAME: SCRIPT_ADMIN.username,
      ADMIN_PASSWORD: SCRIPT_ADMIN.password,
      LOG_FORMAT: 'text',
      WEB_DIST: join(WORKSPACE, 'tmp', 'no-web-app'),
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const url = `http://127.0.0.1:${port}`;
  const api: ApiProcess = {
    url,
    child,
    stderr: () => stderr,
    stop: async () => {
      child.kill('SIGTERM');
      await exited(child);
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `the api exited during start: ${stderr.trim().split('\n').slice(-5).join(' | ')}`,
      );
    }
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return api;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  await api.kill();
  throw new Error(`the api did not answer /api/health within 120 s: ${stderr.slice(-500)}`);
}

/**
 * Waits until the demo data finished loading in the background. `/api/demo` needs a session like
 * every other route: pass the headers from `authenticate`.
 */
export async function waitForDemo(
  url: string,
  headers: Record<string, string>,
  timeoutMs = 600_000,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const res = await fetch(`${url}/api/demo`, { headers });
    if (!res.ok) throw new Error(`GET /api/demo: HTTP ${res.status} ${await res.text()}`);
    const status = (await res.json()) as { present: boolean; reports: number; loading: boolean };
    if (status.present && !status.loading) return status.reports;
    await sleep(500);
  }
  throw new Error(`the demo data did not finish loading within ${timeoutMs / 1000} s`);
}
