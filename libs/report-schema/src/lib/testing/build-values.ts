import { numberCell, type CellValue } from '../cell-status';
import type { FormatVersion } from '../format';
import { printedKeys } from '../field-catalogue';
import { ACTIVE_LAYOUTS, activeKey } from '../tables/active-table';
import {
  APPLICANT_COLUMNS,
  applicationKey,
  outcomeLeafRows,
  printedApplicationRows,
} from '../tables/applications-table';
import { APPEAL_GROUPS, appealKey } from '../tables/appeals-table';

type ColumnFigures = Partial<Record<(typeof APPLICANT_COLUMNS)[number]['id'], number>>;
type MutableValues = Record<string, CellValue>;

export interface ReportFigures {
  /** 表三 figures by row id and applicant column (total column and 总计/结转 rows are computed). */
  applications?: Record<string, ColumnFigures>;
  /** 表四 figures by group id: upheld, corrected, other_result, pending (totals computed). */
  appeals?: Record<
    string,
    Partial<Record<'upheld' | 'corrected' | 'other_result' | 'pending', number>>
  >;
  /** 表二 figures by `row.column`. */
  active?: Record<string, number>;
}

/**
 * Builds one report's values that satisfy every arithmetic rule: unspecified cells are 0, row
 * totals, （七）总计 and 结转下年度 are computed. Tests then break exactly what they test.
 */
export function consistentReport(
  versions: { active: FormatVersion; applications: FormatVersion },
  figures: ReportFigures = {},
): MutableValues {
  const values: MutableValues = {};
  for (const key of printedKeys('active', versions.active)) values[key] = numberCell(0);
  for (const block of ACTIVE_LAYOUTS[versions.active]) {
    for (const row of block.rows) {
      for (const column of block.columns) {
        const figure = figures.active?.[`${row.id}.${column.id}`];
        if (figure !== undefined) values[activeKey(row.id, column.id)] = numberCell(figure);
      }
    }
  }
  const columns = APPLICANT_COLUMNS.filter((column) => column.id !== 'total');
  const leafIds = new Set(outcomeLeafRows(versions.applications).map((row) => row.id));
  for (const row of printedApplicationRows(versions.applications)) {
    if (row.role === 'outcome_total' || row.role === 'carried_forward') continue;
    for (const column of columns) {
      values[applicationKey(row.id, column.id)] = numberCell(
        figures.applications?.[row.id]?.[column.id] ?? 0,
      );
    }
  }
  for (const column of columns) {
    const at = (rowId: string) => values[applicationKey(rowId, column.id)].value ?? 0;
    const handled = [...leafIds].reduce((sum, rowId) => sum + at(rowId), 0);
    values[applicationKey('outcome_total', column.id)] = numberCell(handled);
    values[applicationKey('carried_forward', column.id)] = numberCell(
      at('new_received') + at('carried_over') - handled,
    );
  }
  for (const row of printedApplicationRows(versions.applications)) {
    const sum = columns.reduce(
      (total, column) => total + (values[applicationKey(row.id, column.id)].value ?? 0),
      0,
    );
    values[applicationKey(row.id, 'total')] = numberCell(sum);
  }
  for (const group of APPEAL_GROUPS) {
    const given = figures.appeals?.[group.id] ?? {};
    let total = 0;
    for (const result of ['upheld', 'corrected', 'other_result', 'pending'] as const) {
      values[appealKey(group.id, result)] = numberCell(given[result] ?? 0);
      total += given[result] ?? 0;
    }
    values[appealKey(group.id, 'total')] = numberCell(total);
  }
  return values;
}
