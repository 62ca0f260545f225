import { zipSync, strToU8 } from 'fflate';
import { detectKind, extractDocument, ExtractError } from '../index';

const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
]);
const OLE = new Uint8Array([
  0xd0,
  0xcf,
  0x11,
  0xe0,
  0xa1,
  0xb1,
  0x1a,
  0xe1,
  ...new Array(504).fill(0),
]);

async function failure(bytes: Uint8Array, name: string): Promise<ExtractError> {
  try {
    await extractDocument(bytes, name);
  } catch (e) {
    return e as ExtractError;
  }
  throw new Error('expected a failure');
}

describe('file kind detection', () => {
  it('refuses a PNG image, naming the file and what it looks like', async () => {
    const e = await failure(PNG, 'scan.pdf');
    expect(e).toBeInstanceOf(ExtractError);
    expect(e.code).toBe('unsupported_kind');
    expect(e.message).toContain('scan.pdf');
    expect(e.message).toContain('PNG image');
    expect(e.messageZh).toContain('scan.pdf');
  });

  it('refuses a legacy .doc (OLE) and says to save it as .docx', async () => {
    const e = await failure(OLE, '年报.doc');
    expect(e.code).toBe('unsupported_kind');
    expect(e.message).toMatch(/save it as \.docx/);
  });

  it('refuses an ordinary ZIP that is not a DOCX', async () => {
    const zip = zipSync({ 'a.txt': strToU8('hello'), 'b/c.csv': strToU8('1,2') });
    const e = await failure(zip, 'report.docx');
    expect(e.code).toBe('unsupported_kind');
    expect(e.message).toContain('ZIP archive');
  });

  it('decides from the content, not the extension', () => {
    expect(
      detectKind(strToU8('<!DOCTYPE html><html><body><p>x</p></body></html>'), 'a.txt').kind,
    ).toBe('html');
    expect(detectKind(strToU8('一、总体情况\n本年度……'), 'a.html').kind).toBe('text');
    expect(detectKind(strToU8('%PDF-1.7\n...'), 'a.docx').kind).toBe('pdf');
    expect(detectKind(PNG, 'a.txt')).toMatchObject({
      kind: 'unsupported',
      looksLike: 'a PNG image',
    });
  });

  it('keeps markdown with inline HTML as text but reads a text file holding table markup as HTML', () => {
    expect(detectKind(strToU8('# 年报\n\n第一行<br>第二行\n'), 'r.md').kind).toBe('text');
    expect(detectKind(strToU8('年报\n<table><tr><td>1</td></tr></table>'), 'r.txt').kind).toBe(
      'html',
    );
  });

  it('refuses an encrypted Office file as encrypted', async () => {
    const name = 'EncryptedPackage';
    const bytes = new Uint8Array(OLE.length + name.length * 2);
    bytes.set(OLE);
    for (let i = 0; i < name.length; i++) bytes[OLE.length + i * 2] = name.charCodeAt(i);
    await expect(extractDocument(bytes, 'secret.docx')).rejects.toMatchObject({
      code: 'encrypted',
    });
  });

  it('refuses files over maxBytes as too_large', async () => {
    await expect(
      extractDocument(strToU8('x'.repeat(100)), 'big.txt', { maxBytes: 10 }),
    ).rejects.toMatchObject({
      code: 'too_large',
    });
  });
});
