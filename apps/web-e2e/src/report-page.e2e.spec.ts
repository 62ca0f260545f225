import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { pick, spaced, toast } from './support/antd';
import { browserSession, E2E_ENABLED, SHOTS, waitFor } from './support/built-app';
import { fixture, newOffice, postReport } from './support/uploads';

// Set here: a project's testTimeout is ignored when the root config runs every project. Ten
// minutes: the demo load before the first test takes five on a busy 2-core machine.
jest.setTimeout(600_000);

const QIJIAZI = 'corpus/changtu-qijiazi-2023.txt';
const SHANGHAI = 'corpus/sh-gov-office-2019.html';
const DONGXING = 'corpus/sample-dongxing-2025.txt';
const RECEIVED_TOTAL = 'applications.new_received.total';

/** A fixture with a line added at its end: the same report in other bytes (not a duplicate). */
const variant = (path: string, tag: string) =>
  new Uint8Array(Buffer.concat([fixture(path), Buffer.from(`\n${tag}\n`, 'utf8')]));

/** The Qijiazi report with 本年新收's 总计 changed alone, so the row no longer adds up. */
function reportWithWrongTotal(): Uint8Array<ArrayBuffer> {
  const lines = fixture(QIJIAZI).toString('utf8').split('\n');
  const label = lines.findIndex((line) => line.startsWith('一、本年新收政府信息公开申请数量'));
  const values = lines
    .map((line, at) => ({ line, at }))
    .filter(({ line, at }) => at > label && /^\s*\d+\s*$/.test(line))
    .slice(0, 7);
  lines[values[6].at] = ` ${Number(values[6].line.trim()) + 40}`;
  return new Uint8Array(Buffer.from(lines.join('\n'), 'utf8'));
}

/** An HTML original (the Shanghai page, 2019). */
const HTML_REPORT = {
  name: 'sh-readable.html',
  bytes: variant(SHANGHAI, '<!-- e2e -->'),
  type: 'text/html',
  year: 2019,
};
/** Dongxing prints 表四 with every figure 0 (Qijiazi has no 表四). */
const REPORT_WITH_APPEALS = {
  name: 'clean.txt',
  bytes: variant(DONGXING, 'clean'),
  type: 'text/plain',
  year: 2025,
};

/** Whether the element is wholly inside the page's viewport. */
async function inViewport(page: Page, element: Locator): Promise<boolean> {
  const box = await element.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) return false;
  return (
    box.y >= 0 &&
    box.x >= 0 &&
    box.y + box.height <= viewport.height &&
    box.x + box.width <= viewport.width
  );
}

interface Detail {
  cells: { key: string; value: number | null; raw: string | null; status: string }[];
}

(E2E_ENABLED ? describe : describe.skip)('报告 page and merging offices in a browser', () => {
  const app = browserSession();
  let page: Page;
  beforeAll(() => ({ page } = app));

  /**
   * Stores a report as the given year's of a new office named `office` and opens its page;
   * answers its id.
   */
  async function openStoredReport(
    office: string,
    upload: { name: string; bytes: Uint8Array<ArrayBuffer>; type: string; year: number },
  ): Promise<number> {
    const stored = await postReport(app, { ...upload, officeId: await newOffice(app, office) });
    expect(stored.status).toBe('created');
    await page.goto(`${app.base}/reports/${stored.reportId}`, { waitUntil: 'networkidle' });
    await page.locator('.report-view-head').waitFor();
    return stored.reportId ?? 0;
  }
  const valueButton = (key: string) => page.locator(`td[data-key="${key}"] button`).first();
  const popup = () => page.locator('.report-cell-popover:not(.ant-popover-hidden)');

  it('shows an HTML original as readable text with line numbers, the pointed cell’s row marked', async () => {
    const reportId = await openStoredReport('原文测试办公厅', HTML_REPORT);
    const lines = page.locator('[data-testid=source-lines]');
    await lines.locator('.source-line').first().waitFor();
    const text = await lines.innerText();
    expect(text).not.toMatch(/<\/?(td|tr|table|div|p)\b/i);
    expect(text).toContain('│');
    expect(await lines.locator('.source-line-number').first().innerText()).toMatch(/^(1|表1·1)$/);

    const detail = await app.api<Detail>(`/reports/${reportId}`);
    const cell = detail.cells.find(
      (candidate) => candidate.key === RECEIVED_TOTAL && candidate.raw,
    );
    expect(cell).toBeDefined();
    await valueButton(RECEIVED_TOTAL).hover();
    const marked = lines.locator('.source-line-marked');
    await marked.waitFor();
    expect(await marked.innerText()).toContain(String(cell?.raw).trim());
    expect(await marked.locator('.source-line-number').innerText()).toMatch(/^表\d+·\d+$/);
    await page.screenshot({ path: join(SHOTS, 'report-html-original.png') });
  });

  it('scrolls to a finding’s cell and opens its correction form inside the viewport', async () => {
    await openStoredReport('校验跳转镇', {
      ...REPORT_WITH_APPEALS,
      name: 'wrong-total.txt',
      bytes: reportWithWrongTotal(),
      year: 2023,
    });
    const findings = page.locator('.report-card', { hasText: '校验发现' });
    const finding = findings
      .locator('.finding', { hasText: '错误', has: page.locator('.finding-cells button') })
      .first();
    await finding.scrollIntoViewIfNeeded();
    const cellButton = finding.locator('.finding-cells button').first();
    // The finding is far below the tables: its cell is out of sight before the click.
    expect(await inViewport(page, page.locator(`td[data-key="${RECEIVED_TOTAL}"]`))).toBe(false);
    await cellButton.click();
    const form = popup().locator('form[aria-label="更正单元格"]');
    await form.waitFor();
    await waitFor(
      'the popup with the correction form to be inside the viewport',
      async () => ((await inViewport(page, popup())) ? true : undefined),
      10_000,
    );
    expect(await inViewport(page, form.getByRole('button', { name: '保存更正' }))).toBe(true);
    const chosen = page.locator('td.report-value-selected');
    expect(await inViewport(page, chosen)).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'report-finding-to-cell.png') });
  });

  it('names the rule a correction would break before saving, and saves it when asked', async () => {
    const reportId = await openStoredReport('更正提示街道', REPORT_WITH_APPEALS);
    const key = 'appeals.review.upheld';
    const before = (await app.api<Detail>(`/reports/${reportId}`)).cells.find(
      (cell) => cell.key === key,
    );
    await valueButton(key).click();
    const form = popup().locator('form[aria-label="更正单元格"]');
    await form.waitFor();
    expect(await form.locator('[data-testid=correction-broken-rules]').count()).toBe(0);
    await form.getByLabel('更正后的数值').fill(String((before?.value ?? 0) + 7));
    const warning = form.locator('[data-testid=correction-broken-rules]');
    await warning.waitFor();
    expect(await warning.innerText()).toContain(
      'T4-1 行政复议总计 = 维持 + 纠正 + 其他 + 尚未审结',
    );
    await form.getByLabel('更正原因').fill('浏览器测试：故意改成不平的数');
    await page.screenshot({ path: join(SHOTS, 'report-correction-rule-warning.png') });
    await form.getByRole('button', { name: '仍然保存' }).click();
    await toast(page, '更正已保存').waitFor();
    const findings = page.locator('.report-card', { hasText: '校验发现' });
    await findings.getByText('校验规则 T4-1（表四）').waitFor();
  });

  it('lists the shared years and the versions that stop being current before a merge', async () => {
    const source = await newOffice(app, '合并预览甲镇');
    const target = await newOffice(app, '合并预览乙镇');
    // 2023 for both (the target's is newer, so it stays current); 2025 only for the target.
    for (const [officeId, name, bytes, year] of [
      [source, 'merge-a-2023.txt', variant(QIJIAZI, 'merge a'), 2023],
      [target, 'merge-b-2023.txt', variant(QIJIAZI, 'merge b'), 2023],
      [target, 'merge-b-2025.txt', variant(DONGXING, 'merge b'), 2025],
    ] as const) {
      const stored = await postReport(app, { name, bytes, type: 'text/plain', officeId, year });
      expect(stored.status).toBe('created');
    }
    await page.goto(`${app.base}/regions`, { waitUntil: 'networkidle' });
    const panel = page.locator('[data-testid=office-merge]');
    await panel.waitFor();
    await pick(page, panel, '被并入的单位', '合并预览甲镇', { search: '合并预览甲镇' });
    await pick(page, panel, '保留的单位', '合并预览乙镇', { search: '合并预览乙镇' });
    await panel.getByRole('button', { name: spaced('合并') }).click();
    const confirm = page.locator('.ant-popconfirm:visible');
    const years = confirm.locator('[data-testid=merge-shared-years]');
    await years.waitFor();
    expect(await years.innerText()).toBe('2023 年');
    expect(await confirm.locator('[data-testid=merge-no-longer-current]').innerText()).toContain(
      '“合并预览甲镇” 2023 年第 1 版',
    );
    await confirm.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'regions-merge-preview.png') });
    await confirm.getByRole('button', { name: spaced('合并') }).click();
    await toast(page, '已将“合并预览甲镇”合并到“合并预览乙镇”').waitFor();
    const versions = await app.api<{ items: { isCurrent: boolean; version: number }[] }>(
      `/reports?officeId=${target}&year=2023&current=false`,
    );
    expect(versions.items.filter((report) => report.isCurrent)).toHaveLength(1);
  });

  it('logged no console errors', () => {
    expect(app.consoleErrors).toEqual([]);
  });
});
