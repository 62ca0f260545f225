import type { StoredPageOcr } from '@ogi/api-data-access';
import { readScannedPages, type PdfPage, type ReadOutcome } from '@ogi/report-extract';
import { flagOcrCells, type OcrWordBox } from '../flag-ocr-cells';

/**
 * The reading of a scan from its pages as OCR read them (source_pages' `ocr`), with every cell
 * read from a word given its box and confidence and the doubtful ones flagged: what the OCR job
 * stores at its end, and what a re-read of the scan stores again with the current parser.
 */
export function readStoredOcr(
  pages: readonly StoredPageOcr[],
  fileName: string,
  reviewThreshold: number,
): ReadOutcome {
  const words = pages.flatMap((page) => page.words as OcrWordBox[]);
  const read = readScannedPages(
    pages.map((page) => page.pdfPage as PdfPage),
    fileName,
  );
  return read.ok ? { ...read, report: flagOcrCells(read.report, words, reviewThreshold) } : read;
}
