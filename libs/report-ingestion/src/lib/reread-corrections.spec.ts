import type { Correction } from '@ogi/api-data-access';
import type { ParsedCell } from '@ogi/report-parser';
import { applyCorrections } from './reread-corrections';

const KEY = 'applications.new_received.total';

const cell = (value: number): ParsedCell => ({
  key: KEY,
  value,
  status: 'number',
  raw: String(value),
  unit: null,
  location: null,
  assignedBy: 'position',
});

const correction = (id: number, oldValue: number, newValue: number): Correction =>
  ({
    id,
    reportId: 1,
    key: KEY,
    oldValue,
    newValue,
    oldStatus: 'number',
    newStatus: 'number',
    reason: '核对',
    userName: 'editor',
  }) as Correction;

describe('applyCorrections after a re-read', () => {
  it('puts the latest correction back on top of the fresh reading', () => {
    const result = applyCorrections([cell(5)], [correction(1, 5, 7), correction(2, 7, 8)]);
    expect(result.cells[0].value).toBe(8);
    expect(result).toMatchObject({ applied: true, conflicts: [] });
  });

  it('does not put back a value written before the bounds, and lists it as a conflict', () => {
    const result = applyCorrections([cell(5)], [correction(1, 5, 1e20)]);
    expect(result.cells[0].value).toBe(5);
    expect(result.applied).toBe(false);
    expect(result.conflicts).toEqual([
      expect.objectContaining({ key: KEY, value: 1e20, parsedValue: 5, reapplied: false }),
    ]);
  });
});
