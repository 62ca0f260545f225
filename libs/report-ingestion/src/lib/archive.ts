import { unzipSync, type UnzipFileInfo } from 'fflate';

/** Limits on expanding an uploaded ZIP archive (zip bombs). */
export interface ArchiveLimits {
  maxEntries: number;
  /** Sum of the uncompressed sizes of the entries read. */
  maxTotalBytes: number;
  /** Largest entry, uncompressed. */
  maxEntryBytes: number;
  /** Largest compression ratio of an entry bigger than 1 MiB. */
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
  ) {
    super(message);
  }
}

const RATIO_FLOOR = 1024 * 1024;

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
 * fflate reads names without the UTF-8 flag as Latin-1; Chinese Windows tools write GBK there.
 * Turn such a name back into bytes and decode it as UTF-8, else as GB18030.
 */
export function decodeEntryName(name: string): string {
  const codes = [...name].map((char) => char.charCodeAt(0));
  if (codes.some((code) => code > 0xff) || codes.every((code) => code < 0x80)) return name;
  const bytes = Buffer.from(name, 'latin1');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      return name;
    }
  }
}

function listEntries(bytes: Uint8Array): UnzipFileInfo[] {
  const infos: UnzipFileInfo[] = [];
  unzipSync(bytes, {
    filter: (info) => {
      infos.push(info);
      return false;
    },
  });
  return infos;
}

/**
 * A ZIP archive of reports, as opposed to a DOCX (also a ZIP) or anything else. Reads only the
 * central directory.
 */
export function isReportArchive(bytes: Uint8Array): boolean {
  if (!startsWithZipSignature(bytes)) return false;
  try {
    const names = listEntries(bytes).map((info) => info.name);
    return !(
      names.includes('[Content_Types].xml') && names.some((name) => name.startsWith('word/'))
    );
  } catch {
    // A damaged ZIP: treat it as an archive so that the error names it as one.
    return true;
  }
}

/** Expands an archive within the limits; throws ArchiveError (never a partial list). */
export function expandArchive(
  bytes: Uint8Array,
  archiveName: string,
  limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS,
): ArchiveEntry[] {
  let infos: UnzipFileInfo[];
  try {
    infos = listEntries(bytes).filter((info) => !isSkipped(decodeEntryName(info.name)));
  } catch (err) {
    throw new ArchiveError(
      'corrupt_archive',
      `${archiveName}: the ZIP archive is damaged and cannot be opened (${(err as Error).message})`,
    );
  }
  if (infos.length === 0) {
    throw new ArchiveError('empty_archive', `${archiveName}: the ZIP archive contains no files`);
  }
  if (infos.length > limits.maxEntries) {
    throw new ArchiveError(
      'archive_too_large',
      `${archiveName}: the ZIP archive has ${infos.length} files, more than the limit of ${limits.maxEntries}`,
    );
  }
  let total = 0;
  for (const info of infos) {
    const name = decodeEntryName(info.name);
    total += info.originalSize;
    if (info.originalSize > limits.maxEntryBytes) {
      throw new ArchiveError(
        'archive_too_large',
        `${archiveName}/${name}: ${info.originalSize} bytes uncompressed, more than the limit of ${limits.maxEntryBytes}`,
      );
    }
    if (
      info.originalSize > RATIO_FLOOR &&
      info.originalSize > limits.maxRatio * Math.max(info.size, 1)
    ) {
      throw new ArchiveError(
        'archive_too_large',
        `${archiveName}/${name}: compressed more than ${limits.maxRatio}:1; refused as a possible zip bomb`,
      );
    }
  }
  if (total > limits.maxTotalBytes) {
    throw new ArchiveError(
      'archive_too_large',
      `${archiveName}: ${total} bytes uncompressed in all, more than the limit of ${limits.maxTotalBytes}`,
    );
  }
  const wanted = new Set(infos.map((info) => info.name));
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (info) => wanted.has(info.name) });
  } catch (err) {
    throw new ArchiveError(
      'corrupt_archive',
      `${archiveName}: the ZIP archive is damaged and cannot be read (${(err as Error).message})`,
    );
  }
  return infos.map((info) => {
    const content = files[info.name];
    if (!content || content.length > limits.maxEntryBytes) {
      throw new ArchiveError(
        'corrupt_archive',
        `${archiveName}/${decodeEntryName(info.name)}: the entry could not be read as declared`,
      );
    }
    return { path: decodeEntryName(info.name), bytes: content };
  });
}
