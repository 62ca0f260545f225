import type { ReportCell } from '../../data-access/report-types';

/** A stored cell for tests: a readable number unless the patch says otherwise. */
export function reportCell(key: string, patch: Partial<ReportCell> = {}): ReportCell {
  return {
    key,
    value: null,
    status: 'number',
    raw: null,
    unit: null,
    location: null,
    assignedBy: null,
    corrected: false,
    ...patch,
  };
}
