import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';
import { decodeOriginal, htmlRowLine, locationLine, sourceKind, sourceLines } from './source-lines';

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

describe('htmlRowLine', () => {
  const html = sourceLines(
    [
      '<html><body>',
      '<table><tr><td>表一</td></tr></table>',
      '<table>',
      '<tr><td>信息内容</td></tr>',
      '<tr><td><table><tr><td>内嵌</td></tr></table></td></tr>',
      '<tr><td>规章</td><td>0</td></tr>',
      '</table>',
    ].join('\n'),
  );

  it('finds the line of a row of the n-th table, skipping nested tables', () => {
    expect(htmlRowLine(html, { table: 1, row: 0 })).toBe(4);
    expect(htmlRowLine(html, { table: 1, row: 2 })).toBe(6);
    expect(htmlRowLine(html, { table: 0, row: 0 })).toBe(2);
  });

  it('answers null for a row that is not there', () => {
    expect(htmlRowLine(html, { table: 1, row: 9 })).toBeNull();
    expect(htmlRowLine(html, { table: 7, row: 0 })).toBeNull();
    expect(htmlRowLine(html, {})).toBeNull();
  });
});

describe('locationLine and sourceKind', () => {
  it('takes a text line as is and finds an HTML row', () => {
    expect(locationLine('text', [], { line: 5 })).toBe(5);
    expect(locationLine('text', [], { table: 0, row: 0 })).toBeNull();
    expect(locationLine('html', ['<table><tr>'], { table: 0, row: 0 })).toBe(1);
    expect(locationLine('text', [], null)).toBeNull();
  });

  it('shows text and HTML as text and PDF as a page', () => {
    expect(sourceKind('text/plain')).toBe('text');
    expect(sourceKind('text/markdown')).toBe('text');
    expect(sourceKind('text/html')).toBe('html');
    expect(sourceKind('application/pdf')).toBe('pdf');
    expect(sourceKind('application/msword')).toBe('other');
  });
});
