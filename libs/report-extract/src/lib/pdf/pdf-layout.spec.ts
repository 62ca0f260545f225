import type { TextBlock } from '@ogi/report-parser';
import { layoutPdf, pageNumberOf, type PdfPage } from './pdf-layout';

describe('PDF page furniture', () => {
  it.each([
    ['-4-', 4],
    ['- 4 -', 4],
    ['— 4 —', 4],
    ['4', 4],
    ['P. 9', 9],
    ['Page 9', 9],
    ['第4页', 4],
    ['第 4 页 共 10 页', 4],
    ['4/10', 4],
    ['－１２－', 12],
  ])('recognises %s as page number %i', (text, n) => {
    expect(pageNumberOf(text)).toBe(n);
  });

  it.each(['第四章', '2023年', '1.属于国家秘密', '4 5 6'])(
    'does not take %s for a page number',
    (text) => {
      expect(pageNumberOf(text)).toBeNull();
    },
  );

  it('drops a plain page number at the bottom only when it counts with the pages', () => {
    const page = (n: string, body: string, y = 810): PdfPage => ({
      width: 595,
      height: 842,
      items: [
        [body, 72, 400, 40, 10],
        [n, 290, y, 6, 10],
      ],
    });
    const notes: string[] = [];
    const blocks = layoutPdf(
      [page('1', 'a'), page('2', 'b'), page('3', 'c')],
      notes,
    ) as TextBlock[];
    expect(blocks.map((b) => b.text)).toEqual(['a', 'b', 'c']);
    // Numbers that do not count with the pages and sit at different heights are content.
    const kept = layoutPdf(
      [page('5', 'a', 800), page('17', 'b', 780), page('3', 'c', 820)],
      [],
    ) as TextBlock[];
    expect(kept.map((b) => b.text)).toEqual(['a', '5', 'b', '17', 'c', '3']);
    expect(notes).toEqual([
      'page 1: dropped page number "1"',
      'page 2: dropped page number "2"',
      'page 3: dropped page number "3"',
    ]);
  });
});
