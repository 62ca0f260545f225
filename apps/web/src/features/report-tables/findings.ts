import {
  PROBLEM_KIND_LABELS,
  PROBLEM_KINDS,
  problemKindOf,
  REVIEWED_SEVERITIES,
  TABLES,
  ruleById,
  type ProblemKind,
  type RuleId,
  type RuleResult,
} from '@ogi/report-schema';
import type { ReportFinding } from '../../data-access/report-types';

/** A finding as the pages list it: plain words and the cells it is about. */
export interface PlainFinding {
  id: string;
  severity: 'error' | 'warning' | 'info';
  /** The rule's title or the kind of problem. */
  title: string;
  /** Which of the kinds of problem (problem-kinds.ts) it is. */
  kind: ProblemKind;
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
  // Where a code is exactly one kind of problem, its title is the kind's one name.
  table_not_printed: PROBLEM_KIND_LABELS.not_printed,
  table_in_prose_only: '表格仅以文字给出',
  version_from_year: '格式版本按年度推定',
  version_unknown: '格式版本无法确定',
  unknown_row: '无法识别的行',
  extra_values: '多出的数字',
  partial_row: '行内数字不全',
  alignment_ambiguous: '数字对应的列不确定',
  values_unrecoverable: PROBLEM_KIND_LABELS.unreadable,
  unparseable_cell: `单元格${PROBLEM_KIND_LABELS.unreadable}`,
  duplicate_row: '重复的行',
  truncated: '文件不完整',
  traditional_script: '繁体字文本',
  label_variant: '行名与模板不同',
  digits_split: '数字连写已拆分',
  ambiguous_digits: '连写数字无法拆分',
  rows_by_order: '无行名的数值按顺序放入',
  unlabelled_values: '无行名的数值未录入',
  out_of_range: '数值超出范围',
  needs_review: PROBLEM_KIND_LABELS.needs_review,
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
    kind: problemKindOf(finding.code),
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
      kind: 'rule' as const,
      message: result.message,
      keys: result.keys,
      previousYearKeys: result.previousYearKeys,
    }));
}

/**
 * The cells any error or warning involves, for marking them in the tables (a cell awaiting review
 * is marked as such, not as failing).
 */
export function failingKeys(findings: readonly PlainFinding[]): Set<string> {
  return new Set(
    findings
      .filter((finding) => finding.severity !== 'info' && finding.kind !== 'needs_review')
      .flatMap((finding) => finding.keys),
  );
}

/** The cells read from a scan that await a person's confirmation (待人工核对). */
export function reviewKeys(findings: readonly PlainFinding[]): Set<string> {
  return new Set(
    findings
      .filter((finding) => finding.kind === 'needs_review')
      .flatMap((finding) => finding.keys),
  );
}

/**
 * Errors and warnings of each kind of problem (notes left out): the counts the review queue shows
 * for the same report (GET /api/reports findingCounts).
 */
export function kindCounts(findings: readonly PlainFinding[]): Record<ProblemKind, number> {
  const counts = Object.fromEntries(PROBLEM_KINDS.map((kind) => [kind, 0])) as Record<
    ProblemKind,
    number
  >;
  const reviewed: readonly string[] = REVIEWED_SEVERITIES;
  for (const finding of findings) {
    if (reviewed.includes(finding.severity)) counts[finding.kind] += 1;
  }
  return counts;
}
