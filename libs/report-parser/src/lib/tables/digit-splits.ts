/**
 * Every way to read runs of digits printed with no separator (`640020470`) as `count` cells: each
 * run gives one or more cells, in order, and no cell has a leading zero (`05`) — a table cell
 * never prints one. A unit written after a run (`75394432.52元`) stays with the run's last cell.
 */

/**
 * One cell's text: a count or amount without a leading zero, signed (本年增/减: `-3`, `增2`), or a
 * placeholder (`/`, `-`, `--`, `无`).
 */
const CELL = /^(?:(?:[+-]|增加|减少|增|减)?(?:0|[1-9]\d*)(?:\.\d+)?|[/／]|[—－-]{1,2}|无)$/;
const UNIT = /(万元|元)$/;
/** The most digits a run may give each of its cells on average (an amount with decimals stays one cell). */
const MAX_CELL_LENGTH = 8;

/** Ways to cut one run into `parts` cells (texts), at most `limit` of them; null past the limit. */
function cutsOfRun(run: string, parts: number, limit: number): string[][] | null {
  const unit = UNIT.exec(run)?.[1] ?? '';
  const digits = unit ? run.slice(0, -unit.length) : run;
  const result: string[][] = [];
  const cut = (start: number, left: number, taken: string[]): boolean => {
    if (left === 1) {
      const last = digits.slice(start);
      if (!CELL.test(last)) return true;
      result.push([...taken, last + unit]);
      return result.length <= limit;
    }
    for (let end = start + 1; end <= digits.length - (left - 1); end += 1) {
      const part = digits.slice(start, end);
      if (!CELL.test(part)) {
        // A longer piece starting with 0 is never a cell; a piece cut inside a decimal may grow into one.
        if (part.startsWith('0')) break;
        continue;
      }
      if (!cut(end, left - 1, [...taken, part])) return false;
    }
    return true;
  };
  return cut(0, parts, []) ? result : null;
}

/**
 * The cell texts of every split of the runs into `count` cells, or null when there are more than
 * `limit` (too long a run to decide by enumeration).
 */
export function digitSplits(
  runs: readonly string[],
  count: number,
  limit = 5_000,
): string[][] | null {
  const results: string[][] = [];
  const lengths = runs.map((run) => run.replace(UNIT, '').replace('.', '').length);
  // No table prints a cell this long: a longer run is not worth enumerating (nor its slices).
  if (lengths.reduce((sum, length) => sum + length, 0) > count * MAX_CELL_LENGTH) return null;
  const walk = (index: number, left: number, taken: string[]): boolean => {
    if (index === runs.length) {
      if (left === 0) results.push(taken);
      return results.length <= limit;
    }
    const runsLeft = runs.length - index - 1;
    const most = Math.min(lengths[index], left - runsLeft);
    for (let parts = 1; parts <= most; parts += 1) {
      const cuts = cutsOfRun(runs[index], parts, limit);
      if (!cuts) return false;
      for (const cut of cuts) if (!walk(index + 1, left - parts, [...taken, ...cut])) return false;
    }
    return true;
  };
  return walk(0, count, []) ? results : null;
}
