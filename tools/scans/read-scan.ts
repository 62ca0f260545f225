import { readFile } from 'node:fs/promises';
import { documentFromPdfPages, scanPageImages } from '@ogi/report-extract';
import { flagOcrCells } from '@ogi/report-ingestion';
import type { OcrEngine, OcrPage } from '@ogi/report-ocr';
import { parseReport } from '@ogi/report-parser';
import { outcomeOf, type ParseOutcome } from '../../apps/cli/src/commands/parse';

/** One scanned report read the way the OCR job reads it, with where the time went. */
export interface ScanReading {
  outcome: ParseOutcome;
  /** The same reading with the doubtful cells flagged at another threshold. */
  outcomeAt(threshold: number): ParseOutcome;
  pages: OcrPage[];
  seconds: { rasterise: number; ocr: number; parse: number };
}

const since = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e9;

/**
 * Page images may take longer than a text extraction's limit on a loaded machine; the measure is
 * OCR, so rendering gets a minute (its seconds are reported apart).
 */
const RENDER_TIMEOUT_MS = 60_000;

/**
 * Reads a scanned report as the OCR job does: its page images (a PDF's pages rendered at 200
 * dpi), each page through the engine, the pages laid out by report-extract's PDF reader, parsed,
 * and every doubtful cell flagged `needs_review` at the threshold.
 */
export async function readScan(
  engine: OcrEngine,
  file: string,
  threshold: number,
): Promise<ScanReading> {
  const bytes = new Uint8Array(await readFile(file));
  let started = process.hrtime.bigint();
  const images = await scanPageImages(bytes, file, { timeoutMs: RENDER_TIMEOUT_MS });
  const rasterise = since(started);
  started = process.hrtime.bigint();
  const pages: OcrPage[] = [];
  for (const [index, image] of images.entries()) {
    pages.push(await engine.recognisePage(image, index + 1));
  }
  const ocr = since(started);
  started = process.hrtime.bigint();
  const document = documentFromPdfPages(pages.map((page) => page.pdfPage));
  const parsed = parseReport(document);
  const words = pages.flatMap((page) => page.words);
  const foundTables = Object.values(parsed.formatVersion).some((version) => version !== null);
  const outcomeAt = (at: number) =>
    outcomeOf(
      file,
      flagOcrCells(parsed, words, at),
      foundTables
        ? undefined
        : { code: 'not_a_report', message: `${file}: no report table read from the scan` },
    );
  const outcome = outcomeAt(threshold);
  return { outcome, outcomeAt, pages, seconds: { rasterise, ocr, parse: since(started) } };
}
