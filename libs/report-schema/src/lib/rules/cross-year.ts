import type { ReportValues } from '../cell-status';
import type { TableVersions } from '../format';
import { checkConsistency } from './check-consistency';
import type { RuleResult } from './evaluate-check';
import { ruleById } from './rule-definitions';

export interface YearValues {
  values: ReportValues;
  versions: TableVersions;
}

/**
 * The cross-year checks between one office's report and its report of the year before: 上年结转
 * against last year's 结转下年度继续办理 (T3-5) and, in the 2021 format, 现行有效件数 against last
 * year's plus 制发 − 废止 (T2-1). Stored findings cannot hold these, since they depend on which
 * report is current for the other year, so they are computed whenever both years are shown.
 */
export function checkCrossYear(current: YearValues, previous: YearValues): RuleResult[] {
  return checkConsistency({
    values: current.values,
    versions: current.versions,
    previous,
    tables: ['active', 'applications'],
  }).results.filter((result) => ruleById(result.ruleId).input === 'previous_year');
}
