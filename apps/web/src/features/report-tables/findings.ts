import { TABLES, ruleById, type RuleId, type RuleResult } from '@ogi/report-schema';
import type { ReportFinding } from '../../data-access/report-types';

/** A finding as the pages list it: plain words and the cells it is about. */
export interface PlainFinding {
  id: string;
  severity: 'error' | 'warning' | 'info';
  /** The rule's title or the kind of problem. */
  title: string;
  message: string;
  keys: string[];
  /** Cells of last year's report (cross-year checks). */
  previousYearKeys: string[];
}

const CODE_TITLES: Record<string, string> = {
  office_not_stated: '未写明单位',
  year_not_stated: '未写明年度',
  year_conflict: '年度前后不一致',
  table_not_found: '缺少表格',
  table_not_printed: '表格空白',
  table_in_prose_only: '表格仅以文字给出',
  version_from_year: '格式版本按年度推定',
  version_unknown: '格式版本无法确定',
  unknown_row: '无法识别的行',
  extra_values: '多出的数字',
  partial_row: '行内数字不全',
  alignment_ambiguous: '数字对应的列不确定',
  values_unrecoverable: '数值无法识别',
  unparseable_cell: '无法识别的单元格',
  duplicate_row: '重复的行',
  truncated: '文件不完整',
  traditional_script: '繁体字文本',
  label_variant: '行名与模板不同',
  digits_split: '数字连写已拆分',
  ambiguous_digits: '连写数字无法拆分',
  rows_by_order: '无行名的数值按顺序放入',
  unlabelled_values: '无行名的数值未录入',
  out_of_range: '数值超出范围',
};

// Rule messages already say the rule and its equation; the title names the table it checks.
const titleOfRule = (ruleId: string) =>
  `校验规则 ${ruleId}（表${TABLES[ruleById(ruleId as RuleId).table].numeral}）`;

export function storedFinding(finding: ReportFinding, index: number): PlainFinding {
  return {
    id: `stored-${index}`,
    severity: finding.severity,
    title: finding.ruleId
      ? titleOfRule(finding.ruleId)
      : (CODE_TITLES[finding.code] ?? finding.code),
    message: finding.message,
    keys: finding.keys,
    previousYearKeys: [],
  };
}

/** Only the cross-year checks that failed or read a blank as a total are worth a person's time. */
export function crossYearFindings(results: readonly RuleResult[]): PlainFinding[] {
  return results
    .filter((result) => result.status === 'fail' || result.status === 'derivable')
    .map((result, index) => ({
      id: `cross-${index}`,
      severity: result.severity,
      title: titleOfRule(result.ruleId),
      message: result.message,
      keys: result.keys,
      previousYearKeys: result.previousYearKeys,
    }));
}

/** The cells any error or warning involves, for marking them in the tables. */
export function failingKeys(findings: readonly PlainFinding[]): Set<string> {
  return new Set(
    findings.filter((finding) => finding.severity !== 'info').flatMap((finding) => finding.keys),
  );
}
