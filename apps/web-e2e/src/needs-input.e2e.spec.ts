import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { pick } from './support/antd';
import { browserSession, E2E_ENABLED, SHOTS, waitFor } from './support/built-app';
import { file, fixture, newOffice, uploadList } from './support/uploads';

// Set here: a project's testTimeout is ignored when the root config runs every project.
jest.setTimeout(300_000);

/** A page of a report without its office's name (the narrative was cut off): 待补充. */
const NO_OFFICE = fixture('corpus/wendeng-flipbook-audit-2020-p9.txt');
const OFFICE = '补充测试街道办事处';
const YEAR = 2020;

(E2E_ENABLED ? describe : describe.skip)(
  '数据: a report waiting for its office, resolved in a browser',
  () => {
    const app = browserSession();
    let page: Page;
    let officeId = 0;
    let reportUrl = '';
    beforeAll(async () => {
      page = app.page;
      officeId = await newOffice(app, OFFICE);
    });

    const { row, resultOf, uploaded } = uploadList(app);
    const queue = () => page.locator('[data-testid=review-queue]');
    const queueRow = (fileName: string) => queue().locator('tr', { hasText: fileName });
    /**
     * The 数据 page of YEAR (the queue follows the year filter) with the review queue showing the
     * reports that wait for an office or year.
     */
    async function waitingQueue() {
      await page.goto(`${app.base}/data?yearFrom=${YEAR}&yearTo=${YEAR}`, {
        waitUntil: 'networkidle',
      });
      await queue().locator('.ant-segmented-item', { hasText: '待补充单位或年度' }).click();
      await queue()
        .locator('.ant-segmented-item-selected', { hasText: '待补充单位或年度' })
        .waitFor();
    }
    /** The office's coverage cell of YEAR on the 数据 page: missing, ok or failing. */
    async function coverage(): Promise<string | null> {
      await page.goto(`${app.base}/data?yearFrom=${YEAR}&yearTo=${YEAR}&officeIds=${officeId}`, {
        waitUntil: 'networkidle',
      });
      const cell = page
        .locator('[data-testid=coverage-matrix] tr', { hasText: OFFICE })
        .locator('[data-state]');
      await cell.waitFor();
      return cell.getAttribute('data-state');
    }

    it('has no report of the office for the year at first', async () => {
      expect(await coverage()).toBe('missing');
    });

    it('uploads two reports without an office: both wait in the review queue', async () => {
      await page.goto(`${app.base}/data`, { waitUntil: 'networkidle' });
      await uploaded([
        file('audit-page.txt', NO_OFFICE, 'text/plain'),
        // Other bytes (a trailing line), so it is not a duplicate of the first.
        file(
          'audit-page-copy.txt',
          Buffer.concat([NO_OFFICE, Buffer.from('\n（副本）\n')]),
          'text/plain',
        ),
      ]);
      expect(await resultOf('audit-page.txt')).toBe('needs_input');
      expect(await resultOf('audit-page-copy.txt')).toBe('needs_input');
      expect(await row('audit-page.txt').innerText()).toMatch(/待补充[\s\S]*没有写明单位/);

      await waitingQueue();
      await queueRow('audit-page-copy.txt').waitFor();
      const link = queueRow('audit-page.txt').getByRole('link', { name: '复核' });
      await link.waitFor();
      // The link carries the queue's filters; the report's own path is what the page is.
      reportUrl = ((await link.getAttribute('href')) ?? '').split('?')[0] ?? '';
      expect(reportUrl).toMatch(/^\/reports\/\d+$/);
    });

    it('supplies the office and year in the report page’s form: the report counts', async () => {
      await queueRow('audit-page.txt').getByRole('link', { name: '复核' }).click();
      await page.waitForURL(new RegExp(`${reportUrl}(\\?|$)`));
      const form = page.getByRole('form', { name: '补充单位和年度' });
      await form.waitFor();
      expect(await page.locator('.report-view-head').innerText()).toContain('待补充');
      await form.getByText('选择已有单位').click();
      await pick(page, form, '选择单位', OFFICE, { search: '补充测试' });
      await form.getByLabel('年度').fill(String(YEAR));
      await form.getByRole('button', { name: '保存单位和年度' }).click();

      const head = page.locator('.report-view-head');
      await head.getByText(`${OFFICE} ${YEAR}年报告`).waitFor();
      expect(await head.innerText()).toMatch(/已识别[\s\S]*第 1 版[\s\S]*当前版本/);
      expect(await form.count()).toBe(0);
      await page.screenshot({ path: join(SHOTS, 'needs-input-resolved.png'), fullPage: true });
    });

    it('leaves the review queue; the other one still waits', async () => {
      await waitingQueue();
      await queueRow('audit-page-copy.txt').waitFor();
      await waitFor(
        'the resolved report to leave the queue',
        async () => ((await queueRow('audit-page.txt').count()) === 0 ? true : undefined),
        30_000,
      );
    });

    it('now fills the office’s year in the coverage matrix', async () => {
      expect(['ok', 'failing']).toContain(await coverage());
      await page.screenshot({ path: join(SHOTS, 'needs-input-coverage.png'), fullPage: true });
    });

    it('logged no console errors', () => {
      expect(app.consoleErrors).toEqual([]);
    });
  },
);
