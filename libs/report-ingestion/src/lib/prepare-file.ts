import { createHash } from 'node:crypto';
import { computeFigures, type ComputedFigures } from '@ogi/report-schema';
import {
  readReport,
  type ExtractOptions,
  type ReadError,
  type ReadOutcome,
} from '@ogi/report-extract';
import { ArchiveError, expandArchive, isReportArchive, type ArchiveLimits } from './archive';
import { mediaTypeOf } from './media-type';

/** A file to ingest: an upload, or a file read from disk. */
export interface IngestFile {
  name: string;
  bytes: Buffer;
}

/** A file (or archive entry) read and parsed, ready for its transaction. */
export interface PreparedFile {
  name: string;
  bytes: Buffer;
  sha256: string;
  mediaType: string;
  outcome: ReadOutcome;
  /** The dashboard's figures of the report read (computed here, off the storing thread). */
  figures: ComputedFigures | null;
}

/** One file, or an entry of an archive, with what is known to be wrong before reading it. */
export interface FileItem extends IngestFile {
  /** A damaged or oversized archive: stored as failed without reading. */
  failure?: ReadError;
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A file, or the entries of a ZIP archive (`archive.zip/inner/path.txt`). */
export function expandFile(file: IngestFile, limits: ArchiveLimits): FileItem[] {
  if (!isReportArchive(file.bytes)) return [file];
  try {
    return expandArchive(file.bytes, file.name, limits).map((entry) => ({
      name: `${file.name}/${entry.path}`,
      bytes: Buffer.from(entry.bytes.buffer, entry.bytes.byteOffset, entry.bytes.byteLength),
    }));
  } catch (err) {
    if (!(err instanceof ArchiveError)) throw err;
    return [
      { ...file, failure: { code: err.code, message: err.message, messageZh: err.messageZh } },
    ];
  }
}

/** Extracts and parses one item (no database): what its transaction will store. */
export async function prepareItem(
  item: FileItem,
  sha256 = sha256Of(item.bytes),
  readOptions: ExtractOptions = {},
): Promise<PreparedFile> {
  const outcome: ReadOutcome = item.failure
    ? { ok: false, kind: null, report: null, error: item.failure }
    : await readReport(item.bytes, item.name, readOptions);
  return {
    name: item.name,
    bytes: item.bytes,
    sha256,
    mediaType: mediaTypeOf(item.name, outcome.kind),
    outcome,
    figures: outcome.report ? computeFigures(outcome.report) : null,
  };
}

/** Every item of a file, extracted and parsed: the part of ingesting that needs no database. */
export async function prepareFile(
  file: IngestFile,
  limits: ArchiveLimits,
  readOptions: ExtractOptions = {},
): Promise<PreparedFile[]> {
  const prepared: PreparedFile[] = [];
  for (const item of expandFile(file, limits)) {
    prepared.push(await prepareItem(item, sha256Of(item.bytes), readOptions));
  }
  return prepared;
}
