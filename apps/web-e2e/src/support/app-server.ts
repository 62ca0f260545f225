import type { Browser, Page } from 'playwright-core';
import {
  buildIfMissing,
  E2E_ENABLED,
  launchChromium,
  openPage,
  startBuiltApp,
} from './built-app';

export { freePort, ROOT, SHOTS, waitFor } from './built-app';

/** The browser tests run where chromium is (CI installs it first, see .ci/run). */
export const browserTestsEnabled = E2E_ENABLED;

/** The built app with demo data and one chromium page on it, for tests that drive both. */
export interface AppUnderTest {
  base: string;
  browser: Browser;
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  consoleErrors: string[];
  /** The demo account's cookie and CSRF header, for the tests' own requests. */
  sessionHeaders: Record<string, string>;
  /** JSON from the API as the demo account (status checked). */
  api<T>(path: string, init?: RequestInit): Promise<T>;
  stop(): Promise<void>;
}
export type RunningApp = AppUnderTest;

/** Builds if needed, starts the api on a fresh SQLite file with the demo loaded, opens a page. */
export async function startApp(): Promise<AppUnderTest> {
  buildIfMissing();
  const app = await startBuiltApp();
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const { page, consoleErrors } = await openPage(browser);
    const api = async <T>(path: string, init?: RequestInit): Promise<T> => {
      const headers = { ...app.sessionHeaders, ...(init?.headers as Record<string, string>) };
      const res = await fetch(`${app.base}/api${path}`, { ...init, headers });
      if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    };
    const opened = browser;
    return {
      base: app.base,
      sessionHeaders: app.sessionHeaders,
      browser: opened,
      page,
      consoleErrors,
      api,
      stop: async () => {
        await opened.close();
        await app.stop();
      },
    };
  } catch (err) {
    await browser?.close();
    await app.stop();
    throw err;
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
