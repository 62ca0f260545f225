import { linesDocument } from '../document/report-document';
import { logicalRows } from './logical-rows';
import { tokenRows } from './token-rows';

const rowsOf = (lines: string[]) =>
  logicalRows(tokenRows(linesDocument(lines))).map((row) => ({
    labels: row.labels.map((item) => item.text),
    values: row.values.map((item) => item.text),
  }));

describe('logicalRows', () => {
  it('attaches value lines to the label line before them', () => {
    expect(rowsOf(['规章', '0', '', '0', '6', '行政规范性文件', '0'])).toEqual([
      { labels: ['规章'], values: ['0', '0', '6'] },
      { labels: ['行政规范性文件'], values: ['0'] },
    ]);
  });

  it('keeps header labels printed one per line as rows without values', () => {
    expect(rowsOf(['信息内容', '本年制发件数', '规章', '0'])).toEqual([
      { labels: ['信息内容'], values: [] },
      { labels: ['本年制发件数'], values: [] },
      { labels: ['规章'], values: ['0'] },
    ]);
  });

  it('splits tab rows into label cells and positional value cells', () => {
    expect(rowsOf(['\t(三) 不予公开\t1.属于国家秘密\t0\t\t3'])).toEqual([
      { labels: ['(三) 不予公开', '1.属于国家秘密'], values: ['0', '', '3'] },
    ]);
  });

  it('reads a line of numbers before any label as a row of values', () => {
    expect(rowsOf(['0 0 0 1'])).toEqual([{ labels: [], values: ['0', '0', '0', '1'] }]);
  });
});
