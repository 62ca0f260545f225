import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';
import {
  decodeOriginal,
  numberedLines,
  readableLineIndex,
  readableShownLines,
  sourceKind,
  sourceLines,
  textLineIndex,
} from './source-lines';

// jsdom has no TextDecoder; browsers and Node have the same WHATWG one.
beforeAll(() => {
  Object.assign(globalThis, { TextDecoder: NodeTextDecoder, TextEncoder: NodeTextEncoder });
});

describe('decodeOriginal', () => {
  it('reads UTF-8 and falls back to GB18030 for GBK files', () => {
    expect(decodeOriginal(new TextEncoder().encode('本年新收 3'))).toBe('本年新收 3');
    // 本年 in GBK
    expect(decodeOriginal(new Uint8Array([0xb1, 0xbe, 0xc4, 0xea]))).toBe('本年');
  });

  it('reads UTF-16 with a byte order mark', () => {
    expect(decodeOriginal(new Uint8Array([0xff, 0xfe, 0x2c, 0x67]))).toBe('本');
  });
});

describe('sourceLines', () => {
  it('numbers lines as the text extractor does', () => {
    expect(sourceLines('\uFEFFa\r\nb\rc\n')).toEqual(['a', 'b', 'c']);
    expect(sourceLines('a\n\nb')).toEqual(['a', '', 'b']);
  });
});

describe('readable lines of an HTML or Word original', () => {
  const lines = [
    { text: '一、总体情况', location: { line: 1 } },
    { text: '信息内容 │ 本年制发件数', location: { table: 0, row: 0 } },
    { text: '规章 │ 0', location: { table: 0, row: 1 } },
    { text: '二、主动公开', location: { line: 2 } },
    { text: '行政复议 │ 3', location: { table: 1, row: 0 } },
  ];

  it('labels paragraphs by their number and table rows by table and row', () => {
    expect(readableShownLines(lines).map((line) => line.label)).toEqual([
      '1',
      '表1·1',
      '表1·2',
      '2',
      '表2·1',
    ]);
  });

  it('finds the line of a cell read from a table row, or from a paragraph', () => {
    expect(readableLineIndex(lines, { table: 0, row: 1, column: 1 })).toBe(2);
    expect(readableLineIndex(lines, { table: 1, row: 0, column: 0 })).toBe(4);
    expect(readableLineIndex(lines, { line: 2 })).toBe(3);
  });

  it('answers null for a place that is not there', () => {
    expect(readableLineIndex(lines, { table: 0, row: 9 })).toBeNull();
    expect(readableLineIndex(lines, { line: 7 })).toBeNull();
    expect(readableLineIndex(lines, null)).toBeNull();
  });
});

describe('text lines and sourceKind', () => {
  it('takes a text line as is', () => {
    expect(textLineIndex(9, { line: 5 })).toBe(4);
    expect(textLineIndex(3, { line: 5 })).toBeNull();
    expect(textLineIndex(9, { table: 0, row: 0 })).toBeNull();
    expect(textLineIndex(9, null)).toBeNull();
    expect(numberedLines(['a', 'b'])).toEqual([
      { label: '1', text: 'a' },
      { label: '2', text: 'b' },
    ]);
  });

  it('shows text as its lines, HTML and Word as readable text and PDF as a page', () => {
    expect(sourceKind('text/plain')).toBe('text');
    expect(sourceKind('text/markdown')).toBe('text');
    expect(sourceKind('text/html')).toBe('readable');
    expect(
      sourceKind('application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
    ).toBe('readable');
    expect(sourceKind('application/pdf')).toBe('pdf');
    expect(sourceKind('application/msword')).toBe('other');
  });
});
