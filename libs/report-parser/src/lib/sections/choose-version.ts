import type { FormatVersion, TableId } from '@ogi/report-schema';
import { finding, type ParseFinding } from '../parsed-report';
import { tableName } from '../tables/table-name';

export interface VersionChoice {
  version: FormatVersion;
  finding: ParseFinding | null;
}

/**
 * The format a table is read in: what its labels say (§0); when they do not tell (a fragment, a
 * table whose marker rows were not printed), the format of the report's other table, then the
 * report year (2019–2020 used the trial format), each with a finding that says so.
 */
export function chooseVersion(
  table: TableId,
  detected: FormatVersion | null,
  other: FormatVersion | null,
  year: number | null,
): VersionChoice {
  if (detected) return { version: detected, finding: null };
  const fromYear: FormatVersion | null = year === null ? null : year <= 2020 ? '2019' : '2021';
  const fallback = other ?? fromYear;
  if (fallback) {
    const reason = other ? '与同一报告中另一张表一致' : `按报告年度 ${year}`;
    return {
      version: fallback,
      finding: finding(
        'version_from_year',
        'info',
        `${tableName(table)}的标签不足以判断格式版本，${reason}，按 ${fallback} 年版读取`,
        { table },
      ),
    };
  }
  return {
    version: '2021',
    finding: finding(
      'version_unknown',
      'warning',
      `${tableName(table)}的格式版本无法判断，按 2021 年版读取`,
      { table },
    ),
  };
}
