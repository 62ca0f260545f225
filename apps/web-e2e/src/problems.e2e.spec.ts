import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { choose } from './support/antd';
import { browserSession, E2E_ENABLED, SHOTS, waitFor } from './support/built-app';

// Set here: a project's testTimeout is ignored when the root config runs every project.
jest.setTimeout(240_000);

const count = (text: string) => Number(/([\d,]+)/.exec(text)?.[1]?.replace(/,/g, '') ?? NaN);

(E2E_ENABLED ? describe : describe.skip)(
  'one meaning of "problem" in a browser (demo data)',
  () => {
    const session = browserSession();
    let page: Page;
    let clicks = 0;
    beforeAll(() => ({ page } = session));

    const queueTotal = async () =>
      count(
        await page
          .locator('[data-testid=review-queue] .ant-pagination-total-text')
          .innerText({ timeout: 30_000 }),
      );
    const queueRows = () => page.locator('[data-testid=review-queue] tbody tr[data-report]');

    it('goes from the count on 总览 of reports with errors to a failing cell in at most 3 clicks, counted alike on each page', async () => {
      await page.goto(`${session.base}/`, { waitUntil: 'networkidle' });
      const link = page.locator('[data-testid=overview-failing-link]');
      await link.waitFor({ timeout: 60_000 });
      const onOverview = count(await link.innerText());
      expect(onOverview).toBeGreaterThan(0);
      expect(await link.getAttribute('href')).toMatch(
        /^\/data\?yearFrom=\d{4}&yearTo=\d{4}.*problem=failing#review-queue$/,
      );

      await link.click();
      clicks += 1;
      await page.waitForURL(/\/data\?.*problem=failing/);
      await waitFor(
        'the review queue of reports with errors',
        async () => ((await queueTotal()) === onOverview ? true : undefined),
        30_000,
      );
      // The coverage grid's `!` total is the same number.
      const coverageFailing = page.locator('[data-testid=coverage-failing-link]');
      await waitFor(
        'the coverage grid to count the same reports',
        async () => (count(await coverageFailing.innerText()) === onOverview ? true : undefined),
        30_000,
      );

      const ruleRow = queueRows().filter({ hasText: '校验不通过' }).first();
      await ruleRow.waitFor();
      await page.screenshot({ path: join(SHOTS, 'problems-queue-failing.png'), fullPage: false });
      await ruleRow.getByRole('link', { name: '复核' }).click();
      clicks += 1;
      await page.waitForURL(/\/reports\/\d+/);
      const failingCell = page.locator('.report-value-failing').first();
      await failingCell.waitFor({ timeout: 30_000 });
      await failingCell.scrollIntoViewIfNeeded();
      expect(clicks).toBeLessThanOrEqual(3);
      await page.screenshot({ path: join(SHOTS, 'problems-failing-cell.png'), fullPage: false });
    });

    it('opens the report behind a coverage `!`', async () => {
      await page.goto(`${session.base}/data?yearFrom=2019&yearTo=2025&only=failing`, {
        waitUntil: 'networkidle',
      });
      const grid = page.locator('[data-testid=coverage-matrix]');
      const mark = grid.locator('a.coverage-failing').first();
      await mark.waitFor({ timeout: 30_000 });
      // Only offices with an error are listed: each row has a `!`.
      const rows = grid.locator('tbody tr.ant-table-row');
      const listed = await rows.count();
      expect(listed).toBeGreaterThan(0);
      for (let i = 0; i < listed; i++) {
        expect(await rows.nth(i).locator('.coverage-failing').count()).toBeGreaterThan(0);
      }
      const office = await mark.locator('xpath=ancestor::tr').locator('td').first().innerText();
      const href = await mark.getAttribute('href');
      expect(href).toMatch(/^\/reports\/\d+\?/);
      await mark.scrollIntoViewIfNeeded();
      await page.screenshot({
        path: join(SHOTS, 'problems-coverage-failing.png'),
        fullPage: false,
      });
      await mark.click();
      await page.waitForURL(/\/reports\/\d+/);
      const id = Number(/\/reports\/(\d+)/.exec(page.url())?.[1]);
      const report = await session.api<{ office: { name: string }; year: number }>(
        `/reports/${id}`,
      );
      expect(report.office.name).toBe(office.trim());
      await page.locator('.report-value-failing').first().waitFor({ timeout: 30_000 });
      await page.screenshot({ path: join(SHOTS, 'problems-coverage-report.png'), fullPage: false });
    });

    it('lists in the review queue only the years of the year filter', async () => {
      await page.goto(`${session.base}/data?yearFrom=2019&yearTo=2025`, {
        waitUntil: 'networkidle',
      });
      await queueRows().first().waitFor({ timeout: 30_000 });
      const everyYear = await queueTotal();

      await choose(page, page.locator('#filter-year-from'), '2024');
      await choose(page, page.locator('#filter-year-to'), '2024');
      await page.waitForURL(/yearFrom=2024&yearTo=2024/);
      await waitFor(
        'the queue to follow the years',
        async () => ((await queueTotal()) < everyYear ? true : undefined),
        30_000,
      );
      expect(
        await page.locator('[data-testid=review-queue] .ant-card-head-title').innerText(),
      ).toBe('待复核（2024年）');
      // Rows of 2024 only (or of no known year yet, which wait for a person in any range).
      const years = await waitFor(
        'rows of 2024 only',
        async () => {
          const shown = (await queueRows().locator('td:nth-child(2)').allInnerTexts()).map((y) =>
            y.trim(),
          );
          return shown.length > 0 && shown.every((y) => y === '2024' || y === '—')
            ? shown
            : undefined;
        },
        30_000,
      );
      expect(years).toContain('2024');

      // Sorted by office name, then searched by one office's name.
      await page.locator('[data-testid=review-queue] th', { hasText: '单位' }).click();
      await page.waitForURL(/sort=office&order=asc/);
      const first = (await queueRows().first().locator('td').first().innerText()).trim();
      await page.getByLabel('按单位或文件名搜索').fill(first);
      await page.getByLabel('按单位或文件名搜索').press('Enter');
      await page.waitForURL(/q=/);
      await waitFor(
        'the search to narrow the queue',
        async () => {
          const offices = await queueRows().locator('td:first-child').allInnerTexts();
          return offices.length > 0 && offices.every((name) => name.includes(first))
            ? true
            : undefined;
        },
        30_000,
      );
      await page.screenshot({ path: join(SHOTS, 'problems-queue-2024.png'), fullPage: false });
    });
  },
);
