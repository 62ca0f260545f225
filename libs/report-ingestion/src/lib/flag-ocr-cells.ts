import type { ParseFinding, ParsedCell, ParsedReport, SourceLocation } from '@ogi/report-parser';
import {
  derivedParts,
  fieldByKey,
  NEEDS_REVIEW_CODE,
  TABLES,
  type FormatVersion,
  type TableId,
} from '@ogi/report-schema';

/**
 * A word the OCR engine read (the shape of @ogi/report-ocr's OcrWord, restated so the reading
 * of a report does not depend on the engine).
 */
export interface OcrWordBox {
  page: number;
  text: string;
  /** 0..1: the lowest character probability in the word. */
  confidence: number;
  /** x0, y0, x1, y1 in points from the page's top-left corner, y down. */
  box: [number, number, number, number];
}

/**
 * Below this confidence a cell read from a scan awaits a person (config OCR_REVIEW_THRESHOLD).
 * The rec model reads clean digits at > 0.99 and a doubtful digit well below 0.9, so 0.9 leaves
 * the clean cells alone and puts every doubtful one in front of a person.
 */
export const DEFAULT_OCR_REVIEW_THRESHOLD = 0.9;

/** OCR_REVIEW_THRESHOLD read from the environment: a number in (0, 1], else the default. */
export function ocrReviewThreshold(raw: string | undefined): number {
  const value = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
  return value > 0 && value <= 1 ? value : DEFAULT_OCR_REVIEW_THRESHOLD;
}

/** Points a cell's position may lie outside its word's box (rounding of the layout). */
const TOLERANCE = 1.5;

const compact = (text: string) => text.replace(/\s+/g, '');

function containsPoint(word: OcrWordBox, x: number, y: number): boolean {
  const [x0, y0, x1, y1] = word.box;
  return x >= x0 - TOLERANCE && x <= x1 + TOLERANCE && y >= y0 - TOLERANCE && y <= y1 + TOLERANCE;
}

function sameLine(a: OcrWordBox, b: OcrWordBox): boolean {
  return Math.min(a.box[3], b.box[3]) > Math.max(a.box[1], b.box[1]);
}

/**
 * The words a cell was read from: the word whose box holds the cell's left edge and baseline,
 * followed by the words to its right on the same line while their text continues the cell's
 * (a value the layout joined from several words).
 */
function wordsOfCell(cell: ParsedCell, words: readonly OcrWordBox[]): OcrWordBox[] {
  const { page, x, y } = cell.location ?? {};
  if (page === undefined || x === undefined || y === undefined) return [];
  const onPage = words.filter((word) => word.page === page);
  const first = onPage
    .filter((word) => containsPoint(word, x, y))
    .sort((a, b) => Math.abs(a.box[0] - x) - Math.abs(b.box[0] - x))[0];
  if (!first) return [];
  const raw = compact(cell.raw ?? '');
  const found = [first];
  let read = compact(first.text);
  const following = onPage
    .filter((word) => word !== first && word.box[0] >= first.box[2] - TOLERANCE)
    .filter((word) => sameLine(word, first))
    .sort((a, b) => a.box[0] - b.box[0]);
  for (const word of following) {
    if (read.length >= raw.length || !raw.startsWith(read + compact(word.text))) break;
    found.push(word);
    read += compact(word.text);
  }
  return found;
}

function locatedOn(location: SourceLocation, found: readonly OcrWordBox[]): SourceLocation {
  const box: [number, number, number, number] = [
    Math.min(...found.map((word) => word.box[0])),
    Math.min(...found.map((word) => word.box[1])),
    Math.max(...found.map((word) => word.box[2])),
    Math.max(...found.map((word) => word.box[3])),
  ];
  return { ...location, box, confidence: Math.min(...found.map((word) => word.confidence)) };
}

const percent = (confidence: number) => `${Math.round(confidence * 100)}%`;

/** Why a cell awaits a person, in the words of the review queue. */
function reasonsOf(
  cell: ParsedCell,
  threshold: number,
  failingKeys: ReadonlySet<string>,
  gappedKeys: ReadonlySet<string>,
): string[] {
  const reasons: string[] = [];
  if (gappedKeys.has(cell.key)) reasons.push('本行有格未读出，各格可能错位');
  const confidence = cell.location?.confidence;
  if (confidence !== undefined && confidence < threshold) {
    reasons.push(`识别置信度 ${percent(confidence)} 低于 ${percent(threshold)}`);
  }
  if (failingKeys.has(cell.key)) reasons.push('所在行校验不通过');
  if (cell.assignedBy === 'rules') reasons.push('数值由校验规则排列到此列');
  return reasons;
}

function reviewFinding(cell: ParsedCell, reasons: readonly string[]): ParseFinding {
  const field = fieldByKey(cell.key);
  const table = (field?.table ?? cell.key.split('.')[0]) as TableId;
  const where = field ? `表${TABLES[table].numeral}“${field.row}”×“${field.column}”` : cell.key;
  const confidence = cell.location?.confidence;
  const read =
    cell.raw === null
      ? '未读出'
      : `识别为“${cell.raw}”${confidence === undefined ? '' : `，置信度 ${percent(confidence)}`}`;
  return {
    code: 'needs_review',
    severity: 'warning',
    message: `${where}${read}：${reasons.join('；')}，请对照原图核对`,
    table,
    keys: [cell.key],
    location: cell.location,
  };
}

/**
 * Puts each OCR word's box and confidence on the cell read from it, and adds one `needs_review`
 * finding per printed cell a person should compare with the page image: read with a confidence
 * below the threshold, in a row whose rule fails, or placed by the rules. Its keys are the cell's
 * and those of the derived sums it is a part of (they are only as sure as their parts). A reading without OCR
 * words (a text file or text PDF) comes back as it was.
 */
export function flagOcrCells(
  parsed: ParsedReport,
  words: readonly OcrWordBox[],
  threshold: number = DEFAULT_OCR_REVIEW_THRESHOLD,
): ParsedReport {
  if (words.length === 0) return parsed;
  const cells = parsed.cells.map((cell) => {
    const found = cell.location ? wordsOfCell(cell, words) : [];
    return found.length > 0 && cell.location
      ? { ...cell, location: locatedOn(cell.location, found) }
      : cell;
  });
  const failingKeys = new Set(
    parsed.findings
      .filter((finding) => finding.code === 'rule' && finding.severity !== 'info')
      .flatMap((finding) => finding.keys),
  );
  const gappedKeys = keysOfGappedRows(cells, parsed.formatVersion);
  const review = cells
    .filter(
      (cell) => (cell.raw !== null || gappedKeys.has(cell.key)) && cell.assignedBy !== 'derived',
    )
    .map((cell) => ({ cell, reasons: reasonsOf(cell, threshold, failingKeys, gappedKeys) }))
    .filter(({ reasons }) => reasons.length > 0)
    .map(({ cell, reasons }) => reviewFinding(cell, reasons));
  const sums = derivedFrom(cells, parsed.formatVersion);
  const withSums = review.map((finding) => {
    const derived = sums.get(finding.keys[0]) ?? [];
    return derived.length > 0 ? { ...finding, keys: [...finding.keys, ...derived] } : finding;
  });
  return { ...parsed, cells, findings: [...parsed.findings, ...withSums] };
}

/**
 * The keys of the table rows read with a gap: some printed cells of the row read from the scan
 * and others not, or none of the row while the rest of its table was read. A figure lost on a
 * scan (a `1` against its cell's rule, a speck read as nothing) leaves such a gap and the figures
 * after it slide one column left, each read with full confidence; a row whose words were not
 * read as figures is lost whole. So every printed cell of such a row, the unread ones too, is put
 * in front of a person.
 */
function keysOfGappedRows(
  cells: readonly ParsedCell[],
  versions: ParsedReport['formatVersion'],
): Set<string> {
  const tables = new Map<string, Map<string, ParsedCell[]>>();
  for (const cell of cells) {
    const field = fieldByKey(cell.key);
    const version = field ? versions[field.table] : null;
    if (!field || !version || cell.assignedBy === 'derived') continue;
    if (!field.versions.includes(version) || field.derivedIn.includes(version)) continue;
    const rows = tables.get(field.table) ?? new Map<string, ParsedCell[]>();
    rows.set(field.row, [...(rows.get(field.row) ?? []), cell]);
    tables.set(field.table, rows);
  }
  const keys = new Set<string>();
  for (const rows of tables.values()) {
    const tableRead = [...rows.values()].some((row) => row.some((cell) => cell.raw !== null));
    for (const row of rows.values()) {
      const read = row.filter((cell) => cell.raw !== null).length;
      if (tableRead && read < row.length) for (const cell of row) keys.add(cell.key);
    }
  }
  return keys;
}

/**
 * Per printed key, the derived cells summed from it (a subtotal the template does not print):
 * a doubtful part makes its sum doubtful, and the sum cannot be corrected itself, so the part's
 * finding names the sum too and goes when the part is confirmed or corrected.
 */
function derivedFrom(
  cells: readonly ParsedCell[],
  versions: ParsedReport['formatVersion'],
): Map<string, string[]> {
  const sums = new Map<string, string[]>();
  for (const cell of cells.filter((candidate) => candidate.assignedBy === 'derived')) {
    const table = fieldByKey(cell.key)?.table;
    const version: FormatVersion | null = table ? versions[table] : null;
    for (const part of version ? (derivedParts(cell.key, version) ?? []) : []) {
      sums.set(part, [...(sums.get(part) ?? []), cell.key]);
    }
  }
  return sums;
}

/**
 * The findings without the `needs_review` of cells a person has confirmed or corrected (any
 * correction of the key): after a correction, and after a re-read that flags the cell again.
 */
export function withoutReviewed<T extends { code: string; keys: readonly string[] }>(
  findings: readonly T[],
  correctedKeys: ReadonlySet<string>,
): T[] {
  return findings.filter(
    (finding) =>
      finding.code !== NEEDS_REVIEW_CODE || !finding.keys.some((key) => correctedKeys.has(key)),
  );
}
