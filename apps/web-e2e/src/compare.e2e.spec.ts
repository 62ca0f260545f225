import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { choose } from './support/antd';
import { browserSession, E2E_ENABLED, SHOTS, waitFor } from './support/built-app';
import { chartsDrawn as drawn } from './support/charts';

// Set here: a project's testTimeout is ignored when the root config runs every project.
jest.setTimeout(240_000);

(E2E_ENABLED ? describe : describe.skip)('对比 in a browser (built app, demo data)', () => {
  const session = browserSession();
  let page: Page;
  beforeAll(() => ({ page } = session));

  /** The four charts of the page are drawn (grouped bars, ranking, heat map, small multiples). */
  const chartsDrawn = () => drawn(page);

  const chartImage = (index: number) =>
    page.locator('[data-testid=chart] canvas').nth(index).screenshot();
  const count = () => page.locator('.compare-count').innerText();

  it('is in the navigation and draws its four charts for the regions of the demo city', async () => {
    await page.goto(`${session.base}/`, { waitUntil: 'networkidle' });
    await page
      .getByRole('navigation', { name: '页面导航' })
      .getByRole('link', { name: '对比' })
      .click();
    await page.waitForURL(/\/compare\?/);
    await chartsDrawn();
    expect(await count()).toMatch(/^\d+ 个地区，\d{4}–\d{4}年$/);
    expect(await page.locator('#compare-metric').count()).toBe(1);
    for (const title of ['按地区和年份', '排名', '地区 × 年份', '每个地区一图'])
      expect(
        await page.locator('.chart-card .ant-card-head-title', { hasText: title }).count(),
      ).toBe(1);
  });

  it('compares offices: the URL says so and the charts follow', async () => {
    const before = await chartImage(0);
    await page.getByText('按单位', { exact: true }).click();
    await page.waitForURL(/compareBy=office/);
    await waitFor(
      'the office count',
      async () => ((await count()).includes('个单位') ? true : undefined),
      30_000,
    );
    await chartsDrawn();
    expect(Buffer.compare(before, await chartImage(0))).not.toBe(0);
  });

  it('changing the metric changes the URL and the charts; a rate shows its n and small samples', async () => {
    const before = await chartImage(1);
    await choose(page, page.locator('#compare-metric'), '复议诉讼纠错率（%）', {
      search: '纠错率',
    });
    await page.waitForURL(/metric=correction_rate/);
    await page.locator('.ant-card-head-title', { hasText: '复议诉讼纠错率排名' }).waitFor();
    await chartsDrawn();
    expect(Buffer.compare(before, await chartImage(1))).not.toBe(0);
    expect(await page.getByText(/分母小于 5 的比率以浅色斜纹标出/).count()).toBe(1);

    // The ranking as a table: every rate with numerator/denominator, and the change on last year.
    const ranking = page.locator('.chart-card', { hasText: '复议诉讼纠错率排名' });
    await ranking.getByText('表格', { exact: true }).click();
    const table = await ranking.locator('table').innerText();
    expect(table).toContain('较上年');
    expect(table).toMatch(/\d+(\.\d)?%（\d+\/\d+/);
    await ranking.getByText('图表', { exact: true }).click();
    await page.screenshot({ path: join(SHOTS, 'compare.png'), fullPage: true });
  });

  it('changing an office filter changes the URL and the charts; reloading restores the view', async () => {
    const before = await count();
    const chartBefore = await chartImage(0);
    await choose(page, page.locator('#filter-kinds'), '街道');
    await page.waitForURL(/officeKinds=street/);
    await waitFor(
      'the count to follow the filter',
      async () => ((await count()) !== before ? true : undefined),
      30_000,
    );
    await chartsDrawn();
    expect(Buffer.compare(chartBefore, await chartImage(0))).not.toBe(0);
    const url = page.url();
    expect(url).toMatch(/compareBy=office/);
    expect(url).toMatch(/metric=correction_rate/);
    const after = await count();

    await page.reload({ waitUntil: 'networkidle' });
    await chartsDrawn();
    expect(page.url()).toBe(url);
    expect(await count()).toBe(after);
    expect(await page.locator('.compare-controls').innerText()).toContain('复议诉讼纠错率');
    await page.screenshot({ path: join(SHOTS, 'compare-streets.png'), fullPage: true });
  });

  it('exports the heat map as PNG', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /导出复议诉讼纠错率（单位 × 年份） PNG/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    await download.saveAs(join(SHOTS, 'compare-heatmap.png'));
  });

  it('logged no console errors', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
