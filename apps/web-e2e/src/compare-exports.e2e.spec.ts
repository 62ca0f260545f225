import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserSession, E2E_ENABLED, SHOTS } from './support/built-app';
import { chartsDrawn } from './support/charts';

// Set here: a project's testTimeout is ignored when the root config runs every project.
jest.setTimeout(240_000);

(E2E_ENABLED ? describe : describe.skip)('对比 exports in a browser (built app, demo data)', () => {
  const session = browserSession();
  let page: Page;
  beforeAll(() => ({ page } = session));

  const card = (title: string) => page.locator('.chart-card', { hasText: title });

  it('gives each of the four 对比 charts the 数据 menu with XLSX and CSV', async () => {
    await page.goto(`${session.base}/compare?compareBy=office&metric=applications_new`, {
      waitUntil: 'networkidle',
    });
    await chartsDrawn(page);
    const menus = page.getByRole('button', { name: /^导出.+的数据$/ });
    await menus.nth(3).waitFor();
    expect(await menus.count()).toBe(4);

    const ranking = card('本年新收申请排名');
    await ranking.getByRole('button', { name: /^导出.+的数据$/ }).click();
    const xlsx = page.getByRole('link', { name: /Excel（XLSX）$/ });
    await xlsx.waitFor();
    const href = new URL((await xlsx.getAttribute('href')) ?? '', session.base);
    expect(href.pathname).toBe('/api/exports/compare');
    expect(Object.fromEntries(href.searchParams)).toMatchObject({
      chart: 'ranking',
      fileFormat: 'xlsx',
      compareBy: 'office',
      metric: 'applications_new',
    });
    await page.screenshot({ path: join(SHOTS, 'compare-data-menu.png'), fullPage: false });
  });

  it('downloads the ranking as CSV: one row per office, the numbers of the page', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /CSV（UTF-8）$/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^本年新收申请排名.*\.csv$/);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toMatch(/^单位,\d{4}年,/);
    expect(lines[0]).toContain('较上年');
    const count = Number(
      /^([\d,]+) 个单位/
        .exec(await page.locator('.compare-count').innerText())?.[1]
        ?.replace(/,/g, ''),
    );
    expect(lines.length - 1).toBe(count);
    // The first office of the ranking is the page's first bar.
    const table = card('本年新收申请排名');
    await table.getByText('表格', { exact: true }).click();
    const firstRow = await table.locator('tbody tr.ant-table-row').first().innerText();
    expect(firstRow).toContain(lines[1].split(',')[0]);
    await table.getByText('图表', { exact: true }).click();
  });

  it('downloads the heat map data as XLSX', async () => {
    const heat = card('（单位 × 年份）');
    await heat.getByRole('button', { name: /^导出.+的数据$/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('link', { name: /Excel（XLSX）$/ })
        .last()
        .click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/单位_×_年份.*\.xlsx$/);
    // An XLSX is a zip archive.
    const bytes = readFileSync((await download.path()) as string);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('offers the page’s charts, ticked, in 导出汇报材料 and builds the pack from them', async () => {
    await page.getByRole('button', { name: '导出汇报材料' }).click();
    const dialog = page.getByRole('dialog', { name: '导出汇报材料' });
    await dialog.waitFor();
    const bars = dialog.getByLabel('对比：本年新收申请（按单位和年份）');
    const ranking = dialog.getByLabel(/^对比：本年新收申请排名（\d{4}年）$/);
    const overview = dialog.getByLabel('总览：申请数量与公开率（按年）');
    expect([await bars.isChecked(), await ranking.isChecked(), await overview.isChecked()]).toEqual(
      [true, true, false],
    );
    await dialog.getByLabel('PDF（矢量图表）').check();
    await page.screenshot({ path: join(SHOTS, 'compare-pack-dialog.png'), fullPage: false });
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      dialog.getByRole('button', { name: /生成并下载/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = readFileSync((await download.path()) as string);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const asked = new URL(download.url()).searchParams;
    expect([asked.get('compare'), asked.get('compareBy'), asked.get('metric')]).toEqual([
      'bars,ranking',
      'office',
      'applications_new',
    ]);
    expect(asked.get('charts')).toBeNull();
  });

  it('logged no console errors', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
