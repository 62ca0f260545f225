import { layoutPdf } from '@ogi/report-extract';
import type { TableBlock, TextBlock } from '@ogi/report-parser';
import { drawScannedPage, type DrawnRow } from '../test-utils/draw-page';
import { OcrEngine } from './ocr-engine';
import type { OcrPage } from './ocr-page';

const TITLE = '示例市东兴区市场监督管理局2021年政府信息公开工作年度报告';
const PERIOD = '统计期限：2021年1月1日至2021年12月31日';
const ROWS: DrawnRow[] = [
  ['信息内容', '本年制发', '本年废止', '现行有效'],
  ['规章', '0', '10', '1,234'],
  ['规范性文件', '12', '-2', '86'],
  ['行政许可', '856', '-', '0'],
  ['行政事业性收费', '12.35', '/', '2417'],
];

let engine: OcrEngine;
let page: OcrPage;

beforeAll(async () => {
  engine = await OcrEngine.load();
  const scan = await drawScannedPage({
    title: TITLE,
    period: PERIOD,
    rows: ROWS,
    turnDegrees: 0.8,
    speckle: 0.001,
    jpegQuality: 60,
  });
  page = await engine.recognisePage(scan, 1);
}, 120_000);

afterAll(() => engine.close());

describe('reading a turned, speckled, JPEG-compressed page with a ruled table', () => {
  it('finds and corrects the turn', () => {
    expect(Math.abs(page.skewDegrees - 0.8)).toBeLessThan(0.15);
  });

  it('reads the title line and the statistics period', () => {
    const lines = layoutPdf([page.pdfPage], [])
      .filter((b): b is TextBlock => b.type === 'text')
      .map((b) => b.text.replace(/\s/g, ''));
    expect(lines).toContain(TITLE);
    expect(lines).toContain(PERIOD);
  });

  it('gives the PDF layout a table whose cells are the printed ones', () => {
    const table = layoutPdf([page.pdfPage], []).find((b): b is TableBlock => b.type === 'table');
    const cells = table?.rows.map((row) => row.filter((s) => s.origin).map((s) => s.cell.text));
    expect(cells).toEqual(ROWS);
  });

  it('gives one word per text run, on the page it was told, with the run inside its box', () => {
    expect(page.words).toHaveLength(page.pdfPage.items.length);
    page.words.forEach((word, i) => {
      const [text, x, baseline] = page.pdfPage.items[i];
      expect(word.text).toBe(text);
      expect(word.page).toBe(1);
      expect(word.confidence).toBeGreaterThanOrEqual(0);
      expect(word.confidence).toBeLessThanOrEqual(1);
      expect(x).toBeCloseTo(word.box[0], 1);
      expect(baseline).toBeCloseTo(word.box[3], 1);
    });
  });

  it('shows the deskewed page as a JPEG whose pixels map onto the points', () => {
    expect([...page.image.bytes.slice(0, 2)]).toEqual([0xff, 0xd8]);
    // Drawn at 200 dpi: 200/72 pixels per point.
    expect(page.image.width / page.pdfPage.width).toBeCloseTo(200 / 72, 2);
    expect(page.image.height / page.pdfPage.height).toBeCloseTo(200 / 72, 2);
  });
});
