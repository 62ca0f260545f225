import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { closeExtractors, imageOnlyPdf, scanPageImages } from '@ogi/report-extract';
import { spaced, toast } from './support/antd';
import { browserSession, E2E_ENABLED, SHOTS, waitFor } from './support/built-app';
import { file, fixture, uploadList } from './support/uploads';

// Set here: a project's testTimeout is ignored when the root config runs every project.
jest.setTimeout(600_000);

/** OCR of three pages with the real engine on a busy 2-core machine: minutes, not seconds. */
const OCR_WAIT_MS = 480_000;

(E2E_ENABLED ? describe : describe.skip)('数据: a scanned report read by OCR in a browser', () => {
  const app = browserSession();
  let page: Page;
  let scan: Buffer;
  beforeAll(async () => {
    page = app.page;
    // The office fixture scanned: its pages rendered at 200 dpi, greyscale JPEGs in an
    // image-only PDF (no text layer), as a scanner writes it.
    const pages = await scanPageImages(fixture('office/full-2021.pdf'), 'full-2021.pdf');
    const photos = await Promise.all(
      pages.map((image) => sharp(image).greyscale().jpeg({ quality: 85 }).toBuffer()),
    );
    scan = await imageOnlyPdf(photos);
    await closeExtractors();
  });
  afterAll(() => closeExtractors());

  const { row, resultOf, uploaded } = uploadList(app);

  it('answers the upload 识别中 with the pages read, until the job has stored the report', async () => {
    await page.goto(`${app.base}/data`, { waitUntil: 'networkidle' });
    await uploaded([file('扫描件-2021.pdf', scan, 'application/pdf')]);
    expect(await resultOf('扫描件-2021.pdf')).toBe('processing');
    expect(await row('扫描件-2021.pdf').innerText()).toMatch(/识别中[\s\S]*(等待 OCR 识别|已识别)/);
    await page.screenshot({ path: join(SHOTS, 'scan-upload-processing.png'), fullPage: true });
    await waitFor(
      'the OCR job to store the report',
      async () => {
        const result = await resultOf('扫描件-2021.pdf');
        return result && result !== 'processing' ? result : undefined;
      },
      OCR_WAIT_MS,
    );
    expect(['created', 'new_version', 'needs_input']).toContain(await resultOf('扫描件-2021.pdf'));
    await page.screenshot({ path: join(SHOTS, 'scan-upload-stored.png'), fullPage: true });
  });

  it('opens the report read from the scan, with its tables', async () => {
    await row('扫描件-2021.pdf').getByRole('link').click();
    await page.waitForURL(/\/reports\/\d+/);
    await page.locator('.report-view-tables').waitFor();
    expect(await page.locator('[data-testid=ocr-progress]').count()).toBe(0);
    expect(await page.locator('.report-view-head').innerText()).not.toContain('识别中');
    await page.screenshot({ path: join(SHOTS, 'scan-report.png'), fullPage: true });
  });

  it('confirms a cell awaiting review beside the page image: its box is outlined, its mark goes', async () => {
    const status = page.locator('[data-testid=review-status]');
    const awaiting = async () =>
      Number(/(\d+) 个单元格待人工核对/.exec(await status.innerText())?.[1]);
    const before = await awaiting();
    expect(before).toBeGreaterThan(0);
    const image = page.getByRole('img', { name: '原文第 1 页' });
    await image.waitFor();
    const flagged = page.locator('td.report-value-review').first();
    const key = await flagged.getAttribute('data-key');
    await flagged.locator('button').first().click();
    const popup = page.locator('.report-cell-popover:not(.ant-popover-hidden)');
    await popup.waitFor();
    await page.locator('[data-testid=scan-mark]').waitFor();
    expect(await page.locator('.source-view-where').innerText()).toMatch(/识别置信度 \d+%/);
    await page.screenshot({ path: join(SHOTS, 'scan-upload-flagged-cell.png') });
    await popup.getByRole('button', { name: spaced('确认') }).click();
    await toast(page, '已确认').waitFor();
    await waitFor(
      'the count of cells awaiting review to drop',
      async () =>
        before === 1
          ? (await status.count()) === 0 || undefined
          : (await awaiting()) === before - 1 || undefined,
      15_000,
    );
    expect(await page.locator(`td[data-key="${key}"].report-value-review`).count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'scan-upload-confirmed-cell.png') });
  });

  it('logged no console errors', () => {
    expect(app.consoleErrors).toEqual([]);
  });
});
