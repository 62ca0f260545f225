import type { FormatVersion } from '@ogi/report-schema';
import { readCell } from '../cells/cell-value';
import type { Token } from '../layout/token-rows';
import { finding } from '../parsed-report';
import { digitSplits } from './digit-splits';
import { knownValues, resolveGluedRows, type GluedRow } from './glued-rows';
import { cellFromToken, notPrintedCell, type TableReading } from './table-reading';
import { tableName } from './table-name';

/** A row of a table whose cells were printed with no separator, waiting to be split. */
export interface PendingGluedRow {
  /** How findings name the row. */
  label: string;
  keys: readonly string[];
  /** The runs of digits printed after the label. */
  runs: readonly Token[];
}

const MAX_LISTED = 3;

/** Splits that read as the same cells (`--` as one dash or two) are one split. */
function distinctReadings(splits: readonly string[][]): string[][] {
  const byReading = new Map<string, string[]>();
  for (const split of splits) {
    const reading = split
      .map((text) => {
        const cell = readCell(text);
        return cell.status === 'number' ? String(cell.value) : cell.status;
      })
      .join('|');
    if (!byReading.has(reading)) byReading.set(reading, split);
  }
  return [...byReading.values()];
}

/**
 * Splits the runs of digits of each pending row into its cells: the split the table's rules leave
 * unique is stored (assigned by the rules when they had to choose); a row with several possible
 * splits, or none, stores nothing and gets an `ambiguous_digits` finding listing the candidates.
 * One `digits_split` finding says how many rows were recovered this way.
 */
export function placeGluedRows(
  reading: TableReading,
  pending: readonly PendingGluedRow[],
  version: FormatVersion,
): void {
  if (pending.length === 0) return;
  const splits = pending.map((row) => {
    const all = digitSplits(
      row.runs.map((run) => run.text),
      row.keys.length,
    );
    return all && distinctReadings(all);
  });
  const rows: GluedRow[] = pending.map((row, index) => ({
    keys: row.keys,
    candidates: splits[index] ?? [],
  }));
  const { chosen, byRules, remaining } = resolveGluedRows(
    reading.table,
    version,
    rows,
    knownValues(reading),
  );
  let recovered = 0;
  pending.forEach((row, index) => {
    const split = chosen[index];
    row.keys.forEach((key, column) => {
      const run = row.runs[0];
      const text = split?.[column];
      reading.cells.set(
        key,
        text === undefined
          ? notPrintedCell(key)
          : cellFromToken(
              key,
              { ...run, text, kind: 'value' },
              byRules[index] ? 'rules' : 'position',
            ),
      );
    });
    if (split) {
      recovered += 1;
      return;
    }
    const printed = row.runs.map((run) => run.text).join(' ');
    const options = remaining[index];
    const listed = options
      .slice(0, MAX_LISTED)
      .map((option) => option.join('|'))
      .join('；');
    const why =
      splits[index] === null
        ? '数字过长，无法逐一列举拆分方式'
        : options.length === 0
          ? '没有一种拆分能使数字个数与勾稽关系成立'
          : `可拆分为 ${listed}${options.length > MAX_LISTED ? ` 等 ${options.length} 种` : ''}，勾稽关系无法确定是哪一种`;
    reading.findings.push(
      finding(
        'ambiguous_digits',
        'warning',
        `${tableName(reading.table)}“${row.label}”行的数字连写为“${printed}”，${why}；该行未录入，请对照原文填写`,
        { table: reading.table, keys: [...row.keys], location: row.runs[0]?.location ?? null },
      ),
    );
  });
  reading.findings.push(
    finding(
      'digits_split',
      'info',
      `${tableName(reading.table)}有 ${pending.length} 行的单元格数字连写、没有分隔，其中 ${recovered} 行按位数${
        byRules.some(Boolean) ? '和勾稽关系' : ''
      }唯一确定并已拆分${recovered < pending.length ? `，${pending.length - recovered} 行无法确定` : ''}`,
      { table: reading.table },
    ),
  );
}
