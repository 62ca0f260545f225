import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import type { Page } from 'playwright-core';
import { choose } from './support/antd';
import { browserSession, E2E_ENABLED, SHOTS, waitFor } from './support/built-app';
import { chartsDrawn as drawn } from './support/charts';

// Set here: a project's testTimeout is ignored when the root config runs every project.
jest.setTimeout(240_000);

(E2E_ENABLED ? describe : describe.skip)('总览 in a browser (built app, demo data)', () => {
  const session = browserSession();
  let page: Page;
  beforeAll(() => ({ page } = session));

  async function chartsDrawn() {
    await page.locator('[data-testid=kpi-reports]').waitFor();
    await drawn(page);
  }

  const reportsKpi = () => page.locator('[data-testid=kpi-reports] .kpi-value').innerText();
  const firstChart = () => page.locator('[data-testid=chart] canvas').first().screenshot();

  it('renders the overview with its charts and writes the default years into the URL', async () => {
    await page.goto(`${session.base}/`, { waitUntil: 'networkidle' });
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

    await choose(page, page.locator('#filter-kinds'), '街道');
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

  it('downloads the KPI figures from their data menu, with the filters of the view', async () => {
    await page.getByRole('button', { name: '导出主要指标的数据' }).click();
    const xlsx = page.getByRole('link', { name: '导出主要指标 Excel（XLSX）' });
    expect(await xlsx.getAttribute('href')).toMatch(/yearFrom=\d{4}/);
    const [download] = await Promise.all([page.waitForEvent('download'), xlsx.click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  });

  it('logged no console errors', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
