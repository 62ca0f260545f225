import { extractDocument } from '@ogi/report-extract';
import { parseReport } from '@ogi/report-parser';
import { renderReport, type GeneratedReport, type RenderedReport } from '@ogi/report-generator';
import { encode } from 'iconv-lite';

/** The bytes of a rendered report as they are written to disk (HTML in the page's charset). */
export function reportBytes(rendered: RenderedReport, charset: 'utf-8' | 'gb18030'): Uint8Array {
  if (typeof rendered.content !== 'string') return rendered.content;
  if (rendered.ext === 'html' && charset === 'gb18030')
    return new Uint8Array(encode(rendered.content, 'gb18030'));
  return new TextEncoder().encode(rendered.content);
}

export interface CellMismatch {
  key: string;
  expected: number | null;
  got: number | null;
}

export interface RoundTripResult {
  id: string;
  layout: string;
  variant: string;
  quirks: string[];
  officeOk: boolean;
  yearOk: boolean;
  expectedOffice: string | null;
  gotOffice: string | null;
  expectedYear: number | null;
  gotYear: number | null;
  cells: number;
  /**
   * Cells read as nothing that a finding names (a run of digits no rule could split, a row of
   * values without a label): not right, but never silently wrong.
   */
  flagged: string[];
  wrong: CellMismatch[];
  error: string | null;
  bytes: Uint8Array;
}

function same(expected: number | null, got: number | null): boolean {
  if (expected === null || got === null) return expected === got;
  return Math.abs(expected - got) <= 1e-9 * Math.max(1, Math.abs(expected));
}

/** Renders, extracts and parses one generated report in memory and compares it with its truth. */
export async function roundTrip(report: GeneratedReport): Promise<RoundTripResult> {
  const { model, truth } = report;
  const rendered = renderReport(model);
  const bytes = reportBytes(rendered, model.charset);
  const keys = Object.keys(truth.values);
  const base = {
    id: model.id,
    layout: model.layout,
    variant: model.variant,
    quirks: model.quirks,
    expectedOffice: truth.office,
    expectedYear: truth.year,
    cells: keys.length,
    bytes,
  };
  try {
    const parsed = parseReport(await extractDocument(bytes, `${model.id}.${rendered.ext}`));
    const named = new Set(parsed.findings.flatMap((item) => item.keys));
    const differing = keys.filter((key) => !same(truth.values[key], parsed.values[key] ?? null));
    const isFlagged = (key: string) => (parsed.values[key] ?? null) === null && named.has(key);
    const flagged = differing.filter(isFlagged);
    const wrong = differing
      .filter((key) => !isFlagged(key))
      .map((key) => ({ key, expected: truth.values[key], got: parsed.values[key] ?? null }));
    return {
      ...base,
      officeOk: parsed.office.value === truth.office,
      yearOk: parsed.year.value === truth.year,
      gotOffice: parsed.office.value,
      gotYear: parsed.year.value,
      flagged,
      wrong,
      error: null,
    };
  } catch (err) {
    return {
      ...base,
      officeOk: false,
      yearOk: false,
      gotOffice: null,
      gotYear: null,
      flagged: [],
      wrong: keys.map((key) => ({ key, expected: truth.values[key], got: null })),
      error: err instanceof Error ? err.message : String(err),
    };
  }
}

/** Per layout: reports, cells, cells right, office and year right. */
export interface LayoutStats {
  reports: number;
  perfect: number;
  cells: number;
  cellsRight: number;
  /** Cells read as nothing with a finding naming them. */
  cellsFlagged: number;
  officeRight: number;
  yearRight: number;
  errors: number;
}

function emptyLayoutStats(): LayoutStats {
  return {
    reports: 0,
    perfect: 0,
    cells: 0,
    cellsRight: 0,
    cellsFlagged: 0,
    officeRight: 0,
    yearRight: 0,
    errors: 0,
  };
}

export function addToStats(stats: Map<string, LayoutStats>, result: RoundTripResult): void {
  const key = result.layout;
  const entry = stats.get(key) ?? emptyLayoutStats();
  entry.reports += 1;
  entry.cells += result.cells;
  entry.cellsRight += result.cells - result.wrong.length - result.flagged.length;
  entry.cellsFlagged += result.flagged.length;
  entry.officeRight += result.officeOk ? 1 : 0;
  entry.yearRight += result.yearOk ? 1 : 0;
  entry.errors += result.error ? 1 : 0;
  entry.perfect += result.officeOk && result.yearOk && result.wrong.length === 0 ? 1 : 0;
  stats.set(key, entry);
}

export function formatStats(stats: Map<string, LayoutStats>): string {
  const lines = [
    'layout      reports  perfect  cells      cell-acc   flagged   office  year  errors',
  ];
  let total = emptyLayoutStats();
  const row = (name: string, s: LayoutStats) =>
    `${name.padEnd(10)}  ${String(s.reports).padStart(7)}  ${String(s.perfect).padStart(7)}  ${String(s.cells).padStart(9)}  ${((100 * s.cellsRight) / Math.max(1, s.cells)).toFixed(3).padStart(8)}%  ${String(s.cellsFlagged).padStart(7)}  ${String(s.officeRight).padStart(6)}  ${String(s.yearRight).padStart(4)}  ${String(s.errors).padStart(6)}`;
  for (const [name, s] of [...stats].sort()) {
    lines.push(row(name, s));
    total = Object.fromEntries(
      Object.entries(total).map(([k, v]) => [k, v + s[k as keyof LayoutStats]]),
    ) as unknown as LayoutStats;
  }
  lines.push(row('all', total));
  return lines.join('\n');
}
