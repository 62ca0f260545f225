import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readReport } from './read-report';
import { CELL_SEPARATOR, readableOriginal } from './readable-lines';

const page = new Uint8Array(
  readFileSync(path.join(__dirname, '../fixtures/html/web-page-layout-table.html')),
);

describe('readableOriginal', () => {
  it('shows an HTML page as its text: paragraphs and table rows, never markup or scripts', async () => {
    const lines = await readableOriginal(page, 'page.html');
    const text = lines.map((line) => line.text).join('\n');
    expect(text).toContain('示例街道办事处2023年政府信息公开工作年度报告');
    expect(text).not.toMatch(/<\/?(td|tr|table|p|div|script)\b/i);
    expect(text).not.toMatch(/不是正文|请启用脚本/);
    expect(lines.some((line) => line.text.includes(CELL_SEPARATOR))).toBe(true);
  });

  it('gives each line the location the parser gives the cells read from it', async () => {
    const lines = await readableOriginal(page, 'page.html');
    const outcome = await readReport(page, 'page.html');
    const cells = outcome.report?.cells ?? [];
    const located = cells.filter((cell) => cell.location?.table !== undefined);
    expect(located.length).toBeGreaterThan(0);
    for (const cell of located) {
      const line = lines.find(
        (candidate) =>
          candidate.location.table === cell.location?.table &&
          candidate.location.row === cell.location?.row,
      );
      expect(line?.text).toContain(String(cell.raw ?? '').trim());
    }
  });
});
