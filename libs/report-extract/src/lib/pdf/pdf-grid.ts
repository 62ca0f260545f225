/**
 * Ruled tables of a PDF page, rebuilt from the lines the page draws: segments → merged rules →
 * connected grids → column and row boundaries → merged cells (a missing internal rule joins two
 * slots) → text runs assigned to the cell containing their centre. Pure functions over plain
 * numbers, so every step can be tested without a PDF.
 */

/** A horizontal (`pos` = y, from/to = x) or vertical (`pos` = x, from/to = y) rule. */
export interface Rule {
  pos: number;
  from: number;
  to: number;
}

/** A cell of a ruled grid: its top-left slot, its span in slots and its box. */
export interface GridCell {
  row: number;
  column: number;
  rowSpan: number;
  colSpan: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A ruled table: boundaries, cells, and for each slot the index of the cell covering it. */
export interface RuledGrid {
  xs: number[];
  ys: number[];
  cells: GridCell[];
  slots: number[][];
}

export const GRID = {
  /** Rules closer than this (points) are the same line; ends closer than this touch. */
  tolerance: 2,
  /** Rules at most this thick are lines; thicker boxes are shading. */
  maxThickness: 3,
  /** Shorter rules are ignored. */
  minLength: 4,
  /** A boundary between two slots is drawn when rules cover this share of it. */
  coverage: 0.6,
  /** Boundaries closer than this (double rules) are one. */
  minCell: 4,
  /** More merged rules than this in one direction is vector art, not tables: no grids. */
  maxRules: 1500,
};

/**
 * Splits line boxes (flat x0, y0, x1, y1, …) into horizontal and vertical rules and merges the
 * collinear pieces (a table drawn cell by cell becomes one rule per drawn line). O(n log n).
 */
export function rulesFromBoxes(boxes: ArrayLike<number>): { h: Rule[]; v: Rule[] } {
  const h: Rule[] = [];
  const v: Rule[] = [];
  for (let i = 0; i + 3 < boxes.length; i += 4) {
    const x0 = Math.min(boxes[i], boxes[i + 2]);
    const x1 = Math.max(boxes[i], boxes[i + 2]);
    const y0 = Math.min(boxes[i + 1], boxes[i + 3]);
    const y1 = Math.max(boxes[i + 1], boxes[i + 3]);
    const w = x1 - x0;
    const ht = y1 - y0;
    if (ht <= GRID.maxThickness && w >= GRID.minLength && w > ht) {
      h.push({ pos: (y0 + y1) / 2, from: x0, to: x1 });
    } else if (w <= GRID.maxThickness && ht >= GRID.minLength && ht > w) {
      v.push({ pos: (x0 + x1) / 2, from: y0, to: y1 });
    }
  }
  return { h: mergeRules(h), v: mergeRules(v) };
}

/** Merges rules on the same line (positions within tolerance) whose extents overlap or touch. */
export function mergeRules(rules: Rule[]): Rule[] {
  const tol = GRID.tolerance;
  const sorted = [...rules].sort((a, b) => a.pos - b.pos);
  const out: Rule[] = [];
  let i = 0;
  while (i < sorted.length) {
    // A cluster of positions, chained within tolerance of its first member.
    let j = i + 1;
    while (j < sorted.length && sorted[j].pos - sorted[i].pos <= tol) j++;
    const cluster = sorted.slice(i, j).sort((a, b) => a.from - b.from);
    const pos = cluster.reduce((s, r) => s + r.pos, 0) / cluster.length;
    let cur: Rule | null = null;
    for (const r of cluster) {
      if (cur && r.from <= cur.to + tol) {
        cur.to = Math.max(cur.to, r.to);
      } else {
        if (cur) out.push(cur);
        cur = { pos, from: r.from, to: r.to };
      }
    }
    if (cur) out.push(cur);
    i = j;
  }
  return out;
}

/** Positions within tolerance collapse to their mean; returns sorted boundaries. */
function clusterPositions(values: number[]): number[] {
  const tol = GRID.tolerance;
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i + 1;
    let sum = sorted[i];
    while (j < sorted.length && sorted[j] - sorted[j - 1] <= tol) sum += sorted[j++];
    out.push(sum / (j - i));
    i = j;
  }
  return out;
}

/** Boundaries without the inner one of each pair closer than a cell can be (double rules). */
function dropNarrow(bounds: number[]): number[] {
  const out: number[] = [];
  for (const b of bounds) {
    if (out.length && b - out[out.length - 1] < GRID.minCell) {
      // Keep the outer boundary of the pair: the first one, unless this is the last boundary.
      if (b === bounds[bounds.length - 1]) out[out.length - 1] = b;
      continue;
    }
    out.push(b);
  }
  return out;
}

/** Index of the boundary interval containing p: the largest k with bounds[k] <= p, clamped. */
function intervalOf(bounds: number[], p: number): number {
  let lo = 0;
  let hi = bounds.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid] <= p) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Index of the boundary nearest to p, or -1 when none is within tolerance. */
function boundaryAt(bounds: number[], p: number): number {
  const k = intervalOf(bounds, p);
  let best = -1;
  let bestD = GRID.tolerance + 1e-6;
  for (const c of [k, k + 1]) {
    if (c >= 0 && c < bounds.length && Math.abs(bounds[c] - p) <= bestD) {
      best = c;
      bestD = Math.abs(bounds[c] - p);
    }
  }
  return best;
}

/** How much of [a, b] the rules (disjoint, on one line) cover, as a share of b - a. */
function coverage(rules: Rule[], a: number, b: number): number {
  if (b <= a) return 1;
  let covered = 0;
  for (const r of rules) {
    const lo = Math.max(a, r.from);
    const hi = Math.min(b, r.to);
    if (hi > lo) covered += hi - lo;
  }
  return covered / (b - a);
}

/** Disjoint sets over 0..n-1 (path halving); a set's root is its smallest member. */
export class UnionFind {
  private parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * The ruled tables among merged rules: connected sets of crossing/touching horizontal and vertical
 * rules with at least two of each and at least two columns, top to bottom.
 */
export function findGrids(h: Rule[], v: Rule[]): RuledGrid[] {
  const tol = GRID.tolerance;
  if (h.length < 2 || v.length < 2 || h.length > GRID.maxRules || v.length > GRID.maxRules) {
    return [];
  }
  const hs = [...h].sort((a, b) => a.pos - b.pos);
  const hPos = hs.map((r) => r.pos);
  const uf = new UnionFind(hs.length + v.length);
  // For each vertical, only the horizontals within its y extent (binary search) are candidates.
  v.forEach((vr, vi) => {
    let k = lowerBound(hPos, vr.from - tol);
    for (; k < hs.length && hs[k].pos <= vr.to + tol; k++) {
      const hr = hs[k];
      if (vr.pos >= hr.from - tol && vr.pos <= hr.to + tol) uf.union(k, hs.length + vi);
    }
  });
  const groups = new Map<number, { h: Rule[]; v: Rule[] }>();
  hs.forEach((r, i) => {
    const g = groups.get(uf.find(i)) ?? { h: [], v: [] };
    g.h.push(r);
    groups.set(uf.find(i), g);
  });
  v.forEach((r, i) => {
    const root = uf.find(hs.length + i);
    const g = groups.get(root);
    if (g) g.v.push(r);
  });
  const grids: RuledGrid[] = [];
  for (const g of groups.values()) {
    if (g.h.length < 2 || g.v.length < 2) continue;
    const grid = buildGrid(g.h, g.v);
    if (grid) grids.push(grid);
  }
  return grids.sort((a, b) => a.ys[0] - b.ys[0] || a.xs[0] - b.xs[0]);
}

function lowerBound(sorted: number[], p: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < p) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Boundaries, merged cells and slot map of one connected set of rules; null if not a table. */
export function buildGrid(h: Rule[], v: Rule[]): RuledGrid | null {
  const tol = GRID.tolerance;
  const xs = dropNarrow(clusterPositions(v.map((r) => r.pos)));
  const ys = dropNarrow(clusterPositions(h.map((r) => r.pos)));
  // A table drawn without outer side or top/bottom borders: the rules' extents close it.
  const minX = Math.min(...h.map((r) => r.from));
  const maxX = Math.max(...h.map((r) => r.to));
  const minY = Math.min(...v.map((r) => r.from));
  const maxY = Math.max(...v.map((r) => r.to));
  if (minX < xs[0] - 3 * tol) xs.unshift(minX);
  if (maxX > xs[xs.length - 1] + 3 * tol) xs.push(maxX);
  if (minY < ys[0] - 3 * tol) ys.unshift(minY);
  if (maxY > ys[ys.length - 1] + 3 * tol) ys.push(maxY);
  const C = xs.length - 1;
  const R = ys.length - 1;
  if (C < 2 || R < 1) return null;
  const vAt: Rule[][] = xs.map(() => []);
  const hAt: Rule[][] = ys.map(() => []);
  for (const r of v) {
    const k = boundaryAt(xs, r.pos);
    if (k >= 0) vAt[k].push(r);
  }
  for (const r of h) {
    const k = boundaryAt(ys, r.pos);
    if (k >= 0) hAt[k].push(r);
  }
  const uf = new UnionFind(R * C);
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      if (c + 1 < C && coverage(vAt[c + 1], ys[r], ys[r + 1]) < GRID.coverage) {
        uf.union(r * C + c, r * C + c + 1);
      }
      if (r + 1 < R && coverage(hAt[r + 1], xs[c], xs[c + 1]) < GRID.coverage) {
        uf.union(r * C + c, (r + 1) * C + c);
      }
    }
  }
  // Each merged group becomes the rectangle it spans (non-rectangular groups take their box).
  const box = new Map<number, [number, number, number, number]>();
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      const root = uf.find(r * C + c);
      const b = box.get(root);
      if (!b) box.set(root, [r, c, r, c]);
      else {
        b[0] = Math.min(b[0], r);
        b[1] = Math.min(b[1], c);
        b[2] = Math.max(b[2], r);
        b[3] = Math.max(b[3], c);
      }
    }
  }
  const slots: number[][] = Array.from({ length: R }, () => new Array<number>(C).fill(-1));
  const cells: GridCell[] = [];
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      if (slots[r][c] >= 0) continue;
      const [, , r1, c1] = box.get(uf.find(r * C + c)) as [number, number, number, number];
      // Slots already taken (overlapping boxes) keep their cell: shrink to the free rectangle.
      let rEnd = r1;
      let cEnd = c1;
      for (let cc = c; cc <= cEnd; cc++) if (slots[r][cc] >= 0) cEnd = cc - 1;
      for (let rr = r + 1; rr <= rEnd; rr++) {
        for (let cc = c; cc <= cEnd; cc++) if (slots[rr][cc] >= 0) rEnd = rr - 1;
      }
      const index = cells.length;
      cells.push({
        row: r,
        column: c,
        rowSpan: rEnd - r + 1,
        colSpan: cEnd - c + 1,
        x0: xs[c],
        y0: ys[r],
        x1: xs[cEnd + 1],
        y1: ys[rEnd + 1],
      });
      for (let rr = r; rr <= rEnd; rr++) for (let cc = c; cc <= cEnd; cc++) slots[rr][cc] = index;
    }
  }
  return { xs, ys, cells, slots };
}

/** The grid and cell containing a point, or null. Grids are few per page: a linear scan. */
export function cellAt(
  grids: RuledGrid[],
  x: number,
  y: number,
): { grid: number; cell: number } | null {
  const tol = GRID.tolerance;
  for (let g = 0; g < grids.length; g++) {
    const { xs, ys, slots } = grids[g];
    if (x < xs[0] - tol || x > xs[xs.length - 1] + tol) continue;
    if (y < ys[0] - tol || y > ys[ys.length - 1] + tol) continue;
    return { grid: g, cell: slots[intervalOf(ys, y)][intervalOf(xs, x)] };
  }
  return null;
}

/**
 * Column rules a run from x0 to x1 (at height y) crosses inside the grid, where the cells on
 * either side differ: a run drawn across cell borders must be split there. `margin` keeps runs
 * that merely touch a rule whole.
 */
export function cellBreaks(
  grid: RuledGrid,
  x0: number,
  x1: number,
  y: number,
  margin: number,
): number[] {
  const { xs, slots } = grid;
  const row = slots[intervalOf(grid.ys, y)];
  const out: number[] = [];
  for (let k = intervalOf(xs, x0 + margin) + 1; k < xs.length - 1 && xs[k] < x1 - margin; k++) {
    if (row[k - 1] !== row[k]) out.push(xs[k]);
  }
  return out;
}
