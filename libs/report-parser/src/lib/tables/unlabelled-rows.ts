import {
  APPLICANT_COLUMN_IDS,
  applicationKey,
  printedApplicationRows,
  type FormatVersion,
} from '@ogi/report-schema';
import { applicationRowLabel } from './applications-rows';
import type { Token } from '../layout/token-rows';
import { finding } from '../parsed-report';
import { equationsOn, knownValues } from './glued-rows';
import { cellFromToken, type TableReading } from './table-reading';

/**
 * 表三 as read, in printed order: rows recognised by their labels, and rows of values that lost
 * their label (a PDF converted to Markdown prints a row's numbers apart from its wrapped label).
 */
export type PrintedRow =
  | { kind: 'row'; rowId: string; withValues: boolean }
  | { kind: 'unlabelled'; values: Token[] };

interface Gap {
  /** Template rows between the labelled rows around the gap that printed no values. */
  missing: string[];
  rows: Token[][];
}

const rowKeys = (rowId: string) =>
  APPLICANT_COLUMN_IDS.map((column) => applicationKey(rowId, column));

/** The unlabelled rows between each two labelled rows with values, and the template rows they may be. */
function gapsOf(printed: readonly PrintedRow[], version: FormatVersion): Gap[] {
  const template = printedApplicationRows(version).map((spec) => spec.id);
  const valued = new Set(
    printed.flatMap((row) => (row.kind === 'row' && row.withValues ? [row.rowId] : [])),
  );
  const gaps: Gap[] = [];
  let before = -1;
  let open: Token[][] = [];
  const close = (after: number) => {
    if (open.length > 0) {
      const missing =
        after > before
          ? template.slice(before + 1, after).filter((rowId) => !valued.has(rowId))
          : [];
      gaps.push({ missing, rows: open });
    }
    open = [];
  };
  for (const row of printed) {
    if (row.kind === 'unlabelled') open.push(row.values);
    else if (row.withValues) {
      const at = template.indexOf(row.rowId);
      close(at);
      before = at;
    }
  }
  close(template.length);
  return gaps;
}

/**
 * Places rows of values that lost their label into the template rows left without values between
 * the labelled rows around them, in printed order, when the counts match; the placement is kept
 * only if every rule it touches can be decided and holds (row totals, column sums). Otherwise those
 * cells stay empty and a finding names the rows, so no number lands in a row it may not belong to.
 */
export function placeUnlabelledRows(
  reading: TableReading,
  printed: readonly PrintedRow[],
  version: FormatVersion,
): void {
  const gaps = gapsOf(printed, version);
  if (gaps.length === 0) return;
  const fitting = gaps.filter(
    (gap) =>
      gap.missing.length === gap.rows.length &&
      gap.rows.every((values) => values.length === APPLICANT_COLUMN_IDS.length),
  );
  const before = new Map(reading.cells);
  const placed = new Set<string>();
  for (const gap of fitting) {
    gap.missing.forEach((rowId, index) => {
      rowKeys(rowId).forEach((key, column) => {
        reading.cells.set(key, cellFromToken(key, gap.rows[index][column], 'rules'));
        placed.add(key);
      });
    });
  }
  const check =
    placed.size > 0 ? equationsOn('applications', version, knownValues(reading), placed) : null;
  const confirmed = check !== null && check.decided > 0 && check.broken === 0;
  if (!confirmed) {
    reading.cells.clear();
    for (const [key, cell] of before) reading.cells.set(key, cell);
  }
  const label = (rowId: string) => applicationRowLabel(rowId, version);
  const placedRows = confirmed ? fitting.flatMap((gap) => gap.missing) : [];
  if (placedRows.length > 0) {
    reading.findings.push(
      finding(
        'rows_by_order',
        'info',
        `表三有 ${placedRows.length} 行数值没有印出行名，按模板顺序放入${placedRows.map((rowId) => `“${label(rowId)}”`).join('、')}，各行合计与各列之和均相符`,
        { table: 'applications' },
      ),
    );
  }
  const unplaced = gaps.filter((gap) => !confirmed || !fitting.includes(gap));
  const rowCount = unplaced.reduce((sum, gap) => sum + gap.rows.length, 0);
  if (rowCount === 0) return;
  const missing = unplaced.flatMap((gap) => gap.missing);
  const shown = unplaced
    .flatMap((gap) => gap.rows)
    .slice(0, 3)
    .map((values) => `“${values.map((item) => item.text).join('|')}”`)
    .join('、');
  reading.findings.push(
    finding(
      'unlabelled_values',
      'warning',
      `表三有 ${rowCount} 行数值没有印出行名（如${shown}），无法确定属于哪一行，未录入${
        missing.length > 0
          ? `；未读到数值的行：${missing.map((rowId) => `“${label(rowId)}”`).join('、')}，请对照原文填写`
          : ''
      }`,
      { table: 'applications', keys: missing.flatMap(rowKeys) },
    ),
  );
}
