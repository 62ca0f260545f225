import type { Correction, ReportCell } from '@ogi/api-data-access';
import type { ParsedCell } from '@ogi/report-parser';
import { boundProblem, fieldByKey, valueBounds, type CellStatus } from '@ogi/report-schema';

/** A correction that no longer fits the fresh reading: the parser now reads something else. */
export interface CorrectionConflict {
  key: string;
  /** The latest correction of the key (the one applied). */
  correctionId: number;
  /** What the parser read when the cell was first corrected. */
  correctedFromValue: number | null;
  correctedFromStatus: string | null;
  /** What the parser reads now (null status: the cell is no longer in the reading). */
  parsedValue: number | null;
  parsedStatus: string | null;
  /** The corrected value kept on top, unless the cell is gone. */
  value: number | null;
  status: string | null;
  reapplied: boolean;
}

export interface CorrectedReading {
  cells: ParsedCell[];
  /** Whether any correction changed a freshly read cell (the rules must then be checked again). */
  applied: boolean;
  conflicts: CorrectionConflict[];
}

/** A value written before the schema had bounds (1e308, 1e20): never put back into a cell. */
function outOfBounds(key: string, value: number | null): boolean {
  const field = fieldByKey(key);
  return value !== null && field !== undefined && boundProblem(value, valueBounds(field)) !== null;
}

/**
 * Puts a report's manual corrections back on top of a fresh reading: per key the latest one wins
 * (the audit rows stay as they are). The printed text and location stay as newly read. A latest
 * correction past the value bounds is not put back (a conflict with `reapplied` false).
 */
export function applyCorrections(
  cells: readonly ParsedCell[],
  corrections: readonly Correction[],
): CorrectedReading {
  const byKey = new Map<string, Correction[]>();
  for (const correction of corrections) {
    byKey.set(correction.key, [...(byKey.get(correction.key) ?? []), correction]);
  }
  const result = cells.map((cell) => ({ ...cell }));
  const conflicts: CorrectionConflict[] = [];
  let applied = false;
  for (const [key, list] of byKey) {
    const first = list[0];
    const latest = list[list.length - 1];
    const found = result.find((candidate) => candidate.key === key);
    const refused = outOfBounds(key, latest.newValue);
    const cell = refused ? undefined : found;
    if (cell && (cell.value !== latest.newValue || cell.status !== latest.newStatus)) {
      applied = true;
    }
    if (refused || !cell || cell.value !== first.oldValue || cell.status !== first.oldStatus) {
      conflicts.push({
        key,
        correctionId: latest.id,
        correctedFromValue: first.oldValue,
        correctedFromStatus: first.oldStatus,
        parsedValue: found?.value ?? null,
        parsedStatus: found?.status ?? null,
        value: latest.newValue,
        status: latest.newStatus,
        reapplied: cell !== undefined,
      });
    }
    if (cell) {
      cell.value = latest.newValue;
      cell.status = (latest.newStatus ?? cell.status) as CellStatus;
    }
  }
  return { cells: result, applied, conflicts };
}

export interface CellChange {
  key: string;
  before: number | null;
  after: number | null;
  statusBefore: string | null;
  statusAfter: string | null;
}

/** Cells whose value or status differ between two readings (null status: no such cell). */
export function changedCells(
  before: readonly Pick<ReportCell, 'key' | 'value' | 'status'>[],
  after: readonly Pick<ParsedCell, 'key' | 'value' | 'status'>[],
): CellChange[] {
  const old = new Map(before.map((cell) => [cell.key, cell]));
  const changes: CellChange[] = [];
  for (const cell of after) {
    const previous = old.get(cell.key);
    old.delete(cell.key);
    if (previous && previous.value === cell.value && previous.status === cell.status) continue;
    changes.push({
      key: cell.key,
      before: previous?.value ?? null,
      after: cell.value,
      statusBefore: previous?.status ?? null,
      statusAfter: cell.status,
    });
  }
  for (const gone of old.values()) {
    changes.push({
      key: gone.key,
      before: gone.value,
      after: null,
      statusBefore: gone.status,
      statusAfter: null,
    });
  }
  return changes;
}
