import {
  isPageImageZip,
  listZip,
  readZipEntry,
  ZipProblem,
  type ZipEntry,
} from '@ogi/report-extract';
import { markBidiControls } from '@ogi/report-schema';

/** Limits on expanding an uploaded ZIP archive (zip bombs). */
export interface ArchiveLimits {
  maxEntries: number;
  /** Sum of the uncompressed sizes of the entries read. */
  maxTotalBytes: number;
  /** Largest entry, uncompressed. */
  maxEntryBytes: number;
  /** Largest compression ratio of an entry bigger than 64 KiB. */
  maxRatio: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntries: 2000,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxEntryBytes: 100 * 1024 * 1024,
  maxRatio: 200,
};

export interface ArchiveEntry {
  /** Path inside the archive, decoded (UTF-8 or GB18030 names). */
  path: string;
  bytes: Uint8Array;
}

export class ArchiveError extends Error {
  override readonly name = 'ArchiveError';

  constructor(
    readonly code: 'corrupt_archive' | 'archive_too_large' | 'empty_archive',
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
  }
}

function startsWithZipSignature(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06))
  );
}

/** Entries that are not reports: folders and the metadata macOS and Windows add. */
function isSkipped(path: string): boolean {
  return (
    path.endsWith('/') ||
    path.startsWith('__MACOSX/') ||
    /(^|\/)(\.DS_Store|Thumbs\.db|desktop\.ini)$/i.test(path)
  );
}

/**
 * An entry's name as a label only (it is never used as a path on disk): backslashes become
 * slashes, `.`/`..` segments, drive letters and leading slashes are dropped, control characters
 * removed and bidi controls marked (markBidiControls: `a\u202Etxt.exe` reads `a▯txt.exe`), so
 * `../../etc/passwd` is stored as `etc/passwd` under the archive's name.
 */
export function safeEntryPath(name: string): string {
  return (
    markBidiControls(name)
      .replace(/\\/g, '/')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]/g, '')
      .split('/')
      .filter(
        (segment, i) =>
          segment !== '' &&
          segment !== '.' &&
          segment !== '..' &&
          !(i === 0 && /^[A-Za-z]:$/.test(segment)),
      )
      .join('/')
  );
}

/**
 * A ZIP archive of reports, as opposed to a DOCX (also a ZIP) or anything else. Reads only the
 * central directory.
 */
export function isReportArchive(bytes: Uint8Array): boolean {
  if (!startsWithZipSignature(bytes)) return false;
  // The pages of one scanned report, photographed or scanned page by page: one file, read by OCR.
  if (isPageImageZip(bytes)) return false;
  try {
    const names = listZip(bytes, {
      maxEntries: Number.MAX_SAFE_INTEGER,
      maxTotalUncompressed: Number.MAX_SAFE_INTEGER,
      maxEntryBytes: Number.MAX_SAFE_INTEGER,
      maxRatio: Number.MAX_SAFE_INTEGER,
    }).map((entry) => entry.name);
    return !(
      names.includes('[Content_Types].xml') && names.some((name) => name.startsWith('word/'))
    );
  } catch {
    // A damaged ZIP: treat it as an archive so that the error names it as one.
    return true;
  }
}

function archiveError(archiveName: string, problem: ZipProblem): ArchiveError {
  if (problem.kind === 'too_large') {
    return new ArchiveError(
      'archive_too_large',
      `${archiveName}: ${problem.message}; the ZIP archive was refused, nothing in it was read`,
      `${archiveName}：${problem.messageZh}；压缩包已拒绝，未读取其中任何文件`,
    );
  }
  return new ArchiveError(
    'corrupt_archive',
    `${archiveName}: the ZIP archive is damaged and cannot be read (${problem.message})`,
    `${archiveName}：ZIP 压缩包已损坏，无法读取（${problem.messageZh}）`,
  );
}

/**
 * Expands an archive within the limits, with the workspace's one bounded ZIP reader; throws
 * ArchiveError (never a partial list). Entries inside are not expanded again: a ZIP within the
 * ZIP is read as a file (and refused as not a report).
 */
export function expandArchive(
  bytes: Uint8Array,
  archiveName: string,
  limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS,
): ArchiveEntry[] {
  let entries: ZipEntry[];
  try {
    entries = listZip(bytes, {
      maxEntries: limits.maxEntries,
      maxTotalUncompressed: limits.maxTotalBytes,
      maxEntryBytes: limits.maxEntryBytes,
      maxRatio: limits.maxRatio,
    }).filter((entry) => !isSkipped(entry.name) && safeEntryPath(entry.name) !== '');
  } catch (err) {
    if (err instanceof ZipProblem) throw archiveError(archiveName, err);
    throw err;
  }
  if (entries.length === 0) {
    throw new ArchiveError(
      'empty_archive',
      `${archiveName}: the ZIP archive contains no files`,
      `${archiveName}：ZIP 压缩包中没有文件`,
    );
  }
  try {
    return entries.map((entry) => ({
      path: safeEntryPath(entry.name),
      bytes: readZipEntry(bytes, entry),
    }));
  } catch (err) {
    if (err instanceof ZipProblem) throw archiveError(archiveName, err);
    throw err;
  }
}
