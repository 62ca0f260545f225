import type { ReportValues } from '../cell-status';
import { TABLE_IDS, type TableId, type TableVersions } from '../format';
import { cellCheckPasses, evaluateCheck, type RuleResult } from './evaluate-check';
import type { OfficeKind } from '../domain/office-kinds';
import { buildRuleChecks, type TextFigures } from './rule-checks';
import { RULES, ruleById, type RuleDefinition, type RuleId } from './rule-definitions';

export interface ConsistencyInput {
  values: ReportValues;
  /** Per table, as detected from the labels: one report may mix formats. */
  versions: TableVersions;
  /** The same office's report for the year before, for T2-1 and T3-5. */
  previous?: { values: ReportValues; versions: TableVersions } | null;
  officeKind?: OfficeKind | null;
  textFigures?: TextFigures | null;
  /** Check only the rules of these tables (the tables a report prints); all by default. */
  tables?: readonly TableId[];
}

export interface ConsistencyReport {
  /** Every check made, passes included. */
  results: RuleResult[];
  /** Results a person should look at: failures and totals left blank. */
  findings: RuleResult[];
}

const KINDS_WITHOUT_REGULATIONS: readonly OfficeKind[] = ['street', 'township'];

function inputMissing(rule: RuleDefinition, input: ConsistencyInput): string | null {
  switch (rule.input) {
    case 'previous_year':
      return input.previous ? null : '缺少上一年度报告，未核对';
    case 'office_kind':
      if (!input.officeKind) return '单位类型未知，未核对';
      return KINDS_WITHOUT_REGULATIONS.includes(input.officeKind)
        ? null
        : '该类单位可制定规章，不适用';
    case 'text_figures':
      return input.textFigures ? null : '正文未提取到数字，未核对';
    case 'report':
      return null;
  }
}

function appliesTo(rule: RuleDefinition, versions: TableVersions): boolean {
  return rule.table === 'appeals' || rule.versions.includes(versions[rule.table]);
}

function skippedResult(rule: RuleDefinition, reason: string): RuleResult {
  return {
    ruleId: rule.id,
    severity: rule.severity,
    status: 'skipped',
    scope: 'report',
    scopeLabel: '全表',
    keys: [],
    previousYearKeys: [],
    expected: null,
    actual: null,
    assumedZeroKeys: [],
    derivedKeys: [],
    missingKeys: [],
    message: `${rule.title}：${reason}`,
  };
}

/**
 * Checks one report's values against every rule of §5. Blank and dash cells are read as 0 only for
 * the arithmetic and listed in `assumedZeroKeys`; a blank total beside non-zero parts is reported as
 * `derivable`; cells not printed make a check `skipped`. Nothing is silently zero.
 */
export function checkConsistency(input: ConsistencyInput): ConsistencyReport {
  const checks = buildRuleChecks({
    versions: input.versions,
    previousVersions: input.previous?.versions ?? null,
    officeKind: input.officeKind ?? null,
    textFigures: input.textFigures ?? null,
  });
  const sources = {
    current: input.values,
    previous: input.previous?.values ?? null,
    versions: input.versions,
    previousVersions: input.previous?.versions ?? null,
  };
  const results: RuleResult[] = [];
  const tables = input.tables ?? TABLE_IDS;
  const checkedRules = new Set(
    RULES.filter((rule) => tables.includes(rule.table)).map((rule) => rule.id),
  );
  for (const rule of RULES) {
    if (!checkedRules.has(rule.id) || !appliesTo(rule, input.versions)) continue;
    const reason = inputMissing(rule, input);
    if (reason) results.push(skippedResult(rule, reason));
  }
  // Range checks run once per cell; their passes are summed up per rule instead of listed.
  const cellChecksPassed = new Map<RuleId, number>();
  for (const check of checks) {
    if (!checkedRules.has(check.ruleId as RuleId)) continue;
    if (check.type === 'cell' && cellCheckPasses(check, sources)) {
      cellChecksPassed.set(check.ruleId, (cellChecksPassed.get(check.ruleId) ?? 0) + 1);
      continue;
    }
    const outcome = evaluateCheck(check, sources);
    if (outcome) results.push(outcome);
  }
  for (const [ruleId, count] of cellChecksPassed) {
    if (results.some((outcome) => outcome.ruleId === ruleId && outcome.status === 'fail')) continue;
    results.push({
      ...skippedResult(ruleById(ruleId), ''),
      status: 'pass',
      message: '',
      scopeLabel: `${count} 个单元格`,
    });
  }
  return {
    results,
    findings: results.filter(
      (outcome) => outcome.status === 'fail' || outcome.status === 'derivable',
    ),
  };
}

/** Counts of results per rule and status, for summaries. */
export function summariseResults(
  results: readonly RuleResult[],
): Partial<Record<RuleId, Record<RuleResult['status'], number>>> {
  const summary: Partial<Record<RuleId, Record<RuleResult['status'], number>>> = {};
  for (const outcome of results) {
    const counts = (summary[outcome.ruleId] ??= { pass: 0, fail: 0, derivable: 0, skipped: 0 });
    counts[outcome.status] += 1;
  }
  return summary;
}
