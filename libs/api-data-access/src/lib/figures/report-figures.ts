import {
  metricById,
  resolveSum,
  type CellStatus,
  type FormatVersion,
  type ReportValues,
  type TableId,
} from '@ogi/report-schema';

/**
 * One numeric column of `report_figures`, the per-report row the dashboard aggregates (so stats
 * queries never scan one row per cell). Each column is a schema metric's numerator, or a sum of
 * canonical keys where the schema has no count of its own (the denominators of the correction
 * rates, the organisation column of the applicants). Values are resolved by @ogi/report-schema
 * (`resolveSum`, as `evaluateMetric` does), so definitions live in the schema only.
 */
export interface FigureColumn {
  column: string;
  metric?: string;
  keys?: readonly string[];
}

const APPLICATION_TOTALS: FigureColumn[] = [
  { column: 'new_received_total', metric: 'applications_new' },
  { column: 'carried_over_total', metric: 'applications_carried_over' },
  { column: 'handled_total', metric: 'applications_handled' },
  { column: 'carried_forward_total', metric: 'applications_carried_forward' },
  { column: 'granted_total', metric: 'outcome_granted' },
  { column: 'partially_granted_total', metric: 'outcome_partially_granted' },
  { column: 'withheld_total', metric: 'outcome_withheld' },
  { column: 'unable_total', metric: 'outcome_unable' },
  { column: 'not_processed_total', metric: 'outcome_not_processed' },
  { column: 'other_handling_total', metric: 'outcome_other_handling' },
];

const byMetric = (ids: readonly string[]): FigureColumn[] =>
  ids.map((id) => ({ column: id, metric: id }));

const REASONS = byMetric([
  'reason_withheld_state_secret',
  'reason_withheld_prohibited_by_law',
  'reason_withheld_three_securities_one_stability',
  'reason_withheld_third_party_rights',
  'reason_withheld_internal_affairs',
  'reason_withheld_process_info',
  'reason_withheld_law_enforcement_file',
  'reason_withheld_administrative_query',
  'reason_unable_not_held',
  'reason_unable_needs_creation',
  'reason_unable_unclear_after_correction',
  'reason_not_processed_petition_complaint',
  'reason_not_processed_repeated',
  'reason_not_processed_publication',
  'reason_not_processed_mass_repeated',
  'reason_not_processed_confirm_or_reissue',
  'reason_other_handling_no_correction',
  'reason_other_handling_fee_unpaid',
  'reason_other_handling_other',
]);

const APPLICANTS: FigureColumn[] = [
  ...byMetric([
    'applicants_natural_person',
    'applicants_commercial_enterprise',
    'applicants_research_institution',
    'applicants_public_welfare_org',
    'applicants_legal_service_org',
    'applicants_other_org',
  ]),
  {
    column: 'applicants_legal_person_or_org',
    keys: ['applications.new_received.legal_person_or_org'],
  },
];

const APPEAL_RESULTS = ['upheld', 'corrected', 'other_result', 'pending', 'total'] as const;
const APPEALS: FigureColumn[] = (
  ['review', 'litigation_direct', 'litigation_after_review', 'litigation'] as const
).flatMap((group) => [
  ...byMetric(APPEAL_RESULTS.map((result) => `${group}_${result}`)),
  ...(group === 'review' || group === 'litigation'
    ? [{ column: `${group}_closed`, keys: [`appeals.${group}.closed`] }]
    : []),
]);

const ACTIVE = byMetric([
  'regulations_issued',
  'normative_documents_issued',
  'normative_documents_in_force',
  'licensing_decisions',
  'punishment_decisions',
  'coercion_decisions',
  'admin_fees_amount',
]);

/** Every column of report_figures after report_id and flags, in table order. */
export const FIGURE_COLUMNS: readonly FigureColumn[] = [
  ...APPLICATION_TOTALS,
  ...REASONS,
  ...APPLICANTS,
  ...APPEALS,
  ...ACTIVE,
];

/** The canonical keys a column sums. */
export function figureKeys(column: FigureColumn): readonly string[] {
  if (column.keys) return column.keys;
  const metric = column.metric ? metricById(column.metric) : undefined;
  if (!metric) throw new Error(`report_figures.${column.column}: unknown metric ${column.metric}`);
  return metric.numerator;
}

const PROPERTY_BY_COLUMN = new Map<string, string>();

/** Property name of a column on the entity (snake_case column → camelCase property). */
export function figureProperty(column: string): string {
  // Asked ~200 times per stored report: remembered, as the columns are a fixed set.
  let property = PROPERTY_BY_COLUMN.get(column);
  if (property === undefined) {
    property = column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
    PROPERTY_BY_COLUMN.set(column, property);
  }
  return property;
}

export interface FigureFlags {
  /** Columns where a blank or dash cell was read as 0. */
  assumedZero: string[];
  /** Columns left null: a cell not printed or unreadable, or the table not found. */
  missing: string[];
  /** Columns the report's format has no counterpart for (null). */
  notInFormat: string[];
  /** Columns where a 2019 cell stands in approximately. */
  approximate: string[];
}

export interface ComputedFigures {
  values: Record<string, number | null>;
  flags: FigureFlags;
}

export interface FigureInput {
  cells: readonly { key: string; value: number | null; status: string }[];
  formatVersion: Record<TableId, string | null>;
}

function asVersion(value: string | null): FormatVersion | null {
  return value === '2019' || value === '2021' ? value : null;
}

/** The figures row of one report, keyed by column name. */
export function computeFigures(input: FigureInput): ComputedFigures {
  const values: ReportValues = Object.fromEntries(
    input.cells.map((cell) => [cell.key, { value: cell.value, status: cell.status as CellStatus }]),
  );
  const out: Record<string, number | null> = {};
  const flags: FigureFlags = { assumedZero: [], missing: [], notInFormat: [], approximate: [] };
  for (const column of FIGURE_COLUMNS) {
    const keys = figureKeys(column);
    const table = keys[0].slice(0, keys[0].indexOf('.')) as TableId;
    // 表四 reads the same in both formats.
    const version = asVersion(input.formatVersion[table]);
    if (!version) {
      out[column.column] = null;
      flags.missing.push(column.column);
      continue;
    }
    const resolved = resolveSum(keys, values, table === 'appeals' ? '2021' : version);
    const notInFormat = resolved.notInFormatKeys.length > 0;
    out[column.column] = notInFormat ? null : resolved.value;
    if (notInFormat) flags.notInFormat.push(column.column);
    else if (resolved.value === null) flags.missing.push(column.column);
    if (resolved.assumedZeroKeys.length > 0) flags.assumedZero.push(column.column);
    if (resolved.approximateKeys.length > 0) flags.approximate.push(column.column);
  }
  return { values: out, flags };
}
