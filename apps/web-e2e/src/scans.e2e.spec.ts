import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { closeExtractors, scanPageImages } from '@ogi/report-extract';
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
    // The office fixture photographed: its pages rendered at 200 dpi, saved as greyscale JPEGs.
    const pages = await scanPageImages(fixture('office/full-2021.pdf'), 'full-2021.pdf');
    const photos = await Promise.all(
      pages.map((image) => sharp(image).greyscale().jpeg({ quality: 85 }).toBuffer()),
    );
    scan = Buffer.from(
      zipSync(Object.fromEntries(photos.map((photo, i) => [`page-${i + 1}.jpg`, photo]))),
    );
    await closeExtractors();
  });
  afterAll(() => closeExtractors());

  const { row, resultOf, uploaded } = uploadList(app);

  it('answers the upload 识别中 with the pages read, until the job has stored the report', async () => {
    await page.goto(`${app.base}/data`, { waitUntil: 'networkidle' });
    await uploaded([file('扫描件-2021.zip', scan, 'application/zip')]);
    expect(await resultOf('扫描件-2021.zip')).toBe('processing');
    expect(await row('扫描件-2021.zip').innerText()).toMatch(/识别中[\s\S]*(等待 OCR 识别|已识别)/);
    await page.screenshot({ path: join(SHOTS, 'scan-upload-processing.png'), fullPage: true });
    await waitFor(
      'the OCR job to store the report',
      async () => {
        const result = await resultOf('扫描件-2021.zip');
        return result && result !== 'processing' ? result : undefined;
      },
      OCR_WAIT_MS,
    );
    expect(['created', 'new_version', 'needs_input']).toContain(await resultOf('扫描件-2021.zip'));
    await page.screenshot({ path: join(SHOTS, 'scan-upload-stored.png'), fullPage: true });
  });

  it('opens the report read from the scan, with its tables', async () => {
    await row('扫描件-2021.zip').getByRole('link').click();
    await page.waitForURL(/\/reports\/\d+/);
    await page.locator('.report-view-tables').waitFor();
    expect(await page.locator('[data-testid=ocr-progress]').count()).toBe(0);
    expect(await page.locator('.report-view-head').innerText()).not.toContain('识别中');
    await page.screenshot({ path: join(SHOTS, 'scan-report.png'), fullPage: true });
  });

  it('logged no console errors', () => {
    expect(app.consoleErrors).toEqual([]);
  });
});
