export {
  Ingestor,
  type IngestFile,
  type IngestLogger,
  type IngestorOptions,
  type IngestTiming,
} from './lib/ingestor';
export {
  INGEST_STATUSES,
  toFinding,
  toLocation,
  toOfficeRef,
  type IngestFinding,
  type IngestOfficeRef,
  type IngestProblem,
  type IngestResult,
  type IngestStatus,
} from './lib/ingest-result';
export { IngestTargetError, type IngestOverrides, type IngestTarget } from './lib/ingest-target';
export {
  ArchiveError,
  DEFAULT_ARCHIVE_LIMITS,
  decodeEntryName,
  expandArchive,
  isReportArchive,
  type ArchiveEntry,
  type ArchiveLimits,
} from './lib/archive';
export { mediaTypeOf } from './lib/media-type';
