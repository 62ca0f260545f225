import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = resolve(__dirname, '../../..');
const CHROMIUM = '/usr/bin/chromium';
const API_MAIN = join(ROOT, 'dist/apps/api/main.js');
const WEB_INDEX = join(ROOT, 'dist/apps/web/index.html');
const SHOTS = join(ROOT, 'tmp/e2e');

const enabled = existsSync(CHROMIUM) || process.env.CI === 'true';

// Set here: a project's testTimeout is ignored when the root config runs every project.
jest.setTimeout(240_000);

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

async function waitFor<T>(
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

(enabled ? describe : describe.skip)('总览 in a browser (built app, demo data)', () => {
  let api: ChildProcess | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let base = '';
  let dataDir = '';
  let apiLog = '';
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(API_MAIN) || !existsSync(WEB_INDEX)) {
      // `npm test` builds first; a lone run builds here.
      const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web'], {
        cwd: ROOT,
        stdio: 'inherit',
        env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' },
      });
      if (build.status !== 0) throw new Error('building api and web failed');
    }
    dataDir = mkdtempSync(join(tmpdir(), 'ogi-e2e-'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    api = spawn(process.execPath, [API_MAIN], {
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
    // The demo data set loads in the background on an empty database.
    await waitFor(
      `the demo data (api log: ${apiLog.slice(-500)})`,
      async () => {
        // Every route but health and login needs a session: the demo account's, as the web app's.
        const login = await fetch(`${base}/api/auth/demo-login`, { method: 'POST' });
        const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
        const res = await fetch(`${base}/api/demo`, { headers: { cookie } });
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
    page = await browser.newPage({ viewport: { width: 1366, height: 1000 }, locale: 'zh-CN' });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (err) => consoleErrors.push(String(err)));
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    if (api && api.exitCode === null) {
      api.kill('SIGTERM');
      await new Promise((r) => api?.once('exit', r));
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function chartsDrawn() {
    await page.locator('[data-testid=kpi-reports]').waitFor();
    await waitFor(
      'four drawn charts',
      async () =>
        (await page.locator('[data-testid=chart] canvas').count()) >= 4 ? true : undefined,
      30_000,
    );
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(800); // chart animation
  }

  const reportsKpi = () => page.locator('[data-testid=kpi-reports] .kpi-value').innerText();
  const firstChart = () => page.locator('[data-testid=chart] canvas').first().screenshot();

  it('renders the overview with its charts and writes the default years into the URL', async () => {
    await page.goto(`${base}/`, { waitUntil: 'networkidle' });
    await chartsDrawn();
    expect(new URL(page.url()).search).toMatch(/^\?yearFrom=\d{4}&yearTo=\d{4}$/);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('政府信息公开年报看板');
    expect(
      await page.getByText('演示数据：当前显示的是系统生成的示例报告，不是真实数据。').count(),
    ).toBe(1);
    // Logged in by itself as the documented demo account, and it says so.
    expect(await page.getByText(/演示账号：已自动以 demo（密码 demo-ogi-2025）登录/).count()).toBe(
      1,
    );
    expect(await page.getByText('演示账号', { exact: true }).count()).toBe(1);
    expect(Number((await reportsKpi()).replace(/,/g, ''))).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'overview.png'), fullPage: true });
  });

  it('changing a filter changes the URL and the charts; reloading restores the view', async () => {
    const reportsBefore = await reportsKpi();
    const chartBefore = await firstChart();

    await page.locator('#filter-kinds').click();
    await page.locator('.ant-select-item-option[title="街道"]').click();
    await page.keyboard.press('Escape');
    await page.waitForURL(/officeKinds=street/);
    await waitFor(
      'the KPI to follow the filter',
      async () => ((await reportsKpi()) !== reportsBefore ? true : undefined),
      30_000,
    );
    await chartsDrawn();
    const reportsAfter = await reportsKpi();
    expect(Buffer.compare(chartBefore, await firstChart())).not.toBe(0);
    const url = page.url();

    await page.reload({ waitUntil: 'networkidle' });
    await chartsDrawn();
    expect(page.url()).toBe(url);
    expect(await reportsKpi()).toBe(reportsAfter);
    const kindField = page.locator('.filter-field', { has: page.locator('#filter-kinds') });
    expect(await kindField.innerText()).toContain('街道');
    await page.screenshot({ path: join(SHOTS, 'overview-streets.png'), fullPage: true });
  });

  it('finds an office by the initials of its name', async () => {
    // Asked from the page: the API answers only the logged-in (demo) session.
    const offices = (await page.evaluate(() =>
      fetch('/api/offices?kind=street&limit=1').then((res) => res.json()),
    )) as { items: { name: string }[] };
    const name = offices.items[0].name;
    const initials = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
    await page.locator('#filter-offices').fill(initials);
    await page.locator(`.ant-select-item-option[title^="${name}"]`).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Escape');
  });

  it.each(['png', 'svg'])('exports a chart as %s', async (type) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('button', { name: new RegExp(`导出申请数量与公开率.*${type.toUpperCase()}`) })
        .click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${type}$`));
    await download.saveAs(join(SHOTS, `applications.${type}`));
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
