import { linesDocument, type ReportDocument } from '../document/report-document';
import { tokenRows } from './token-rows';

const kinds = (document: ReportDocument) =>
  tokenRows(document).map((row) => row.tokens.map((item) => `${item.kind}:${item.text}`));

describe('tokenRows', () => {
  it('keeps the empty cells of tab-separated lines in position', () => {
    const rows = tokenRows(linesDocument(['\t\t1.属于国家秘密\t0\t0', '行政许可\t0\t\t']));
    expect(rows[0]).toMatchObject({ positional: true });
    expect(rows[0].tokens.map((item) => item.kind)).toEqual([
      'empty',
      'empty',
      'text',
      'value',
      'value',
    ]);
    expect(rows[1].tokens.map((item) => item.kind)).toEqual(['text', 'value', 'empty', 'empty']);
  });

  it('drops empty lines and keeps one-cell lines as single tokens with their line number', () => {
    const rows = tokenRows(linesDocument(['规章', '', ' 0', '']));
    expect(rows.map((row) => [row.tokens[0].text, row.location.line])).toEqual([
      ['规章', 1],
      ['0', 3],
    ]);
  });

  it('reads `cell |` and `|` separator lines as cells without positions', () => {
    expect(kinds(linesDocument(['|', '第二十条第(一)项 |', '|||', '0 |']))).toEqual([
      ['text:第二十条第(一)项'],
      ['value:0'],
    ]);
  });

  it('reads markdown-like pipe rows with their positions', () => {
    const [row] = tokenRows(linesDocument(['| 规章 | 0 |  | 3 |']));
    expect(row.positional).toBe(true);
    expect(row.tokens.map((item) => item.kind)).toEqual(['text', 'value', 'empty', 'value']);
  });

  it('splits a label followed by space-separated values, and keeps labels with inner spaces whole', () => {
    expect(
      kinds(linesDocument(['四、结转下年度继续办理 0 0 0', '(三) 不予公开', '0 0 1'])),
    ).toEqual([
      ['text:四、结转下年度继续办理', 'value:0', 'value:0', 'value:0'],
      ['text:(三) 不予公开'],
      ['value:0', 'value:0', 'value:1'],
    ]);
  });

  it('marks table slots covered by a span', () => {
    const cell = (text: string, column: number) => ({
      text,
      location: { table: 0, row: 0, column },
      rowSpan: 1,
      colSpan: 1,
    });
    const document: ReportDocument = {
      kind: 'html',
      encoding: 'utf-8',
      pageCount: null,
      notes: [],
      blocks: [
        {
          type: 'table',
          location: { table: 0 },
          rows: [
            [
              { cell: cell('行政许可', 0), origin: true },
              { cell: cell('5', 1), origin: true },
              { cell: cell('5', 1), origin: false },
            ],
          ],
        },
      ],
    };
    expect(kinds(document)).toEqual([['text:行政许可', 'value:5', 'span:5']]);
  });
});
