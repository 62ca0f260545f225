import {
  APPEAL_GROUPS,
  APPEAL_RESULTS,
  APPEALS_VALUE_COUNT,
  appealKey,
  appealKeysInPrintedOrder,
  matchesLabel,
  type AppealGroupSpec,
  type FormatVersion,
} from '@ogi/report-schema';
import { ownLabel, type LogicalRow } from '../layout/logical-rows';
import type { Token } from '../layout/token-rows';
import { finding } from '../parsed-report';
import { placeGluedRows } from './place-glued-rows';
import {
  cellFromToken,
  emptyReading,
  fitValues,
  notPrintedCell,
  type TableReading,
} from './table-reading';

const GROUP_COLUMNS = APPEAL_RESULTS.length;

function groupOf(row: LogicalRow): AppealGroupSpec | null {
  const label = ownLabel(row);
  return label ? (APPEAL_GROUPS.find((group) => matchesLabel(group, label)) ?? null) : null;
}

function isHeaderRow(row: LogicalRow): boolean {
  return row.labels.some(
    (label) =>
      APPEAL_GROUPS.some((group) => matchesLabel(group, label.text)) ||
      APPEAL_RESULTS.some((result) => matchesLabel(result, label.text)),
  );
}

/** 表四 printed as 3 rows (行政复议 / 未经复议直接起诉 / 复议后起诉) × 5 results (§7.4). */
function readTransposed(reading: TableReading, rows: readonly LogicalRow[]): boolean {
  const groupRows = rows.filter(
    (row) =>
      groupOf(row) &&
      row.values.filter((item) => item.kind === 'value').length >= GROUP_COLUMNS - 1,
  );
  if (groupRows.length < 2) return false;
  for (const row of groupRows) {
    const group = groupOf(row) as AppealGroupSpec;
    const values = row.positional ? row.values : row.values.filter((item) => item.kind === 'value');
    const { fitted } = fitValues(values, GROUP_COLUMNS);
    APPEAL_RESULTS.forEach((result, position) => {
      const key = appealKey(group.id, result.id);
      reading.cells.set(
        key,
        fitted[position] ? cellFromToken(key, fitted[position], 'header') : notPrintedCell(key),
      );
    });
    reading.lastRowIndex = row.index;
  }
  reading.found = true;
  return true;
}

/**
 * Reads 表四 (§4, §7.6): its headers are often unreadable after PDF extraction, so the table is
 * read as the 15 numbers that follow the header, in the fixed column order; positional rows keep
 * their empty cells. A transposed 3 × 5 table is read by its row labels.
 */
export function readAppealsTable(
  rows: readonly LogicalRow[],
  version: FormatVersion = '2021',
): TableReading {
  const reading = emptyReading('appeals');
  if (readTransposed(reading, rows)) return reading;
  const collected: Token[] = [];
  let glued = false;
  for (const row of rows) {
    if (collected.length >= APPEALS_VALUE_COUNT) break;
    if (isHeaderRow(row)) {
      reading.found = true;
      reading.lastRowIndex = row.index;
    }
    const values = row.positional ? row.values : row.values.filter((item) => item.kind === 'value');
    if (!values.some((item) => item.kind === 'value')) continue;
    const { fitted } = fitValues(values, APPEALS_VALUE_COUNT - collected.length);
    collected.push(...fitted);
    glued ||= row.glued === true;
    reading.found = true;
    reading.lastRowIndex = row.index;
  }
  const keys = appealKeysInPrintedOrder();
  if (!reading.found) return reading;
  const runs = collected.filter((item) => item.kind === 'value');
  if (glued && runs.length < APPEALS_VALUE_COUNT) {
    placeGluedRows(reading, [{ label: '行政复议、行政诉讼', keys, runs }], version);
    return reading;
  }
  keys.forEach((key, position) => {
    const item = collected[position];
    reading.cells.set(key, item ? cellFromToken(key, item, 'position') : notPrintedCell(key));
  });
  const printed = collected.filter((item) => item.kind !== 'empty').length;
  if (printed > 0 && collected.length < APPEALS_VALUE_COUNT) {
    reading.findings.push(
      finding(
        'partial_row',
        'warning',
        `表四只找到 ${collected.length} 个数值，应有 ${APPEALS_VALUE_COUNT} 个`,
        {
          table: 'appeals',
          location: collected[collected.length - 1].location,
          keys: keys.slice(collected.length),
        },
      ),
    );
  }
  return reading;
}
