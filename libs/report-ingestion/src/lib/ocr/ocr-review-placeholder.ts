import type { ParsedReport } from '@ogi/report-parser';
import type { OcrWord } from '@ogi/report-ocr';

/**
 * PLACEHOLDER until the ocr-review branch is merged: there `flagOcrCells(parsed, words,
 * threshold)` puts each OCR cell's box and confidence on it and adds a `needs_review` finding per
 * doubtful cell. The one call site is runOcrJob (ocr-job.ts); at the merge, import flagOcrCells
 * there instead of this and delete this file.
 */
export function flagOcrCellsUntilReviewIsMerged(
  parsed: ParsedReport,
  words: readonly OcrWord[],
  threshold: number,
): ParsedReport {
  void words;
  void threshold;
  return parsed;
}
