export {
  expandFile,
  prepareFile,
  prepareItem,
  sha256Of,
  type FileItem,
  type IngestFile,
  type PreparedFile,
} from './lib/prepare-file';
export {
  Ingestor,
  type IngestLogger,
  type IngestorOptions,
  type IngestTiming,
  type ManualEntryTarget,
  type RereadPage,
  type RereadPageResult,
} from './lib/ingestor';
export type { RereadResult, StatedChange } from './lib/reread-report';
export type { CellChange, CorrectionConflict } from './lib/reread-corrections';
export {
  INGEST_STATUSES,
  ingestResult,
  officeAmbiguousMessage,
  toFinding,
  toLocation,
  toOfficeRef,
  type IngestFinding,
  type IngestOcrProgress,
  type IngestOfficeRef,
  type IngestProblem,
  type IngestResult,
  type IngestStatus,
} from './lib/ingest-result';
export {
  IngestTargetError,
  type IngestOptions,
  type IngestOverrides,
  type IngestTarget,
  type ReportViewCheck,
} from './lib/ingest-target';
export {
  ArchiveError,
  DEFAULT_ARCHIVE_LIMITS,
  expandArchive,
  isReportArchive,
  safeEntryPath,
  type ArchiveEntry,
  type ArchiveLimits,
} from './lib/archive';
export { mediaTypeOf } from './lib/media-type';
export {
  MANUAL_ENTRY_MEDIA_TYPE,
  MANUAL_ENTRY_REASON,
  type ManualEntry,
  type ManualEntryStored,
} from './lib/store-manual';
export {
  DEFAULT_OCR_REVIEW_THRESHOLD,
  flagOcrCells,
  ocrReviewThreshold,
  withoutReviewed,
  type OcrWordBox,
} from './lib/flag-ocr-cells';
export { asParseFinding } from './lib/recheck-report';
export {
  DEFAULT_OCR_PAGE_TIMEOUT_MS,
  DEFAULT_OCR_WORKERS,
  OcrJobRunner,
  ocrWorkersFrom,
  type OcrRunnerOptions,
} from './lib/ocr/ocr-runner';
export type { OcrPageReader } from './lib/ocr/ocr-job';
