import { cellOf, isPlaceholder, type ReportValues } from '../cell-status';
import type {
  EquationCheck,
  OrderCheck,
  CellCheck,
  RuleCheck,
  Term,
  TextFigureCheck,
} from './rule-checks';
import { resolveValue } from '../resolve-value';
import { versionOfKey, type TableVersions } from '../format';
import { ruleById, type RuleId, type Severity } from './rule-definitions';

export type RuleStatus = 'pass' | 'fail' | 'derivable' | 'skipped';

/** The outcome of one check. `findings` are the results that need a person's attention. */
export interface RuleResult {
  ruleId: RuleId;
  severity: Severity;
  status: RuleStatus;
  scope: string;
  scopeLabel: string;
  /** Keys of this report involved in the check. */
  keys: string[];
  /** Keys of last year's report involved (cross-year rules). */
  previousYearKeys: string[];
  /** What the cells say the checked side should be, and what it is. */
  expected: number | null;
  actual: number | null;
  /** Blank or dash cells read as 0 for the arithmetic (§7.3), listed so nobody mistakes them for zeros. */
  assumedZeroKeys: string[];
  /** Blank totals read as the sum of their parts. */
  derivedKeys: string[];
  /** Cells not printed or unreadable: the check could not be decided. */
  missingKeys: string[];
  /** What went wrong, in plain Chinese; empty for passes. */
  message: string;
}

export interface ValueSources {
  current: ReportValues;
  previous: ReportValues | null;
  versions: TableVersions;
  previousVersions: TableVersions | null;
}

const TOLERANCE = 1e-6;

interface ResolvedSum {
  sum: number;
  numbers: number;
  assumedZero: string[];
  derived: string[];
  missing: string[];
}

function valuesFor(sources: ValueSources, year: Term['year']) {
  return year === 'current'
    ? { values: sources.current, versions: sources.versions }
    : { values: sources.previous, versions: sources.previousVersions };
}

function addTerm(sources: ValueSources, item: Term, into: ResolvedSum): void {
  const { values, versions } = valuesFor(sources, item.year);
  if (!values || !versions) {
    into.missing.push(item.key);
    return;
  }
  if (!item.derivable) {
    const cell = cellOf(values, item.key);
    if (cell.status === 'number' && cell.value !== null) {
      into.sum += item.sign * cell.value;
      into.numbers += 1;
    } else if (isPlaceholder(cell.status)) into.assumedZero.push(item.key);
    else into.missing.push(item.key);
    return;
  }
  const printed = values[item.key];
  if (printed && printed.status === 'number' && printed.value !== null) {
    // The common case: a printed number needs no resolving.
    into.sum += item.sign * printed.value;
    into.numbers += 1;
    return;
  }
  const resolved = resolveValue(item.key, values, versionOfKey(item.key, versions));
  if (resolved.value === null) {
    into.missing.push(...(resolved.missingKeys.length > 0 ? resolved.missingKeys : [item.key]));
    return;
  }
  into.sum += item.sign * resolved.value;
  // A placeholder read as 0 is not a printed number; a blank total filled from its parts stands on numbers.
  if (!resolved.assumedZeroKeys.includes(item.key)) into.numbers += 1;
  into.assumedZero.push(...resolved.assumedZeroKeys);
  into.derived.push(...resolved.derivedKeys);
}

function resolveSum(sources: ValueSources, items: readonly Term[]): ResolvedSum {
  const resolved: ResolvedSum = { sum: 0, numbers: 0, assumedZero: [], derived: [], missing: [] };
  for (const item of items) addTerm(sources, item, resolved);
  return resolved;
}

function keysOf(items: readonly Term[], year: Term['year']): string[] {
  if (items.length === 1) return items[0].year === year ? [items[0].key] : [];
  return [...new Set(items.filter((item) => item.year === year).map((item) => item.key))];
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

function result(
  check: RuleCheck,
  items: readonly Term[],
  fields: Partial<RuleResult> & Pick<RuleResult, 'status'>,
): RuleResult {
  const base: RuleResult = {
    ruleId: check.ruleId,
    severity: check.severity,
    scope: check.scope,
    scopeLabel: check.scopeLabel,
    keys: keysOf(items, 'current'),
    previousYearKeys: keysOf(items, 'previous'),
    expected: null,
    actual: null,
    assumedZeroKeys: [],
    derivedKeys: [],
    missingKeys: [],
    message: '',
    ...fields,
    status: fields.status,
  };
  // Passes are many (one per cell for the range rules) and nobody reads their text.
  if (base.status !== 'pass' && !fields.message) base.message = describe(base);
  return base;
}

function describe(outcome: RuleResult): string {
  const rule = ruleById(outcome.ruleId);
  const where = `${rule.title}（${outcome.scopeLabel}）`;
  switch (outcome.status) {
    case 'pass':
      return '';
    case 'fail':
      return `${where}：应为 ${outcome.expected ?? '—'}，实为 ${outcome.actual ?? '—'}`;
    case 'derivable':
      return `${where}：合计未填写，按各项之和应为 ${outcome.expected}`;
    case 'skipped':
      return outcome.missingKeys.length > 0
        ? `${where}：有 ${outcome.missingKeys.length} 个单元格未印出或无法识别，未核对`
        : `${where}：无数字可核对`;
  }
}

interface EquationOutcome {
  status: RuleStatus;
  left: ResolvedSum;
  right: ResolvedSum;
}

/** The arithmetic of an equation check, without building a result. Null when it does not apply. */
function equationOutcome(check: EquationCheck, sources: ValueSources): EquationOutcome | null {
  if (
    check.onlyIfSupplied &&
    check.totalKey &&
    cellOf(sources.current, check.totalKey).status !== 'number'
  ) {
    return null;
  }
  const left = resolveSum(sources, check.left);
  const right = resolveSum(sources, check.right);
  if (left.missing.length + right.missing.length > 0 || left.numbers + right.numbers === 0) {
    return { status: 'skipped', left, right };
  }
  const expected = round(right.sum);
  // A blank total beside non-zero parts is an omission, not a zero (§7.3).
  if (check.totalKey && left.numbers === 0 && expected !== 0)
    return { status: 'derivable', left, right };
  const status = Math.abs(round(left.sum) - expected) < TOLERANCE ? 'pass' : 'fail';
  return { status, left, right };
}

function evaluateEquation(check: EquationCheck, sources: ValueSources): RuleResult | null {
  const outcome = equationOutcome(check, sources);
  if (!outcome) return null;
  const { status, left, right } = outcome;
  const items = [...check.left, ...check.right];
  const missingKeys = [...left.missing, ...right.missing];
  const assumedZeroKeys = [...left.assumedZero, ...right.assumedZero];
  const derivedKeys = [...left.derived, ...right.derived];
  if (status === 'skipped') {
    return result(
      check,
      items,
      missingKeys.length > 0 ? { status, missingKeys } : { status, assumedZeroKeys },
    );
  }
  const expected = round(right.sum);
  if (status === 'derivable') {
    return result(check, items, {
      status,
      // Not a contradiction: the total can be filled in, so it is a note rather than an error.
      severity: 'info',
      expected,
      actual: null,
      assumedZeroKeys: assumedZeroKeys.filter((key) => key !== check.totalKey),
      derivedKeys,
    });
  }
  return result(check, items, {
    status,
    expected,
    actual: round(left.sum),
    assumedZeroKeys,
    derivedKeys,
  });
}

function evaluateOrder(check: OrderCheck, sources: ValueSources): RuleResult | null {
  const items: Term[] = [check.greater, check.lesser].map((key) => ({
    key,
    sign: 1,
    year: 'current',
    derivable: false,
  }));
  const greater = cellOf(sources.current, check.greater);
  const lesser = cellOf(sources.current, check.lesser);
  if (
    greater.status !== 'number' ||
    lesser.status !== 'number' ||
    greater.value === null ||
    lesser.value === null
  )
    return null;
  const status = greater.value >= lesser.value ? 'pass' : 'fail';
  return result(check, items, {
    status,
    expected: lesser.value,
    actual: greater.value,
    message:
      status === 'fail'
        ? `${ruleById(check.ruleId).title}（${check.scopeLabel}）：${greater.value} 小于 ${lesser.value}`
        : undefined,
  });
}

/**
 * Whether a cell check passes, without building its result (range checks run once per cell and
 * nearly all pass); null when it does not apply.
 */
export function cellCheckPasses(check: CellCheck, sources: ValueSources): boolean | null {
  const cell = cellOf(sources.current, check.key);
  if (cell.status !== 'number' || cell.value === null) return null;
  const value = cell.value;
  return (
    (check.min === null || value >= check.min) &&
    (check.max === null || value <= check.max) &&
    (!check.integer || Number.isInteger(value))
  );
}

function evaluateCell(check: CellCheck, sources: ValueSources): RuleResult | null {
  const cell = cellOf(sources.current, check.key);
  if (cell.status !== 'number' || cell.value === null) return null;
  const value = cell.value;
  const items: Term[] = [{ key: check.key, sign: 1, year: 'current', derivable: false }];
  const problems: string[] = [];
  if (check.min !== null && value < check.min) problems.push(`小于 ${check.min}`);
  if (check.max !== null && value > check.max) problems.push(`大于 ${check.max}`);
  if (check.integer && !Number.isInteger(value)) problems.push('不是整数');
  if (problems.length === 0) return result(check, items, { status: 'pass', actual: value });
  const bound = check.max !== null && value > check.max ? check.max : check.min;
  return result(check, items, {
    status: 'fail',
    expected: bound,
    actual: value,
    message: `${ruleById(check.ruleId).title}（${check.scopeLabel}）：${value} ${problems.join('，')}`,
  });
}

function evaluateTextFigure(check: TextFigureCheck, sources: ValueSources): RuleResult {
  const items = check.candidates.flat();
  const usable = check.candidates
    .map((candidate) => resolveSum(sources, candidate))
    .filter((sum) => sum.missing.length === 0 && sum.numbers > 0);
  if (usable.length === 0) return result(check, items, { status: 'skipped', actual: check.figure });
  const match = usable.find((sum) => Math.abs(sum.sum - check.figure) < TOLERANCE);
  return result(check, items, {
    status: match ? 'pass' : 'fail',
    expected: round((match ?? usable[0]).sum),
    actual: check.figure,
  });
}

/** Evaluates one check; null when it does not apply (a derived value not supplied, a cell not a number). */
export function evaluateCheck(check: RuleCheck, sources: ValueSources): RuleResult | null {
  switch (check.type) {
    case 'equation':
      return evaluateEquation(check, sources);
    case 'order':
      return evaluateOrder(check, sources);
    case 'cell':
      return evaluateCell(check, sources);
    case 'text_figure':
      return evaluateTextFigure(check, sources);
  }
}
