import type { CellStatus, ReportValues } from '../cell-status';
import type { FormatVersion, TableId } from '../format';
import { metricById } from '../metrics/metric-definitions';
import { resolveSum } from '../resolve-value';

/**
 * One figure of a report, the per-report numbers the dashboard aggregates (stored as one row per
 * report, so stats queries never scan one row per cell). Each figure is a schema metric's
 * numerator, or a sum of canonical keys where the schema has no count of its own (the
 * denominators of the correction rates, the organisation column of the applicants). Values are
 * resolved with `resolveSum`, as `evaluateMetric` does. The id is snake_case: the database stores
 * each figure in the column of that name.
 */
export interface ReportFigure {
  id: string;
  metric?: string;
  keys?: readonly string[];
}

const APPLICATION_TOTALS: ReportFigure[] = [
  { id: 'new_received_total', metric: 'applications_new' },
  { id: 'carried_over_total', metric: 'applications_carried_over' },
  { id: 'handled_total', metric: 'applications_handled' },
  { id: 'carried_forward_total', metric: 'applications_carried_forward' },
  { id: 'granted_total', metric: 'outcome_granted' },
  { id: 'partially_granted_total', metric: 'outcome_partially_granted' },
  { id: 'withheld_total', metric: 'outcome_withheld' },
  { id: 'unable_total', metric: 'outcome_unable' },
  { id: 'not_processed_total', metric: 'outcome_not_processed' },
  { id: 'other_handling_total', metric: 'outcome_other_handling' },
];

const byMetric = (ids: readonly string[]): ReportFigure[] => ids.map((id) => ({ id, metric: id }));

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

const APPLICANTS: ReportFigure[] = [
  ...byMetric([
    'applicants_natural_person',
    'applicants_commercial_enterprise',
    'applicants_research_institution',
    'applicants_public_welfare_org',
    'applicants_legal_service_org',
    'applicants_other_org',
  ]),
  {
    id: 'applicants_legal_person_or_org',
    keys: ['applications.new_received.legal_person_or_org'],
  },
];

const APPEAL_RESULTS = ['upheld', 'corrected', 'other_result', 'pending', 'total'] as const;
const APPEALS: ReportFigure[] = (
  ['review', 'litigation_direct', 'litigation_after_review', 'litigation'] as const
).flatMap((group) => [
  ...byMetric(APPEAL_RESULTS.map((result) => `${group}_${result}`)),
  ...(group === 'review' || group === 'litigation'
    ? [{ id: `${group}_closed`, keys: [`appeals.${group}.closed`] }]
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

/** Every figure of a report, in the order the tables print them. */
export const REPORT_FIGURES: readonly ReportFigure[] = [
  ...APPLICATION_TOTALS,
  ...REASONS,
  ...APPLICANTS,
  ...APPEALS,
  ...ACTIVE,
];

/** The canonical keys a figure sums. */
export function figureKeys(figure: ReportFigure): readonly string[] {
  if (figure.keys) return figure.keys;
  const metric = figure.metric ? metricById(figure.metric) : undefined;
  if (!metric) throw new Error(`figure ${figure.id}: unknown metric ${figure.metric}`);
  return metric.numerator;
}

/** Figure ids by how their value was resolved. */
export interface FigureFlags {
  /** Figures where a blank or dash cell was read as 0. */
  assumedZero: string[];
  /** Figures left null: a cell not printed or unreadable, or the table not found. */
  missing: string[];
  /** Figures the report's format has no counterpart for (null). */
  notInFormat: string[];
  /** Figures where a 2019 cell stands in approximately. */
  approximate: string[];
}

export interface ComputedFigures {
  /** Every figure's value by id (null: not known, see the flags). */
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

/** The figures of one report from its cells, keyed by figure id. */
export function computeFigures(input: FigureInput): ComputedFigures {
  const values: ReportValues = Object.fromEntries(
    input.cells.map((cell) => [cell.key, { value: cell.value, status: cell.status as CellStatus }]),
  );
  const out: Record<string, number | null> = {};
  const flags: FigureFlags = { assumedZero: [], missing: [], notInFormat: [], approximate: [] };
  for (const figure of REPORT_FIGURES) {
    const keys = figureKeys(figure);
    const table = keys[0].slice(0, keys[0].indexOf('.')) as TableId;
    // 表四 reads the same in both formats.
    const version = asVersion(input.formatVersion[table]);
    if (!version) {
      out[figure.id] = null;
      flags.missing.push(figure.id);
      continue;
    }
    const resolved = resolveSum(keys, values, table === 'appeals' ? '2021' : version);
    const notInFormat = resolved.notInFormatKeys.length > 0;
    out[figure.id] = notInFormat ? null : resolved.value;
    if (notInFormat) flags.notInFormat.push(figure.id);
    else if (resolved.value === null) flags.missing.push(figure.id);
    if (resolved.assumedZeroKeys.length > 0) flags.assumedZero.push(figure.id);
    if (resolved.approximateKeys.length > 0) flags.approximate.push(figure.id);
  }
  return { values: out, flags };
}
