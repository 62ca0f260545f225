import type { RuleResult, TableId } from '@ogi/report-schema';
import type { OfficeAndYear } from '../identity/office-and-year';
import type { TokenRow } from '../layout/token-rows';
import { finding, type ParseFinding, type ParsedCell } from '../parsed-report';
import type { SectionOrPreamble } from '../sections/locate-sections';
import { tableName } from '../tables/table-name';
import type { TableReading } from '../tables/table-reading';

/** A failing rule of report-schema as a finding, located at the first of its cells that has a location. */
export function ruleFinding(
  result: RuleResult,
  cellsByKey: ReadonlyMap<string, Pick<ParsedCell, 'location'>>,
): ParseFinding {
  const located = result.keys
    .map((key) => cellsByKey.get(key)?.location)
    .find((location) => location);
  return finding('rule', result.severity, `${result.ruleId} ${result.message}`, {
    table: (result.keys[0]?.split('.')[0] as TableId | undefined) ?? null,
    keys: result.keys,
    location: located ?? null,
    ruleId: result.ruleId,
    expected: result.expected,
    actual: result.actual,
  });
}

/** Office or year not stated, or stated differently in two places. */
export function identityFindings(identity: OfficeAndYear): ParseFinding[] {
  const result: ParseFinding[] = [];
  if (identity.office.value === null)
    result.push(finding('office_not_stated', 'warning', '报告正文未写明单位名称，请在上传时指定'));
  if (identity.year.value === null)
    result.push(finding('year_not_stated', 'warning', '报告正文未写明年度，请在上传时指定'));
  if (identity.conflictingYears.length > 0) {
    result.push(
      finding(
        'year_conflict',
        'warning',
        `报告中写明的年度不一致：${identity.conflictingYears.join('、')}，采用${identity.year.source?.kind === 'title' ? '标题' : '统计期限'}中的 ${identity.year.value}`,
      ),
    );
  }
  return result;
}

export /** Tables not found, and text that stops inside a table (truncated input: never filled in). */
function completenessFindings(
  rows: readonly TokenRow[],
  sections: readonly SectionOrPreamble[],
  readings: Record<TableId, TableReading>,
  has: (section: SectionOrPreamble) => boolean,
): ParseFinding[] {
  const result: ParseFinding[] = [];
  const endsEarly = !has('problems') && !has('other');
  const lastRow = rows[rows.length - 1];
  if (endsEarly && lastRow) {
    const section = sections[sections.length - 1];
    const where = lastRow.tokens
      .map((item) => item.text)
      .filter(Boolean)
      .join(' ')
      .slice(0, 30);
    result.push(
      finding(
        'truncated',
        'warning',
        `文本在“${where}”处结束，其后的内容（${section === 'appeals' || section === 'applications' || section === 'active' ? `${tableName(section)}的其余部分及之后各节` : '各表及之后各节'}）缺失`,
        {
          location: lastRow.location,
        },
      ),
    );
  }
  for (const table of ['active', 'applications', 'appeals'] as const) {
    if (readings[table].found) continue;
    const message = endsEarly
      ? `未找到${tableName(table)}（文本不完整）`
      : `未找到${tableName(table)}`;
    result.push(finding('table_not_found', endsEarly ? 'info' : 'warning', message, { table }));
  }
  return result;
}
