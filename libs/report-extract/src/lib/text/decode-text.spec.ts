import * as iconv from 'iconv-lite';
import { extractDocument, ExtractError, decodeText } from '../../index';

const SAMPLE =
  '某某街道办事处2023年政府信息公开工作年度报告\r\n\r\n（一）予以公开\t12\t3\r\n总计 15';
const LINES = [
  '某某街道办事处2023年政府信息公开工作年度报告',
  '',
  '（一）予以公开\t12\t3',
  '总计 15',
];

const enc = (s: string, e: string) => new Uint8Array(iconv.encode(s, e));
const withBom = (bom: number[], body: Uint8Array) => new Uint8Array([...bom, ...body]);

describe('text files', () => {
  it.each([
    ['UTF-8', enc(SAMPLE, 'utf-8'), 'utf-8'],
    ['UTF-8 with BOM', withBom([0xef, 0xbb, 0xbf], enc(SAMPLE, 'utf-8')), 'utf-8'],
    ['UTF-16LE with BOM', withBom([0xff, 0xfe], enc(SAMPLE, 'utf-16le')), 'utf-16le'],
    ['UTF-16BE with BOM', withBom([0xfe, 0xff], enc(SAMPLE, 'utf-16be')), 'utf-16be'],
    ['UTF-16LE without BOM', enc(SAMPLE, 'utf-16le'), 'utf-16le'],
    ['UTF-16BE without BOM', enc(SAMPLE, 'utf-16be'), 'utf-16be'],
    ['GB18030', enc(SAMPLE, 'gb18030'), 'gb18030'],
    ['GBK', enc(SAMPLE, 'gbk'), 'gb18030'],
  ])('reads %s into one block per line with 1-based line numbers', async (_, bytes, encoding) => {
    const doc = await extractDocument(bytes, 'report.txt');
    expect(doc.kind).toBe('text');
    expect(doc.encoding).toBe(encoding);
    expect(doc.blocks.map((b) => (b.type === 'text' ? b.text : '?'))).toEqual(LINES);
    expect(doc.blocks.map((b) => b.location.line)).toEqual([1, 2, 3, 4]);
  });

  it('normalises lone CR line ends and ignores one final newline', async () => {
    const doc = await extractDocument(enc('a\rb\r\n\nc\n', 'utf-8'), 'x.md');
    expect(doc.blocks.map((b) => (b.type === 'text' ? b.text : '?'))).toEqual(['a', 'b', '', 'c']);
  });

  it('never reads GBK bytes as UTF-8 (strict UTF-8 check)', () => {
    const { text, encoding } = decodeText(enc('表三 收到和处理政府信息公开申请情况', 'gbk'));
    expect(encoding).toBe('gb18030');
    expect(text).toBe('表三 收到和处理政府信息公开申请情况');
  });

  it('tolerates a UTF-8 file cut in the middle of its last character', () => {
    const bytes = enc('政府信息公开年报，总计 15 件。', 'utf-8');
    const { text, encoding } = decodeText(bytes.subarray(0, bytes.length - 1));
    expect(encoding).toBe('utf-8');
    expect(text.startsWith('政府信息公开年报，总计 15 件')).toBe(true);
  });

  it('refuses random bytes named .txt as unsupported_kind', async () => {
    let seed = 42;
    const bytes = new Uint8Array(4096).map(
      () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff,
    );
    await expect(extractDocument(bytes, 'notes.txt')).rejects.toMatchObject({
      code: 'unsupported_kind',
    });
  });

  it('calls a file with only whitespace empty', async () => {
    await expect(extractDocument(enc(' \r\n\t\n', 'utf-8'), 'blank.txt')).rejects.toMatchObject({
      code: 'empty',
    });
    await expect(extractDocument(new Uint8Array(0), 'zero.txt')).rejects.toBeInstanceOf(
      ExtractError,
    );
  });
});
