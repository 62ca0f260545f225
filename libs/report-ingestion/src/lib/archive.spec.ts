import { zipSync, strToU8 } from 'fflate';
import { ArchiveError, decodeEntryName, expandArchive, isReportArchive } from './archive';

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
    expect(error.message).toBe('batch.zip: the ZIP archive has 2 files, more than the limit of 1');
  });

  it('refuse a highly compressed entry as a possible zip bomb', () => {
    const bomb = zipSync({ 'zeros.txt': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    const error = errorOf(() => expandArchive(bomb, 'bomb.zip'));
    expect(error.code).toBe('archive_too_large');
    expect(error.message).toMatch(/^bomb\.zip\/zeros\.txt: compressed more than 200:1/);
  });

  it('report a damaged archive and an empty one', () => {
    const damaged = archive.slice(0, archive.length - 30);
    expect(errorOf(() => expandArchive(damaged, 'cut.zip')).code).toBe('corrupt_archive');
    expect(errorOf(() => expandArchive(zipSync({}), 'empty.zip')).code).toBe('empty_archive');
  });

  it('decode GBK entry names written without the UTF-8 flag', () => {
    const gbk = Buffer.from([0xb6, 0xab, 0xd0, 0xcb]).toString('latin1'); // 东兴 in GBK
    expect(decodeEntryName(gbk)).toBe('东兴');
    const utf8 = Buffer.from('东兴', 'utf8').toString('latin1');
    expect(decodeEntryName(utf8)).toBe('东兴');
    expect(decodeEntryName('plain/name.txt')).toBe('plain/name.txt');
  });
});
