import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TextBlock } from '@ogi/report-parser';
import { closeExtractors, extractDocument } from '../../index';
import { makePdf, showText } from '../../test-utils/make-pdf';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.join(__dirname, '../../fixtures/pdf', name)));

afterAll(() => closeExtractors());

describe('PDF with a text layer', () => {
  it('rebuilds lines and column cells, drops page numbers, running header and the repeated header row', async () => {
    const doc = await extractDocument(fixture('report-2-pages.pdf'), 'report.pdf');
    expect(doc.kind).toBe('pdf');
    expect(doc.pageCount).toBe(2);
    const lines = doc.blocks as TextBlock[];
    const text = lines.map((b) => b.text);
    expect(text[0]).toBe('示例街道办事处2023年政府信息公开工作年度报告');
    expect(text).toContain(
      '申请人情况\t自然人\t商业企业\t科研机构\t社会公益\t法律服务\t其他\t总计',
    );
    expect(text.filter((t) => t.startsWith('申请人情况'))).toHaveLength(1);
    expect(text).toContain('一、本年新收政府信息公开申\t598\t1974\t1058\t1830\t0\t419\t5879');
    expect(text).toContain('请数量');
    expect(text).not.toContain('示例街道办事处政府信息公开工作年度报告');
    expect(text.some((t) => /^-\s*\d\s*-$/.test(t))).toBe(false);
    expect(doc.notes).toEqual(
      expect.arrayContaining([
        'page 1: dropped page number "- 1 -"',
        'page 2: dropped page number "- 2 -"',
        expect.stringContaining('running header/footer "示例街道办事处政府信息公开工作年度报告"'),
        expect.stringContaining('page 2: dropped repeated table header line "申请人情况'),
      ]),
    );
    const row = lines.find((b) => b.text.startsWith('1.属于国家秘密')) as TextBlock;
    expect(row.cells?.map((c) => c.text)).toEqual([
      '1.属于国家秘密',
      '45',
      '0',
      '37',
      '66',
      '0',
      '68',
      '216',
    ]);
    expect(row.location.page).toBe(1);
    expect(row.cells?.[1].location).toMatchObject({ page: 1 });
    expect(row.cells?.[1].location.x).toBeGreaterThan(row.cells?.[0].location.x ?? 0);
    const p2 = lines.find((b) => b.text.startsWith('2.没有现成信息')) as TextBlock;
    expect(p2.location.page).toBe(2);
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

  it('says a PDF without text is scanned (OCR not supported)', async () => {
    const bytes = makePdf(['0 0 m 300 300 l S 10 10 200 100 re S']);
    await expect(extractDocument(bytes, 'scan.pdf')).rejects.toMatchObject({
      code: 'scanned_pdf',
      message: expect.stringContaining('PDF has no text layer (scanned?); OCR is not supported'),
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
