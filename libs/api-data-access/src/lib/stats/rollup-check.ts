import type { EntityManager } from 'typeorm';
import { EXACT_ROLLUP_MIGRATION } from '../migrations/1765065600000-exact-rollup';
import { currentRollupMetrics, rollupContributionSql, type RollupSums } from './stats-rollup';

const KEY = ['region_id', 'year', 'kind', 'format'] as const;

type Row = Record<string, string | number | bigint | null>;

/** One rollup value that differs from a recomputation out of report_figures. */
export interface RollupDifference {
  regionId: number;
  year: number;
  kind: string;
  format: string;
  column: string;
  /** As stored (0 for a row that is missing); decimal strings, as 64-bit sums may exceed 2^53. */
  stored: string;
  recomputed: string;
}

/** The float rollup's sums: values within this relative distance count as equal there. */
const FLOAT_TOLERANCE = 1e-9;

const keyOf = (row: Row) => KEY.map((column) => String(row[column])).join('\u0000');

/**
 * A value as exact text, whatever the driver gives (PostgreSQL sums arrive as decimal strings; a
 * database from before the exact rollup may hold floats, even Infinity: shown as they are).
 */
function exact(value: Row[string] | undefined): string {
  if (value === null || value === undefined) return '0';
  if (typeof value === 'bigint') return value.toString();
  const text = String(value);
  if (/^-?\d+$/.test(text)) return BigInt(text).toString();
  const number = Number(text);
  return Number.isSafeInteger(number) ? String(number) : text;
}

/** How a database's rollup sums: in floats until the exact rollup's migration has run. */
export async function storedRollupSums(manager: EntityManager): Promise<RollupSums> {
  const rows = (await manager.query(
    `SELECT "name" FROM "migrations" WHERE "name" = '${EXACT_ROLLUP_MIGRATION}'`,
  )) as unknown[];
  return rows.length > 0 ? 'exact' : 'float';
}

function equal(a: string, b: string, sums: RollupSums): boolean {
  if (a === b) return true;
  if (sums !== 'float') return false;
  const x = Number(a);
  const y = Number(b);
  return Number.isFinite(x) && Math.abs(x - y) <= FLOAT_TOLERANCE * Math.max(1, Math.abs(y));
}

/**
 * Every value of `stats_rollup` that differs from what the current reports' figures add up to
 * (rows whose every value is 0 count as absent). Empty when the triggers kept it exact. A
 * database not yet migrated to the exact rollup is compared with its own (float) sums.
 */
export async function rollupDifferences(
  manager: EntityManager,
  sums: RollupSums = 'exact',
): Promise<RollupDifference[]> {
  const stored = (await manager.query(`SELECT * FROM "stats_rollup"`)) as Row[];
  const recomputed = (await manager.query(
    rollupContributionSql(currentRollupMetrics(), 1, '1 = 1', sums),
  )) as Row[];
  const expected = new Map(recomputed.map((row) => [keyOf(row), row]));
  const seen = new Set<string>();
  const differences: RollupDifference[] = [];
  const compare = (key: Row, have: Row | undefined, want: Row | undefined) => {
    const columns = Object.keys(have ?? want ?? {}).filter(
      (column) => !(KEY as readonly string[]).includes(column),
    );
    for (const column of columns) {
      const a = exact(have?.[column]);
      const b = exact(want?.[column]);
      if (equal(a, b, sums)) continue;
      differences.push({
        regionId: Number(key['region_id']),
        year: Number(key['year']),
        kind: String(key['kind']),
        format: String(key['format']),
        column,
        stored: a,
        recomputed: b,
      });
    }
  };
  for (const row of stored) {
    const key = keyOf(row);
    seen.add(key);
    compare(row, row, expected.get(key));
  }
  for (const [key, row] of expected) if (!seen.has(key)) compare(row, undefined, row);
  return differences;
}
