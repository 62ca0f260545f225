import { zipSync, strToU8 } from 'fflate';
import { ArchiveError, expandArchive, isReportArchive, safeEntryPath } from './archive';

function errorOf(fn: () => unknown): ArchiveError {
  try {
    fn();
  } catch (err) {
    return err as ArchiveError;
  }
  throw new Error('did not throw');
}

describe('ZIP archives of reports', () => {
  const archive = zipSync({
    'a.txt': strToU8('first'),
    'dir/b.txt': strToU8('second'),
    'dir/': new Uint8Array(0),
    '__MACOSX/dir/._b.txt': strToU8('junk'),
  });

  it('are told apart from DOCX files and other bytes', () => {
    expect(isReportArchive(archive)).toBe(true);
    const docx = zipSync({
      '[Content_Types].xml': strToU8('<x/>'),
      'word/document.xml': strToU8('<w/>'),
    });
    expect(isReportArchive(docx)).toBe(false);
    expect(isReportArchive(strToU8('plain text'))).toBe(false);
  });

  it('expand into their files, skipping folders and macOS metadata', () => {
    const entries = expandArchive(archive, 'batch.zip');
    expect(entries.map((entry) => [entry.path, Buffer.from(entry.bytes).toString()])).toEqual([
      ['a.txt', 'first'],
      ['dir/b.txt', 'second'],
    ]);
  });

  it('refuse more entries than the limit, naming the archive', () => {
    const error = errorOf(() =>
      expandArchive(archive, 'batch.zip', {
        maxEntries: 1,
        maxTotalBytes: 1e9,
        maxEntryBytes: 1e9,
        maxRatio: 100,
      }),
    );
    expect(error.code).toBe('archive_too_large');
    expect(error.message).toBe(
      'batch.zip: the archive has 4 entries, more than the limit of 1; the ZIP archive was refused, nothing in it was read',
    );
    expect(error.messageZh).toBe(
      'batch.zip：压缩包内有 4 个文件，超过上限 1；压缩包已拒绝，未读取其中任何文件',
    );
  });

  it('refuse a highly compressed entry as a possible zip bomb', () => {
    const bomb = zipSync({ 'zeros.txt': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    const error = errorOf(() => expandArchive(bomb, 'bomb.zip'));
    expect(error.code).toBe('archive_too_large');
    expect(error.message).toMatch(
      /^bomb\.zip: entry zeros\.txt is compressed more than 200:1; refused as a possible zip bomb/,
    );
  });

  it('report a damaged archive and an empty one', () => {
    const damaged = archive.slice(0, archive.length - 30);
    expect(errorOf(() => expandArchive(damaged, 'cut.zip')).code).toBe('corrupt_archive');
    expect(errorOf(() => expandArchive(zipSync({}), 'empty.zip')).code).toBe('empty_archive');
  });

  it('refuse an archive expanding past the total limit before inflating anything', () => {
    const big = zipSync({ 'a.txt': new Uint8Array(40_000).fill(65), 'b.txt': strToU8('x') });
    const error = errorOf(() =>
      expandArchive(big, 'big.zip', {
        maxEntries: 10,
        maxTotalBytes: 30_000,
        maxEntryBytes: 1e9,
        maxRatio: 1e6,
      }),
    );
    expect(error.code).toBe('archive_too_large');
    expect(error.message).toContain('big.zip: the archive expands to more than');
  });

  it('refuse an entry that inflates past the size its directory declares', () => {
    const honest = zipSync({ 'a.txt': new Uint8Array(5000).fill(66) });
    const lying = Uint8Array.from(honest);
    // Declared size 100 in the central directory (the local header is not trusted either way).
    const central = Buffer.from(lying).indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    lying.set([100, 0, 0, 0], central + 24);
    const error = errorOf(() => expandArchive(lying, 'lying.zip'));
    expect(error.code).toBe('corrupt_archive');
    expect(error.message).toContain('larger than its directory says');
  });

  it('report damaged compressed data as a damaged archive (found by fuzzing)', () => {
    const zip = Uint8Array.from(zipSync({ 'a.txt': new Uint8Array(5000).fill(66) }, { level: 9 }));
    const data = 30 + 'a.txt'.length;
    for (let i = data; i < data + 8; i++) zip[i] ^= 0xff;
    const error = errorOf(() => expandArchive(zip, 'flipped.zip'));
    expect(error.code).toBe('corrupt_archive');
    expect(error.message).toMatch(
      /^flipped\.zip: the ZIP archive is damaged and cannot be read \(entry a\.txt is damaged/,
    );
  });

  it('decode GBK entry names written without the UTF-8 flag', () => {
    const zip = Buffer.from(zipSync({ 'XXXX.txt': strToU8('first') }));
    const gbk = Buffer.from([0xb6, 0xab, 0xd0, 0xcb]); // 东兴 in GBK
    for (let at = zip.indexOf('XXXX'); at >= 0; at = zip.indexOf('XXXX', at + 1)) gbk.copy(zip, at);
    expect(expandArchive(zip, 'gbk.zip').map((entry) => entry.path)).toEqual(['东兴.txt']);
  });

  it('never let an entry name climb out of the archive', () => {
    expect(safeEntryPath('../../etc/passwd')).toBe('etc/passwd');
    expect(safeEntryPath('C:\\Windows\\..\\win.ini')).toBe('Windows/win.ini');
    expect(safeEntryPath('/abs/./x\u0000.txt')).toBe('abs/x.txt');
    const zip = zipSync({ '../../evil.txt': strToU8('x'), '..': strToU8('y') });
    expect(expandArchive(zip, 'up.zip').map((entry) => entry.path)).toEqual(['evil.txt']);
  });
});
