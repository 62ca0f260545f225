import type { FormatVersion, TableVersions } from '../format';
import type { OfficeKind } from '../domain/office-kinds';
import { FIELD_CATALOGUE } from '../field-catalogue';
import { DERIVED_FIELDS, printedTotalParts } from '../derived-fields';
import { ACTIVE_LAYOUTS, activeKey } from '../tables/active-table';
import {
  APPLICANT_COLUMNS,
  applicationKey,
  fullApplicationRowLabel,
  printedApplicationRows,
} from '../tables/applications-table';
import { APPEAL_GROUPS, appealKey } from '../tables/appeals-table';
import {
  FEE_WAN_YUAN_PLAUSIBLE_MAX,
  ruleById,
  type RuleId,
  type Severity,
} from './rule-definitions';

export type YearRef = 'current' | 'previous';

export interface Term {
  key: string;
  sign: 1 | -1;
  year: YearRef;
  /**
   * A blank printed total may be read as the sum of its parts (§7.3). False for the total a check
   * is about: it must stand on what was printed.
   */
  derivable: boolean;
}

interface CheckBase {
  ruleId: RuleId;
  severity: Severity;
  /** What the instance covers, e.g. `column:natural_person`, `row:granted`, `cell:<key>`. */
  scope: string;
  /** The same in the report's words, for messages. */
  scopeLabel: string;
}

/** Σ left = Σ right. With `totalKey`, the left side is that one printed total (total = Σ parts). */
export interface EquationCheck extends CheckBase {
  type: 'equation';
  left: readonly Term[];
  right: readonly Term[];
  totalKey: string | null;
  /** Derived quantities are checked only when a value for them was supplied. */
  onlyIfSupplied: boolean;
}

/** greater ≥ lesser. */
export interface OrderCheck extends CheckBase {
  type: 'order';
  greater: string;
  lesser: string;
}

/** A printed number lies within bounds (and is an integer where counts are). */
export interface CellCheck extends CheckBase {
  type: 'cell';
  key: string;
  min: number | null;
  max: number | null;
  integer: boolean;
}

/** A figure quoted in the prose equals one of the candidate sums of table cells. */
export interface TextFigureCheck extends CheckBase {
  type: 'text_figure';
  figure: number;
  candidates: readonly (readonly Term[])[];
}

export type RuleCheck = EquationCheck | OrderCheck | CellCheck | TextFigureCheck;

/** What the checks of one report depend on. */
export interface CheckContext {
  versions: TableVersions;
  previousVersions: TableVersions | null;
  officeKind: OfficeKind | null;
  textFigures: TextFigures | null;
}

/** Figures a parser found in the report's prose, for T3-7. */
export interface TextFigures {
  /** "共收到政府信息公开申请X件" */
  applicationsReceived?: number;
  reviewCases?: number;
  litigationCases?: number;
}

const term = (key: string, sign: 1 | -1 = 1, year: YearRef = 'current'): Term => ({
  key,
  sign,
  year,
  derivable: true,
});
const terms = (keys: readonly string[], year: YearRef = 'current') =>
  keys.map((key) => term(key, 1, year));

function base(ruleId: RuleId, scope: string, scopeLabel: string, severity?: Severity): CheckBase {
  return { ruleId, scope, scopeLabel, severity: severity ?? ruleById(ruleId).severity };
}

function sumCheck(
  ruleId: RuleId,
  scope: string,
  scopeLabel: string,
  total: string,
  parts: readonly string[],
): EquationCheck {
  return {
    ...base(ruleId, scope, scopeLabel),
    type: 'equation',
    left: [{ ...term(total), derivable: false }],
    right: terms(parts),
    totalKey: total,
    onlyIfSupplied: false,
  };
}

function partsOf(total: string, version: FormatVersion): readonly string[] {
  return printedTotalParts(total, version) ?? [];
}

function applicationsChecks(version: FormatVersion): RuleCheck[] {
  const checks: RuleCheck[] = [];
  const rows = printedApplicationRows(version);
  for (const column of APPLICANT_COLUMNS) {
    const key = (rowId: string) => applicationKey(rowId, column.id);
    checks.push({
      ...base('T3-1', `column:${column.id}`, column.label),
      type: 'equation',
      // The received side is what the handled side must account for.
      left: terms([key('outcome_total'), key('carried_forward')]),
      right: terms([key('new_received'), key('carried_over')]),
      totalKey: null,
      onlyIfSupplied: false,
    });
    checks.push(
      sumCheck(
        'T3-2',
        `column:${column.id}`,
        column.label,
        key('outcome_total'),
        partsOf(key('outcome_total'), version),
      ),
    );
  }
  for (const row of rows) {
    const total = applicationKey(row.id, 'total');
    checks.push(
      sumCheck(
        'T3-3',
        `row:${row.id}`,
        fullApplicationRowLabel(row),
        total,
        partsOf(total, version),
      ),
    );
  }
  for (const derived of DERIVED_FIELDS.filter((field) => field.ruleId === 'T3-4')) {
    const parts = derived.parts[version];
    if (!parts) continue;
    checks.push({
      ...sumCheck('T3-4', `derived:${derived.key}`, derived.label, derived.key, parts),
      onlyIfSupplied: true,
    });
  }
  for (const row of rows) {
    for (const column of APPLICANT_COLUMNS) {
      const key = applicationKey(row.id, column.id);
      checks.push({
        ...base('T3-6', `cell:${key}`, `${fullApplicationRowLabel(row)} × ${column.label}`),
        type: 'cell',
        key,
        min: 0,
        max: null,
        integer: true,
      });
    }
  }
  return checks;
}

function appealsChecks(): RuleCheck[] {
  const checks: RuleCheck[] = [];
  const groupRules: Record<string, RuleId> = {
    review: 'T4-1',
    litigation_direct: 'T4-2',
    litigation_after_review: 'T4-3',
  };
  for (const group of APPEAL_GROUPS) {
    const total = appealKey(group.id, 'total');
    checks.push(
      sumCheck(
        groupRules[group.id],
        `group:${group.id}`,
        group.label,
        total,
        partsOf(total, '2021'),
      ),
    );
  }
  for (const derived of DERIVED_FIELDS.filter(
    (field) => field.ruleId === 'T4-4' || field.ruleId === 'T4-5',
  )) {
    const parts = derived.parts['2021'] ?? [];
    checks.push({
      ...sumCheck(derived.ruleId, `derived:${derived.key}`, derived.label, derived.key, parts),
      onlyIfSupplied: true,
    });
  }
  for (const field of FIELD_CATALOGUE.filter((candidate) => candidate.table === 'appeals')) {
    checks.push({
      ...base('T4-6', `cell:${field.key}`, `${field.row} × ${field.column}`),
      type: 'cell',
      key: field.key,
      min: 0,
      max: null,
      integer: true,
    });
  }
  return checks;
}

function activeChecks(version: FormatVersion, context: CheckContext): RuleCheck[] {
  const checks: RuleCheck[] = [];
  for (const block of ACTIVE_LAYOUTS[version]) {
    for (const row of block.rows) {
      for (const column of block.columns) {
        const key = activeKey(row.id, column.id);
        const label = `${row.label} × ${column.label}`;
        if (!column.signed) {
          checks.push({
            ...base('T2-3', `cell:${key}`, label),
            type: 'cell',
            key,
            min: 0,
            max: null,
            integer: false,
          });
        }
        if (
          row.id === 'regulations' &&
          (context.officeKind === 'street' || context.officeKind === 'township')
        ) {
          checks.push({
            ...base('T2-2', `cell:${key}`, label),
            type: 'cell',
            key,
            min: null,
            max: 0,
            integer: false,
          });
        }
      }
    }
  }
  if (version === '2021') {
    const fee = activeKey('admin_fees', 'amount_wan_yuan');
    checks.push({
      ...base('T2-4', `cell:${fee}`, '行政事业性收费 × 本年收费金额（单位：万元）'),
      type: 'cell',
      key: fee,
      min: null,
      max: FEE_WAN_YUAN_PLAUSIBLE_MAX,
      integer: false,
    });
  }
  if (version === '2019') {
    for (const [rowId, rowLabel] of [
      ['regulations', '规章'],
      ['normative_documents', '规范性文件'],
    ] as const) {
      checks.push({
        ...base('T2-5', `row:${rowId}:total_published`, rowLabel),
        type: 'order',
        greater: activeKey(rowId, 'total_published'),
        lesser: activeKey(rowId, 'newly_published'),
      });
      // "usually" in the spec: a hint, not a warning.
      checks.push({
        ...base('T2-5', `row:${rowId}:newly_made`, rowLabel, 'info'),
        type: 'order',
        greater: activeKey(rowId, 'newly_made'),
        lesser: activeKey(rowId, 'newly_published'),
      });
    }
  }
  return checks;
}

function crossYearChecks(context: CheckContext): RuleCheck[] {
  const previous = context.previousVersions;
  if (!previous) return [];
  const checks: RuleCheck[] = [];
  for (const column of APPLICANT_COLUMNS) {
    checks.push({
      ...base('T3-5', `column:${column.id}`, column.label),
      type: 'equation',
      left: [term(applicationKey('carried_over', column.id))],
      right: [term(applicationKey('carried_forward', column.id), 1, 'previous')],
      totalKey: null,
      onlyIfSupplied: false,
    });
  }
  if (context.versions.active === '2021' && previous.active === '2021') {
    for (const [rowId, rowLabel] of [
      ['regulations', '规章'],
      ['normative_documents', '行政规范性文件'],
    ] as const) {
      checks.push({
        ...base('T2-1', `row:${rowId}`, rowLabel),
        type: 'equation',
        left: [term(activeKey(rowId, 'in_force'))],
        right: [
          term(activeKey(rowId, 'in_force'), 1, 'previous'),
          term(activeKey(rowId, 'issued')),
          term(activeKey(rowId, 'repealed'), -1),
        ],
        totalKey: null,
        onlyIfSupplied: false,
      });
    }
  }
  return checks;
}

function textFigureChecks(figures: TextFigures | null): RuleCheck[] {
  if (!figures) return [];
  const checks: RuleCheck[] = [];
  const total = (rowId: string) => applicationKey(rowId, 'total');
  if (figures.applicationsReceived !== undefined) {
    checks.push({
      ...base('T3-7', 'text:applications_received', '正文“共收到申请”'),
      type: 'text_figure',
      figure: figures.applicationsReceived,
      candidates: [
        terms([total('new_received')]),
        terms([total('new_received'), total('carried_over')]),
      ],
    });
  }
  if (figures.reviewCases !== undefined) {
    checks.push({
      ...base('T3-7', 'text:review_cases', '正文行政复议件数'),
      type: 'text_figure',
      figure: figures.reviewCases,
      candidates: [terms([appealKey('review', 'total')])],
    });
  }
  if (figures.litigationCases !== undefined) {
    checks.push({
      ...base('T3-7', 'text:litigation_cases', '正文行政诉讼件数'),
      type: 'text_figure',
      figure: figures.litigationCases,
      candidates: [
        terms([
          appealKey('litigation_direct', 'total'),
          appealKey('litigation_after_review', 'total'),
        ]),
      ],
    });
  }
  return checks;
}

const checksCache = new Map<string, readonly RuleCheck[]>();

/**
 * Every concrete check the rules make for one report: the keys involved are all spelled out.
 * Checks depend only on the context's shape, so they are built once per shape; only the checks
 * of the figures quoted in the prose are made per report.
 */
export function buildRuleChecks(context: CheckContext): readonly RuleCheck[] {
  const cacheKey = [
    context.versions.active,
    context.versions.applications,
    context.previousVersions?.active,
    context.previousVersions?.applications,
    context.officeKind,
  ].join('|');
  let checks = checksCache.get(cacheKey);
  if (!checks) {
    checks = composeChecks(context);
    checksCache.set(cacheKey, checks);
  }
  return context.textFigures ? [...checks, ...textFigureChecks(context.textFigures)] : checks;
}

function composeChecks(context: CheckContext): RuleCheck[] {
  return [
    ...activeChecks(context.versions.active, context),
    ...applicationsChecks(context.versions.applications),
    ...appealsChecks(),
    ...crossYearChecks(context),
  ];
}
