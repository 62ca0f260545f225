/** A straight ruling line found in the image, in pixels (inclusive box). */
export interface RuleLine {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Tuning of line finding, in pixels at 200 dpi (scaled by the engine for other resolutions). */
export const RULE_FINDING = {
  /** A run of ink at least this long along a row (column) is part of a rule. */
  minRun: 60,
  /** Breaks in a run up to this long (speckle holes, JPEG) are bridged. */
  maxGap: 3,
  /** Runs on rows this close to a line's last row, overlapping it, belong to that line. */
  join: 2,
};

interface Run {
  pos: number;
  from: number;
  to: number;
}

/**
 * Long dark runs along one axis: `along` pixels per line, `across` lines; `at(line, i)` is the
 * ink at position i of that line.
 */
function longRuns(
  ink: Uint8Array,
  lines: number,
  along: number,
  index: (line: number, i: number) => number,
  minRun: number,
  maxGap: number,
): Run[] {
  const runs: Run[] = [];
  for (let line = 0; line < lines; line++) {
    let start = -1;
    let lastInk = -1;
    for (let i = 0; i <= along; i++) {
      const dark = i < along && ink[index(line, i)] === 1;
      if (dark) {
        if (start < 0) start = i;
        lastInk = i;
      } else if (start >= 0 && i - lastInk > maxGap) {
        if (lastInk - start + 1 >= minRun && isolated(ink, lines, index, line, start, lastInk)) {
          runs.push({ pos: line, from: start, to: lastInk });
        }
        start = -1;
      }
    }
  }
  return runs;
}

/** How far beside a run (pixels) a rule has paper; text strokes have their character's ink. */
const SIDE_OFFSET = 4;

/**
 * True when beside the run, a few lines either way, there is mostly paper: a rule stands alone,
 * while strokes of characters that happen to line up ("三方" at a tight spacing) have the rest
 * of their characters above and below.
 */
function isolated(
  ink: Uint8Array,
  lines: number,
  index: (line: number, i: number) => number,
  line: number,
  from: number,
  to: number,
): boolean {
  const before = line - SIDE_OFFSET;
  const after = line + SIDE_OFFSET;
  let crowded = 0;
  for (let i = from; i <= to; i++) {
    const above = before >= 0 && ink[index(before, i)] === 1;
    const below = after < lines && ink[index(after, i)] === 1;
    if (above || below) crowded++;
  }
  return crowded <= 0.3 * (to - from + 1);
}

/** Chains runs of neighbouring lines that overlap into one rule each. */
function chain(
  runs: Run[],
  join: number,
): { pos0: number; pos1: number; from: number; to: number }[] {
  const open: { pos0: number; pos1: number; from: number; to: number }[] = [];
  const done: typeof open = [];
  for (const r of runs) {
    let into: (typeof open)[number] | undefined;
    for (let k = open.length - 1; k >= 0; k--) {
      const o = open[k];
      if (r.pos - o.pos1 > join) {
        done.push(o);
        open.splice(k, 1);
        continue;
      }
      const overlap = Math.min(o.to, r.to) - Math.max(o.from, r.from);
      if (!into && overlap > 0.5 * Math.min(o.to - o.from, r.to - r.from)) into = o;
    }
    if (into) {
      into.pos1 = r.pos;
      into.from = Math.min(into.from, r.from);
      into.to = Math.max(into.to, r.to);
    } else {
      open.push({ pos0: r.pos, pos1: r.pos, from: r.from, to: r.to });
    }
  }
  return [...done, ...open];
}

export interface RulingLines {
  horizontal: RuleLine[];
  vertical: RuleLine[];
  /** 1 for pixels that belong to a rule (left out of the words, painted white in the crops). */
  mask: Uint8Array;
}

/**
 * Finds the table rules of a deskewed page: long horizontal and vertical runs of ink, chained
 * across neighbouring rows (columns). Text strokes are far shorter than `minRun`.
 */
export function findRulingLines(
  ink: Uint8Array,
  width: number,
  height: number,
  tuning = RULE_FINDING,
): RulingLines {
  const mask = new Uint8Array(ink.length);
  const hRuns = longRuns(ink, height, width, (y, x) => y * width + x, tuning.minRun, tuning.maxGap);
  // Thick lines are thin-ish; a chain thicker than this is a filled block, not a rule.
  const maxThickness = Math.max(6, tuning.minRun / 6);
  const horizontal = chain(hRuns, tuning.join)
    .filter((c) => c.pos1 - c.pos0 < maxThickness)
    .map((c) => ({ x0: c.from, y0: c.pos0, x1: c.to, y1: c.pos1 }));
  // Rules of a row shorter than minRun (a table's last row cut off at the top of a page) are
  // found as shorter runs that reach from one horizontal rule to the next: no stroke does that.
  const vRuns = longRuns(
    ink,
    width,
    height,
    (x, y) => y * width + x,
    Math.round(tuning.minRun / 3),
    tuning.maxGap,
  ).filter((r) => r.to - r.from + 1 >= tuning.minRun || spansRows(r, horizontal));
  for (const r of hRuns) for (let x = r.from; x <= r.to; x++) mask[r.pos * width + x] = 1;
  for (const r of vRuns) for (let y = r.from; y <= r.to; y++) mask[y * width + r.pos] = 1;
  const vertical = chain(vRuns, tuning.join)
    .filter((c) => c.pos1 - c.pos0 < maxThickness)
    .map((c) => ({ x0: c.pos0, y0: c.from, x1: c.pos1, y1: c.to }));
  // Two pixels each way: the rule's grey fringe (antialiasing, JPEG ringing) goes with it; words
  // are cut from a lighter threshold that would otherwise take the fringe for strokes.
  const grown = dilateAcross(dilateAcross(mask, width, height), width, height);
  return { horizontal, vertical, mask: grown };
}

/** How far (pixels) a vertical run's end may stop short of the horizontal rule it meets. */
const MEET = 4;

/** True when a vertical run (pos = x) starts at one horizontal rule and ends at another. */
function spansRows(run: Run, horizontal: readonly RuleLine[]): boolean {
  const meets = (y: number) =>
    horizontal.some(
      (h) =>
        run.pos >= h.x0 - MEET && run.pos <= h.x1 + MEET && y >= h.y0 - MEET && y <= h.y1 + MEET,
    );
  return meets(run.from) && meets(run.to);
}

/** Grows the rule mask by one pixel each way, so the grey fringe of a rule goes with it. */
function dilateAcross(mask: Uint8Array, width: number, height: number): Uint8Array {
  const out = new Uint8Array(mask.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      if (!mask[i]) continue;
      out[i] = 1;
      if (x > 0) out[i - 1] = 1;
      if (x < width - 1) out[i + 1] = 1;
      if (y > 0) out[i - width] = 1;
      if (y < height - 1) out[i + width] = 1;
    }
  }
  return out;
}
