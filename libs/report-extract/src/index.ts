export {
  extractDocument,
  closeExtractors,
  DEFAULT_MAX_PAGES,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_MAX_BYTES,
} from './lib/extract';
export type { ExtractOptions } from './lib/extract';
export { ExtractError } from './lib/errors';
export type { ExtractErrorCode } from './lib/errors';
export { detectKind } from './lib/detect';
export type { DetectedKind } from './lib/detect';
export { decodeText } from './lib/text/decode-text';
export type { DecodedText } from './lib/text/decode-text';
export { resolvePdfWorkerPath } from './lib/pdf/pdf-pool';
export { LAYOUT as PDF_LAYOUT, layoutPdf } from './lib/pdf/pdf-layout';
export type { PdfItem, PdfPage } from './lib/pdf/pdf-layout';
export { readReport, readScannedPages } from './lib/read-report';
export { pdfTextPages, scanPageImages, SCAN_DPI } from './lib/scan/scan-pages';
export { documentFromPdfPages } from './lib/scan/document-from-pages';
export { imageOnlyPdf } from './lib/scan/image-only-pdf';
export { isPageImageZip } from './lib/scan/scan-sources';
export { UnionFind } from './lib/pdf/pdf-grid';
export type { ReadError, ReadOutcome } from './lib/read-report';
export {
  DEFAULT_ZIP_LIMITS,
  decodeZipName,
  listZip,
  readZipEntry,
  ZipProblem,
  type ZipEntry,
  type ZipLimits,
} from './lib/docx/zip';
export { readableLines, readableOriginal, CELL_SEPARATOR } from './lib/readable-lines';
export type { ReadableLine } from './lib/readable-lines';
