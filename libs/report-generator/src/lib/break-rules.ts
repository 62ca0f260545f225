import {
  APPEAL_GROUPS,
  activeKey,
  appealKey,
  applicationKey,
  checkConsistency,
  type CellValue,
  type OfficeKind,
  type RuleId,
} from '@ogi/report-schema';
import type { Figures, ReportVersions } from './figures';
import type { PrintedCell } from './model';
import { APPLICANT_PARTS } from './presentation';
import type { Rng } from './prng';

/** Rules the generator knows how to break on purpose. */
export const BREAKABLE_RULES: readonly RuleId[] = [
  'T2-1',
  'T2-2',
  'T2-3',
  'T2-5',
  'T3-1',
  'T3-2',
  'T3-3',
  'T3-5',
  'T3-6',
  'T4-1',
  'T4-2',
  'T4-3',
  'T4-6',
];

const add = (figures: Figures, key: string, delta: number) => {
  figures[key] = (figures[key] ?? 0) + delta;
};

/**
 * Perturbs the figures so that `rule` fails and, as far as arithmetic allows, nothing else does.
 * Returns false when the rule does not apply to this report (format, office kind, first year).
 */
export function breakRule(
  rng: Rng,
  rule: RuleId,
  figures: Figures,
  versions: ReportVersions,
  kind: OfficeKind,
  hasPrevious: boolean,
): boolean {
  const d = rng.int(1, 5);
  const column = rng.pick(APPLICANT_PARTS).id;
  const both = (row: string, delta: number) => {
    add(figures, applicationKey(row, column), delta);
    add(figures, applicationKey(row, 'total'), delta);
  };
  switch (rule) {
    case 'T3-1':
      both('new_received', d);
      return true;
    case 'T3-2':
      both('outcome_total', d);
      both('new_received', d);
      return true;
    case 'T3-3':
      add(figures, applicationKey('granted', 'total'), d);
      add(figures, applicationKey('outcome_total', 'total'), d);
      add(figures, applicationKey('new_received', 'total'), d);
      return true;
    case 'T3-5':
      if (!hasPrevious) return false;
      both('carried_over', d);
      both('granted', d);
      both('outcome_total', d);
      return true;
    case 'T3-6':
      // a negative sub-item balanced by 予以公开: only the sign rule breaks
      both('granted', d);
      both('withheld.state_secret', -d);
      return true;
    case 'T4-1':
    case 'T4-2':
    case 'T4-3': {
      const group = APPEAL_GROUPS[Number(rule.slice(3)) - 1];
      add(figures, appealKey(group.id, 'total'), d);
      return true;
    }
    case 'T4-6':
      figures[appealKey('review', 'upheld')] = -d;
      add(figures, appealKey('review', 'pending'), d);
      return true;
    case 'T2-3':
      figures[activeKey('coercion', 'decisions')] = -d;
      return true;
    case 'T2-5':
      if (versions.active !== '2019') return false;
      figures[activeKey('normative_documents', 'newly_published')] =
        figures[activeKey('normative_documents', 'total_published')] + d;
      figures[activeKey('normative_documents', 'newly_made')] = Math.max(
        figures[activeKey('normative_documents', 'newly_made')],
        figures[activeKey('normative_documents', 'newly_published')],
      );
      return true;
    case 'T2-2':
      if (kind !== 'street' && kind !== 'township') return false;
      if (versions.active === '2021') {
        add(figures, activeKey('regulations', 'in_force'), d);
      } else add(figures, activeKey('regulations', 'total_published'), d);
      return true;
    case 'T2-1':
      if (versions.active !== '2021' || !hasPrevious) return false;
      add(figures, activeKey('normative_documents', 'in_force'), d);
      return true;
    // Rules the generator cannot break on its own figures.
    case 'T2-4':
    case 'T3-4':
    case 'T3-7':
    case 'T4-4':
    case 'T4-5':
      return false;
  }
}

export function asReportValues(
  cells: Readonly<Record<string, PrintedCell>>,
): Record<string, CellValue> {
  const values: Record<string, CellValue> = {};
  for (const [key, cell] of Object.entries(cells))
    values[key] = { value: cell.value, status: cell.status };
  return values;
}

/** The rules the printed report fails (checked by the schema's own checkConsistency). */
export function failedRules(
  cells: Readonly<Record<string, PrintedCell>>,
  versions: ReportVersions,
  kind: OfficeKind,
  previous: { cells: Readonly<Record<string, PrintedCell>>; versions: ReportVersions } | null,
): RuleId[] {
  const report = checkConsistency({
    values: asReportValues(cells),
    versions,
    previous: previous
      ? { values: asReportValues(previous.cells), versions: previous.versions }
      : null,
    officeKind: kind,
  });
  const failed = new Set<RuleId>();
  for (const result of report.results)
    if (result.status === 'fail' && result.severity !== 'info') failed.add(result.ruleId);
  return [...failed].sort();
}
