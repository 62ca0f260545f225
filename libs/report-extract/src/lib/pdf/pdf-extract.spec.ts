import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TableBlock, TextBlock } from '@ogi/report-parser';
import { closeExtractors, extractDocument } from '../../index';
import { makePdf, showText } from '../../test-utils/make-pdf';
import { extractPdfPages } from './pdf-pool';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.join(__dirname, '../../fixtures/pdf', name)));

afterAll(() => closeExtractors());

describe('PDF with a text layer', () => {
  it('reads fonts in text-only mode (the installed pdf.js still has the font compile calls it skips)', async () => {
    const office = path.join(__dirname, '../../fixtures/office/full-2021.pdf');
    const result = await extractPdfPages(new Uint8Array(readFileSync(office)), 'x.pdf', 50, 10_000);
    expect(result.textOnlyFonts).toBe(true);
    const firstPage = result.pages[0].items.map((item) => item[0]).join('');
    expect(firstPage).toContain('政府信息公开工作年度报告');
  });

  it('rebuilds a ruled table per page, drops page numbers, running header and the repeated header row', async () => {
    const doc = await extractDocument(fixture('report-2-pages.pdf'), 'report.pdf');
    expect(doc.kind).toBe('pdf');
    expect(doc.pageCount).toBe(2);
    const lines = doc.blocks.filter((b): b is TextBlock => b.type === 'text');
    const tables = doc.blocks.filter((b): b is TableBlock => b.type === 'table');
    const text = lines.map((b) => b.text);
    expect(text[0]).toBe('示例街道办事处2023年政府信息公开工作年度报告');
    expect(text).not.toContain('示例街道办事处政府信息公开工作年度报告');
    expect(text.some((t) => /^-\s*\d\s*-$/.test(t))).toBe(false);
    // Reading order: the heading, the table, the sentence after it on page 2.
    const kinds = doc.blocks.map((b) =>
      b.type === 'table' ? `table p${b.location.page}` : b.text,
    );
    expect(kinds.slice(kinds.indexOf('三、收到和处理政府信息公开申请情况'))).toEqual([
      '三、收到和处理政府信息公开申请情况',
      'table p1',
      'table p2',
      '本报告所列数据的统计期限自 2023 年 1 月 1 日起至 2023 年 12 月 31 日止。',
    ]);
    const rowTexts = (t: TableBlock) => t.rows.map((r) => r.map((s) => s.cell.text));
    const [p1, p2] = tables.map(rowTexts);
    expect(p1[0]).toEqual([
      '申请人情况',
      '自然人',
      '商业企业',
      '科研机构',
      '社会公益\n组织',
      '法律服务\n机构',
      '其他',
      '总计',
    ]);
    // A label wrapped in its cell arrives whole, beside its numbers.
    expect(p1[1]).toEqual([
      '一、本年新收政府信息公开申\n请数量',
      '598',
      '1974',
      '1058',
      '1830',
      '0',
      '419',
      '5879',
    ]);
    expect(p1.find((r) => r[0] === '1.属于国家秘密')).toEqual([
      '1.属于国家秘密',
      '45',
      '0',
      '37',
      '66',
      '0',
      '68',
      '216',
    ]);
    // Page 2 continues the table without the repeated header row.
    expect(p2[0][0]).toBe('2.没有现成信息需要另行制作');
    expect(p2.some((r) => r[0] === '申请人情况')).toBe(false);
    expect(tables[1].rows[0][1].cell.location).toMatchObject({
      page: 2,
      table: 1,
      row: 0,
      column: 1,
    });
    expect(tables[0].rows[1][1].cell.location.x).toBeGreaterThan(
      tables[0].rows[1][0].cell.location.x ?? 0,
    );
    expect(doc.notes).toEqual(
      expect.arrayContaining([
        'page 1: dropped page number "- 1 -"',
        'page 2: dropped page number "- 2 -"',
        expect.stringContaining('running header/footer "示例街道办事处政府信息公开工作年度报告"'),
        'page 2: dropped 1 repeated table header row "申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计"',
      ]),
    );
  });

  it('reads ruling drawn with re, cm, form XObject-free transforms and thin filled rectangles', async () => {
    const rule = (x: number, y: number, w: number, h: number) => `${x} ${y} ${w} ${h} re f`;
    const content = [
      showText(72, 760, 'Heading'),
      // Stroked outline and a vertical, under a transform (moved 22 pt right).
      'q 1 0 0 1 22 0 cm 0.5 w 50 600 300 100 re S 150 600 m 150 700 l S Q',
      // Word-style rules: thin filled rectangles (one horizontal, one vertical).
      rule(72, 649.75, 300, 0.5),
      rule(271.75, 600, 0.5, 100),
      showText(80, 680, 'a'),
      showText(180, 680, 'b'),
      showText(280, 680, 'c'),
      showText(80, 630, '1'),
      showText(180, 625, '2'),
      showText(180, 612, '3'),
      showText(280, 630, '4'),
      showText(72, 560, 'After'),
    ].join('\n');
    const doc = await extractDocument(makePdf([content]), 'ruled.pdf');
    expect(doc.blocks.map((b) => b.type)).toEqual(['text', 'table', 'text']);
    const table = doc.blocks[1] as TableBlock;
    expect(table.rows.map((r) => r.map((s) => s.cell.text))).toEqual([
      ['a', 'b', 'c'],
      ['1', '2\n3', '4'],
    ]);
    expect(table.location).toMatchObject({ page: 1, x: 72, y: 142, table: 0 });
  });

  it('keeps the line layout for a table drawn with horizontal rules only', async () => {
    const content = [
      '0.5 w 72 700 m 372 700 l S 72 680 m 372 680 l S 72 660 m 372 660 l S',
      showText(80, 685, 'Total'),
      showText(200, 685, '12'),
      showText(80, 665, 'Other'),
      showText(200, 665, '3'),
    ].join('\n');
    const doc = await extractDocument(makePdf([content]), 'rules.pdf');
    expect(doc.blocks.map((b) => (b.type === 'text' ? b.text : 'table'))).toEqual([
      'Total\t12',
      'Other\t3',
    ]);
  });

  it('keeps a number drawn as separate glyph runs as one number, and splits at column gaps', async () => {
    const content = [
      showText(72, 700, 'Total'),
      showText(200, 700, '1'),
      showText(205.6, 700, '2'),
      showText(211.2, 700, '3'),
      showText(260, 700, '45'),
    ].join('\n');
    const doc = await extractDocument(makePdf([content]), 'glyphs.pdf');
    const [line] = doc.blocks as TextBlock[];
    expect(line.cells?.map((c) => c.text)).toEqual(['Total', '123', '45']);
    expect(line.text).toBe('Total\t123\t45');
    expect(line.location).toMatchObject({ page: 1, x: 72, y: 142 });
  });

  it('says a PDF without text is a scan for OCR, with its page count', async () => {
    const bytes = makePdf(['0 0 m 300 300 l S 10 10 200 100 re S']);
    await expect(extractDocument(bytes, 'scan.pdf')).rejects.toMatchObject({
      code: 'needs_ocr',
      scanPages: 1,
      message: expect.stringContaining(
        'scan.pdf: a PDF without text (1 page image); it is read by OCR',
      ),
    });
  });

  it('calls a truncated PDF corrupt', async () => {
    const bytes = fixture('report-2-pages.pdf');
    await expect(extractDocument(bytes.subarray(0, 2000), 'cut.pdf')).rejects.toMatchObject({
      code: 'corrupt',
    });
  });

  it('refuses a password-protected PDF as encrypted', async () => {
    await expect(extractDocument(fixture('encrypted.pdf'), 'locked.pdf')).rejects.toMatchObject({
      code: 'encrypted',
    });
  });

  it('refuses more pages than maxPages as too_large, with the count', async () => {
    const bytes = makePdf([showText(72, 700, 'a'), showText(72, 700, 'b'), showText(72, 700, 'c')]);
    await expect(extractDocument(bytes, 'long.pdf', { maxPages: 2 })).rejects.toMatchObject({
      code: 'too_large',
      message: expect.stringContaining('3 pages'),
    });
  });

  it('stops a PDF that overruns its time limit, and the next extraction still works', async () => {
    await expect(
      extractDocument(fixture('report-2-pages.pdf'), 'slow.pdf', { timeoutMs: 1 }),
    ).rejects.toMatchObject({
      code: 'timeout',
    });
    const doc = await extractDocument(fixture('report-2-pages.pdf'), 'again.pdf');
    expect(doc.pageCount).toBe(2);
  });

  it('reads several PDFs at once through the shared worker', async () => {
    const docs = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        extractDocument(makePdf([showText(72, 700, `page ${n}`)]), `${n}.pdf`),
      ),
    );
    expect(docs.map((d) => (d.blocks[0] as TextBlock).text)).toEqual([
      'page 1',
      'page 2',
      'page 3',
      'page 4',
    ]);
  });
});
