import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { spaced, toast } from './support/antd';
import { browserSession, E2E_ENABLED, SHOTS, waitFor } from './support/built-app';
import { seedScannedReport, type SeededCell } from './support/scans';
import { fixture, newOffice, postReport } from './support/uploads';

// Set here: a project's testTimeout is ignored when the root config runs every project.
jest.setTimeout(600_000);

const QIJIAZI = 'corpus/changtu-qijiazi-2023.txt'; // 昌图县七家子镇 2023, 2021 format
const ROW = 'applications.new_received';
const CELLS: SeededCell[] = [
  { key: `${ROW}.total`, box: [120, 700, 140, 712], confidence: 0.99 },
  { key: `${ROW}.natural_person`, box: [160, 700, 172, 712], confidence: 0.42 },
  { key: `${ROW}.commercial_enterprise`, box: [200, 700, 212, 712], confidence: 0.61 },
  { key: `${ROW}.research_institution`, box: [240, 700, 252, 712], confidence: 0.7 },
];
const DOUBTFUL = CELLS.slice(1).map((cell) => cell.key);

interface Detail {
  findings: { code: string; keys: string[] }[];
  corrections: { key: string; oldValue: number | null; newValue: number | null; user: string }[];
  values: Record<string, number | null>;
}

/** Whether `inner` lies wholly inside `outer` on screen. */
async function within(inner: Locator, outer: Locator): Promise<boolean> {
  const [a, b] = [await inner.boundingBox(), await outer.boundingBox()];
  if (!a || !b) return false;
  return (
    a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height
  );
}

(E2E_ENABLED ? describe : describe.skip)('reviewing a scanned report beside its page image', () => {
  const app = browserSession();
  let page: Page;
  let reportId: number;
  beforeAll(async () => {
    ({ page } = app);
    const officeId = await newOffice(app, '扫描核对镇');
    const bytes = Buffer.concat([fixture(QIJIAZI), Buffer.from('\nscan review\n', 'utf8')]);
    const stored = await postReport(app, {
      name: 'scan-review.txt',
      bytes: new Uint8Array(bytes),
      type: 'text/plain',
      officeId,
      year: 2023,
    });
    reportId = stored.reportId ?? 0;
    await seedScannedReport(app.databasePath, reportId, CELLS, DOUBTFUL);
  });

  const valueButton = (key: string) => page.locator(`td[data-key="${key}"] button`).first();
  const popup = () => page.locator('.report-cell-popover:not(.ant-popover-hidden)');
  const status = () => page.locator('[data-testid=review-status]');

  it('shows the page image beside the tables with the cells awaiting review marked and counted', async () => {
    await page.goto(`${app.base}/reports/${reportId}`, { waitUntil: 'networkidle' });
    const image = page.getByRole('img', { name: '原文第 1 页' });
    await image.waitFor();
    await waitFor(
      'the page image to load',
      async () =>
        (await image.evaluate((img: HTMLImageElement) => img.naturalWidth)) > 0 ? true : undefined,
      20_000,
    );
    expect(await status().innerText()).toBe('3 个单元格待人工核对');
    const marked = page.locator('td.report-value-review');
    expect(await marked.count()).toBe(3);
    expect(await marked.first().getAttribute('title')).toContain('待人工核对');
    expect(await valueButton(DOUBTFUL[0]).getAttribute('aria-label')).toContain('待人工核对');
    await page.screenshot({ path: join(SHOTS, 'scan-review-beside-image.png') });
  });

  it('outlines a clicked number’s box on the zoomed image and scrolls it into view', async () => {
    await page.getByRole('button', { name: '放大' }).click();
    await page.getByRole('button', { name: '放大' }).click();
    await page.getByText('200%').waitFor();
    const scroller = page.locator('[data-testid=scan-view-scroll]');
    await valueButton(DOUBTFUL[0]).click();
    await popup().waitFor();
    const mark = page.locator('[data-testid=scan-mark]');
    await mark.waitFor();
    await waitFor(
      'the outlined box to be scrolled into the image panel',
      async () => ((await within(mark, scroller)) ? true : undefined),
      10_000,
    );
    // The outline sits where the cell's box is: 12 × 12 points at 200 % of a fitted A4 width.
    const box = await mark.boundingBox();
    const panel = await scroller.boundingBox();
    expect(box && panel && box.width / (panel.width * 2)).toBeCloseTo(12 / 595, 2);
    expect(await page.locator('.source-view-where').innerText()).toContain('识别置信度 42%');
    await page.screenshot({ path: join(SHOTS, 'scan-review-outlined-box.png') });
  });

  it('confirms the flagged cell as read: its mark goes and the audit trail names who', async () => {
    await popup().getByRole('button', { name: spaced('确认') }).click();
    await toast(page, '已确认').waitFor();
    await waitFor(
      'the count to drop',
      async () => ((await status().innerText()) === '2 个单元格待人工核对' ? true : undefined),
      10_000,
    );
    expect(await page.locator(`td[data-key="${DOUBTFUL[0]}"].report-value-review`).count()).toBe(0);
    const detail = await app.api<Detail>(`/reports/${reportId}`);
    expect(detail.corrections).toEqual([
      expect.objectContaining({
        key: DOUBTFUL[0],
        oldValue: detail.values[DOUBTFUL[0]],
        newValue: detail.values[DOUBTFUL[0]],
        user: 'demo',
      }),
    ]);
    await page.screenshot({ path: join(SHOTS, 'scan-review-confirmed-cell.png') });
  });

  it('confirms all remaining cells after a dialog', async () => {
    await page.getByRole('button', { name: '全部确认' }).click();
    const confirm = page.locator('.ant-popconfirm:visible');
    await confirm.getByText('确认其余 2 个单元格？').waitFor();
    await page.screenshot({ path: join(SHOTS, 'scan-review-confirm-all.png') });
    await confirm.getByRole('button', { name: '全部确认' }).click();
    await toast(page, '已确认 2 个单元格').waitFor();
    await status().waitFor({ state: 'detached' });
    expect(await page.locator('td.report-value-review').count()).toBe(0);
    const detail = await app.api<Detail>(`/reports/${reportId}`);
    expect(detail.findings.filter((finding) => finding.code === 'needs_review')).toEqual([]);
    expect(detail.corrections.map((row) => row.key).sort()).toEqual([...DOUBTFUL].sort());
  });

  it('logged no console errors', () => {
    expect(app.consoleErrors).toEqual([]);
  });
});
