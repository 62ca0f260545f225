import {
  checkCrossYear,
  type CellValue,
  type TableVersions,
  type YearValues,
} from '@ogi/report-schema';
import type { ReportDetail } from '../../data-access/report-types';
import { crossYearFindings, type PlainFinding } from '../report-tables/findings';

type Cells = Pick<ReportDetail, 'cells' | 'formatVersion'>;

function yearValues(report: Cells): YearValues | null {
  const { active, applications } = report.formatVersion;
  // Without 表三 there is no carry-over to compare; 表二 alone is not worth a cross-year check.
  if (applications === null) return null;
  const versions: TableVersions = { active: active ?? applications, applications };
  const values: Record<string, CellValue> = {};
  for (const cell of report.cells) values[cell.key] = { value: cell.value, status: cell.status };
  return { values, versions };
}

/**
 * Where this year's report disagrees with the office's report of the year before (上年结转 vs 结转下年度
 * 继续办理, 现行有效件数): null when either year has no report to compare.
 */
export function carryOverFindings(current: Cells, previous: Cells | null): PlainFinding[] | null {
  const now = yearValues(current);
  const before = previous ? yearValues(previous) : null;
  if (!now || !before) return null;
  return crossYearFindings(checkCrossYear(now, before));
}
