import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { choose } from './support/antd';
import { browserSession, E2E_ENABLED, SHOTS, waitFor } from './support/built-app';
import { fixture, postReport } from './support/uploads';

jest.setTimeout(240_000);

interface Cell {
  key: string;
  value: number | null;
  status: string;
  raw: string | null;
  location: { line?: number } | null;
}
interface Detail {
  id: number;
  office: { id: number; name: string } | null;
  year: number;
  sourceFile: { fileName: string; mediaType: string };
  cells: Cell[];
  corrections: unknown[];
}

const KEY = 'applications.new_received.total';
const ADDED = 100;

(E2E_ENABLED ? describe : describe.skip)('单位 profile and report view in a browser', () => {
  const app = browserSession();
  let page: Page;
  let report: Detail;
  let cell: Cell;
  let kpiBefore = 0;

  const kpi = async () =>
    Number(
      (await page.locator('[data-testid=kpi-applications_new] .kpi-value').innerText()).replace(
        /,/g,
        '',
      ),
    );

  beforeAll(async () => {
    page = app.page;
    const get = app.api;
    // The latest year's report of an office whose original is a text file (line numbers to show).
    const all = await get<{ items: { year: number | null }[] }>('/reports?pageSize=500');
    const latest = Math.max(...all.items.map((item) => item.year ?? 0));
    const list = await get<{ items: { id: number; status: string; office: unknown }[] }>(
      `/reports?year=${latest}&status=ok&pageSize=200`,
    );
    for (const item of list.items) {
      const detail = await get<Detail>(`/reports/${item.id}`);
      const found = detail.cells.find((c) => c.key === KEY);
      if (
        detail.office &&
        detail.sourceFile.mediaType === 'text/plain' &&
        found?.status === 'number' &&
        found.location?.line !== undefined
      ) {
        report = detail;
        cell = found;
        break;
      }
    }
    if (!report) throw new Error(`no ${latest} demo report from a text file`);
  });

  it('shows the 总览 figure before any correction', async () => {
    await page.goto(`${app.base}/`, { waitUntil: 'networkidle' });
    await page.locator('[data-testid=kpi-applications_new]').waitFor();
    kpiBefore = await kpi();
    expect(kpiBefore).toBeGreaterThanOrEqual(cell.value ?? 0);
  });

  it('opens the office from the 单位 menu with the office search and shows its years', async () => {
    await page
      .getByRole('navigation', { name: '页面导航' })
      .getByRole('link', { name: '单位' })
      .click();
    await page.waitForURL(/\/office(\?|$)/);
    const office = report.office?.name ?? '';
    await choose(page, page.locator('#office-picker'), office, { search: office });
    await page.waitForURL(new RegExp(`/office/${report.office?.id}`));
    await page.locator('.year-strip').waitFor();
    expect(await page.locator('.year-strip button[aria-pressed=true]').innerText()).toContain(
      String(report.year),
    );
    await page.locator('figure.report-table-applications').waitFor();
    expect(await page.locator('figure.report-table').count()).toBe(3);
  });

  it('opens a number’s provenance: file, line and the text as printed', async () => {
    await page.locator(`td[data-key="${KEY}"] button`).first().click();
    const box = page.locator('[data-testid=cell-provenance]');
    await box.waitFor();
    const text = await box.innerText();
    expect(text).toContain(report.sourceFile.fileName);
    expect(text).toContain(`第 ${cell.location?.line} 行`);
    expect(text).toContain(cell.raw ?? '');
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, 'office-profile.png'), fullPage: true });
    await page.keyboard.press('Escape');
  });

  it('opens the report beside its original and marks the line of the cell under the pointer', async () => {
    await page.getByRole('link', { name: '打开报告与原文' }).click();
    await page.waitForURL(new RegExp(`/reports/${report.id}`));
    await page.locator('[data-testid=source-lines]').waitFor();
    await page.locator(`td[data-key="${KEY}"] button`).hover();
    const marked = page.locator('.source-line-marked');
    await marked.waitFor();
    expect(await marked.locator('.source-line-number').innerText()).toBe(
      String(cell.location?.line),
    );
    expect(await marked.locator('.source-line-text').innerText()).toContain(cell.raw ?? '');
  });

  it('corrects a cell with a reason and shows the audit entry', async () => {
    const corrected = (cell.value ?? 0) + ADDED;
    await page.locator(`td[data-key="${KEY}"] button`).click();
    const form = page.getByRole('form', { name: '更正单元格' });
    await form.waitFor();
    await form.getByRole('button', { name: '保存更正' }).click();
    expect(await form.innerText()).toContain('请写明更正原因');
    await form.getByLabel('更正后的数值').fill(String(corrected));
    await form.getByLabel('更正原因').fill('浏览器测试：核对原文后更正');
    // A total raised alone no longer adds up: the form names the rule before saving.
    const broken = form.getByTestId('correction-broken-rules');
    await broken.waitFor();
    expect(await broken.innerText()).toMatch(/T3-\d/);
    await form.getByRole('button', { name: '仍然保存' }).click();
    const trail = page.locator('[data-testid=audit-trail]');
    await waitFor(
      'the audit entry',
      async () => ((await trail.innerText()).includes('浏览器测试') ? true : undefined),
      20_000,
    );
    const entry = await trail.locator('tbody tr').first().innerText();
    // Recorded under the account that made it: the demo account the app logged in as.
    expect(entry).toContain('demo');
    expect(entry).toContain(String(cell.value));
    expect(entry).toContain(String(corrected));
    expect(await page.locator(`td[data-key="${KEY}"]`).getAttribute('class')).toContain(
      'report-value-corrected',
    );
    expect(await page.locator(`td[data-key="${KEY}"] button`).innerText()).toBe(String(corrected));
    await page.screenshot({ path: join(SHOTS, 'report-view.png'), fullPage: true });
  });

  it('shows the corrected figure on 总览 without reloading', async () => {
    await page
      .getByRole('navigation', { name: '页面导航' })
      .getByRole('link', { name: '总览' })
      .click();
    await page.locator('[data-testid=kpi-applications_new]').waitFor();
    await waitFor(
      'the KPI to include the correction',
      async () => ((await kpi()) === kpiBefore + ADDED ? true : undefined),
      20_000,
    );
    expect(await kpi()).toBe(kpiBefore + ADDED);
  });

  it('shows a PDF original as a rendered page with the cell under the pointer boxed', async () => {
    const upload = await postReport(app, {
      name: 'full-2021.pdf',
      bytes: fixture('office/full-2021.pdf'),
      type: 'application/pdf',
      officeId: report.office?.id ?? 0,
      year: 2018,
    });
    const pdfId = upload.reportId;
    expect(upload.status).toBe('created');
    const detail = await app.api<Detail>(`/reports/${pdfId}`);
    const onPage = detail.cells.find(
      (c) => c.key.startsWith('applications.') && (c.location as { page?: number })?.page,
    );
    expect(onPage).toBeDefined();

    await page.goto(`${app.base}/reports/${pdfId}`, { waitUntil: 'networkidle' });
    const canvas = page.locator('.pdf-page canvas');
    await canvas.waitFor();
    await page.locator(`td[data-key="${onPage?.key}"] button`).hover();
    await page.locator('[data-testid=pdf-mark]').waitFor();
    expect(await page.locator('.source-view-where').innerText()).toContain(
      `第 ${(onPage?.location as { page: number }).page} 页`,
    );
    // The page is drawn (pdf.js draws after the mark is placed): the canvas is not blank.
    const inked = () =>
      canvas.evaluate((element: HTMLCanvasElement) => {
        const data = element
          .getContext('2d')
          ?.getImageData(0, 0, element.width, element.height).data;
        let dark = 0;
        for (let i = 0; data && i < data.length; i += 4) if (data[i] < 128) dark++;
        return dark;
      });
    await waitFor('the page drawn', async () => ((await inked()) > 100 ? true : undefined), 30_000);
    await page.screenshot({ path: join(SHOTS, 'report-view-pdf.png'), fullPage: true });
  });

  it('logged no console errors', () => {
    expect(app.consoleErrors).toEqual([]);
  });
});
