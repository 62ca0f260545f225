import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { toast } from './support/antd';
import { browserSession, E2E_ENABLED, SHOTS, waitFor } from './support/built-app';
import { fixture, newOffice, postReport } from './support/uploads';

// Set here: a project's testTimeout is ignored when the root config runs every project.
jest.setTimeout(300_000);

const KEY = 'applications.new_received.total';
const YEAR = 2023;

/**
 * A real report (one cell a line) with 本年新收 set to `received`, from natural persons: the row's
 * first and last (总计) values.
 */
function reportReceiving(received: number): Uint8Array<ArrayBuffer> {
  const lines = fixture('corpus/changtu-qijiazi-2023.txt').toString('utf8').split('\n');
  const label = lines.findIndex((line) => line.startsWith('一、本年新收政府信息公开申请数量'));
  const values = lines
    .map((line, at) => ({ line, at }))
    .filter(({ line, at }) => at > label && /^\s*\d+\s*$/.test(line))
    .slice(0, 7);
  for (const { at } of [values[0], values[6]]) lines[at] = ` ${received}`;
  return new Uint8Array(Buffer.from(lines.join('\n'), 'utf8'));
}

(E2E_ENABLED ? describe : describe.skip)('报告: choosing the current version in a browser', () => {
  const app = browserSession();
  let page: Page;
  let officeId = 0;
  const ids: number[] = [];
  beforeAll(async () => {
    page = app.page;
    officeId = await newOffice(app, '版本测试镇');
    // Two versions of the office's report for one year: 5 received, then 12 (current: the newer).
    for (const [version, received] of [
      [1, 5],
      [2, 12],
    ]) {
      const stored = await postReport(app, {
        name: `version-${version}.txt`,
        bytes: reportReceiving(received),
        type: 'text/plain',
        officeId,
        year: YEAR,
      });
      expect(stored.status).toBe(version === 1 ? 'created' : 'new_version');
      ids.push(stored.reportId ?? 0);
    }
  });

  /** The office's profile for the year: which version it shows and its 本年新收 figure. */
  async function profileShows(version: number, received: number) {
    await page.waitForURL(new RegExp(`/office/${officeId}/${YEAR}`));
    const title = page.locator('.profile-card .ant-card-head-title', {
      hasText: `${YEAR}年报告（第 ${version} 版）`,
    });
    await title.waitFor();
    const figure = page.locator(`td[data-key="${KEY}"] button`).first();
    await waitFor(
      `the profile to show ${received}`,
      async () => ((await figure.innerText()) === String(received) ? true : undefined),
      30_000,
    );
  }
  /**
   * From the profile: opens the report it shows (version `shown`), opens `version` from that
   * report's version history, makes it current there and goes back to the profile.
   */
  async function chooseVersion(shown: number, version: number, shot: string) {
    await page.getByRole('link', { name: '打开报告与原文' }).click();
    await page.waitForURL(new RegExp(`/reports/${ids[shown - 1]}$`));
    const history = page.locator('.report-card', { hasText: '同一单位同一年度的各版本' });
    await history
      .locator('tr', { hasText: `第 ${version} 版` })
      .getByRole('link', { name: '查看报告' })
      .click();
    await page.waitForURL(new RegExp(`/reports/${ids[version - 1]}$`));
    const head = page.locator('.report-view-head');
    await head.getByText(`第 ${version} 版`).waitFor();
    expect(await head.innerText()).toContain('非当前版本');
    await head.getByRole('button', { name: '设为当前版本' }).click();
    await toast(page, '已设为当前版本').waitFor();
    await head.getByText('当前版本', { exact: true }).waitFor();
    expect(await head.getByRole('button', { name: '设为当前版本' }).count()).toBe(0);
    expect(
      await history
        .locator('tr', { hasText: `第 ${version} 版` })
        .locator('.version-current')
        .count(),
    ).toBe(1);
    await page.screenshot({ path: join(SHOTS, shot), fullPage: true });
    await page.getByRole('link', { name: '返回单位档案' }).click();
  }

  it('shows the newer version on the office’s profile', async () => {
    await page.goto(`${app.base}/office/${officeId}/${YEAR}`, { waitUntil: 'networkidle' });
    await profileShows(2, 12);
  });

  it('makes the older version current from the report page’s version history', async () => {
    await chooseVersion(2, 1, 'versions-older-current.png');
    await profileShows(1, 5);
  });

  it('switches back to the newer version', async () => {
    await chooseVersion(1, 2, 'versions-newer-current.png');
    await profileShows(2, 12);
    await page.screenshot({ path: join(SHOTS, 'versions-profile.png'), fullPage: true });
  });

  it('logged no console errors', () => {
    expect(app.consoleErrors).toEqual([]);
  });
});
