import type { RuleLine } from './ruling-lines';

/** A box of pixels, inclusive: x0..x1, y0..y1. */
export interface PixelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Component extends PixelBox {
  area: number;
  /** Index of the component, as written in the label map. */
  label: number;
}

/** Tuning of word finding, as shares of the page's typical character height. */
export const WORD_FINDING = {
  /** Glyphs closer than this (× character height) along a line belong to one word. */
  glueGap: 0.8,
  /** Glyphs of one line overlap vertically by at least this share of the shorter one. */
  lineOverlap: 0.5,
  /** Components smaller than this (× height², pixels) are specks unless they sit inside a word. */
  speckArea: 0.02,
};

/**
 * Connected components (8-neighbourhood) of `ink` with `exclude` pixels left out; `labels` gives
 * each pixel's component index + 1 (0 for paper).
 */
export function components(
  ink: Uint8Array,
  exclude: Uint8Array,
  width: number,
  height: number,
): { comps: Component[]; labels: Int32Array } {
  const seen = new Int32Array(ink.length);
  const stack = new Int32Array(ink.length);
  const out: Component[] = [];
  for (let start = 0; start < ink.length; start++) {
    if (!ink[start] || exclude[start] || seen[start]) continue;
    let top = 0;
    stack[top++] = start;
    const label = out.length + 1;
    seen[start] = label;
    const c: Component = { x0: width, y0: height, x1: -1, y1: -1, area: 0, label: out.length };
    while (top > 0) {
      const p = stack[--top];
      const x = p % width;
      const y = (p - x) / width;
      c.area++;
      if (x < c.x0) c.x0 = x;
      if (x > c.x1) c.x1 = x;
      if (y < c.y0) c.y0 = y;
      if (y > c.y1) c.y1 = y;
      for (let dy = -1; dy <= 1; dy++) {
        const ny = y + dy;
        if (ny < 0 || ny >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          if (nx < 0 || nx >= width) continue;
          const q = ny * width + nx;
          if (ink[q] && !exclude[q] && !seen[q]) {
            seen[q] = label;
            stack[top++] = q;
          }
        }
      }
    }
    out.push(c);
  }
  return { comps: out, labels: seen };
}

/** The typical character height: the median height of character-sized components. */
export function typicalCharHeight(comps: Component[], fallback: number): number {
  const heights = comps
    .filter(
      (c) => c.area >= 20 && c.y1 - c.y0 + 1 >= fallback * 0.4 && c.y1 - c.y0 + 1 <= fallback * 3,
    )
    .map((c) => c.y1 - c.y0 + 1)
    .sort((a, b) => a - b);
  return heights.length >= 5 ? heights[Math.floor(heights.length / 2)] : fallback;
}

class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n).map((_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

/** True when a vertical rule runs between x `from` and `to` at height y. */
function ruleBetween(vertical: RuleLine[], from: number, to: number, y: number): boolean {
  return vertical.some((r) => r.x1 >= from && r.x0 <= to && r.y0 <= y && r.y1 >= y);
}

/** True when a horizontal rule runs between y `from` and `to` at x. */
function ruleAcross(horizontal: RuleLine[], from: number, to: number, x: number): boolean {
  return horizontal.some((r) => r.y1 >= from && r.y0 <= to && r.x0 <= x && r.x1 >= x);
}

/** Components grouped into one word, with the labels of its members. */
interface Group extends Component {
  members: number[];
}

const height = (b: PixelBox) => b.y1 - b.y0 + 1;
const width = (b: PixelBox) => b.x1 - b.x0 + 1;

/**
 * Groups ink components into words: glyphs of one line (vertically overlapping) closer than the
 * glue gap, never across a vertical rule; then the stacked strokes of a lone character (二, 三)
 * into one. Lone specks are dropped.
 */
export function groupWords(
  comps: Component[],
  charHeight: number,
  rules: { horizontal: RuleLine[]; vertical: RuleLine[] },
  tuning = WORD_FINDING,
): { words: PixelBox[]; dropped: Set<number> } {
  const speck = tuning.speckArea * charHeight * charHeight;
  const dropped = new Set<number>();
  const small = comps.filter((c) => c.area < speck);
  comps = comps.filter((c) => c.area >= speck);
  const order = comps.map((_, i) => i).sort((a, b) => comps[a].x0 - comps[b].x0);
  const uf = new UnionFind(comps.length);
  // Vertical extent of each union's words (indexed by root): top, bottom.
  const spans = new Int32Array(comps.length * 2);
  // Height of the tallest glyph of each union (indexed by root): a word is at most half as tall again.
  const tallest = new Int32Array(comps.map(height));
  comps.forEach((c, i) => {
    spans[i * 2] = c.y0;
    spans[i * 2 + 1] = c.y1;
  });
  const gap = tuning.glueGap * charHeight;
  for (let oi = 0; oi < order.length; oi++) {
    const a = comps[order[oi]];
    for (let oj = oi + 1; oj < order.length; oj++) {
      const b = comps[order[oj]];
      if (b.x0 > a.x1 + gap) break;
      const overlap = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) + 1;
      if (overlap < tuning.lineOverlap * Math.min(height(a), height(b))) continue;
      // Do not glue one line's glyph to a tall neighbour that spans several lines.
      if (Math.max(height(a), height(b)) > 2.5 * charHeight) continue;
      const y = (Math.max(a.y0, b.y0) + Math.min(a.y1, b.y1)) / 2;
      if (b.x0 > a.x1 && ruleBetween(rules.vertical, a.x1, b.x0, y)) continue;
      // Chains of small marks must not grow a word down the page: the joined word stays about
      // one line high.
      const ra = uf.find(order[oi]);
      const rb = uf.find(order[oj]);
      if (ra === rb) continue;
      const top = Math.min(spans[ra * 2], spans[rb * 2]);
      const bottom = Math.max(spans[ra * 2 + 1], spans[rb * 2 + 1]);
      if (bottom - top + 1 > Math.max(1.5 * Math.max(tallest[ra], tallest[rb]), 1.3 * charHeight))
        continue;
      uf.union(ra, rb);
      tallest[rb] = Math.max(tallest[ra], tallest[rb]);
      spans[rb * 2] = top;
      spans[rb * 2 + 1] = bottom;
    }
  }
  const groups = new Map<number, Group>();
  comps.forEach((c, i) => {
    const root = uf.find(i);
    const g = groups.get(root);
    if (!g) groups.set(root, { ...c, members: [c.label] });
    else {
      g.members.push(c.label);
      g.x0 = Math.min(g.x0, c.x0);
      g.y0 = Math.min(g.y0, c.y0);
      g.x1 = Math.max(g.x1, c.x1);
      g.y1 = Math.max(g.y1, c.y1);
      g.area += c.area;
    }
  });
  const stacked = stackParts([...groups.values()], charHeight, rules.horizontal);
  const words = stacked.filter(
    (w) => width(w) >= charHeight * 0.3 || height(w) >= charHeight * 0.5,
  );
  for (const w of stacked) if (!words.includes(w)) for (const l of w.members) dropped.add(l);
  // A small mark belongs to a word when it lies between the word's glyphs (a decimal point, a
  // comma); elsewhere it is a speck.
  // A thin flat mark is a minus sign before a word, or a dash on its own; specks are roundish.
  const extras: Group[] = [];
  for (const c of small) {
    // Points, commas and the marks of 、 and ： sit low in the line; a dot high up is a speck.
    const inside = words.some(
      (w) =>
        c.x0 > w.x0 &&
        c.x1 < w.x1 &&
        (c.y0 + c.y1) / 2 >= w.y0 + 0.35 * (w.y1 - w.y0) &&
        c.y1 <= w.y1 + 2,
    );
    if (inside) continue;
    const dashLike = width(c) >= 3 * height(c) && width(c) >= 0.25 * charHeight;
    if (dashLike) {
      const cy = (c.y0 + c.y1) / 2;
      const next = words.find(
        (w) => w.x0 > c.x1 && w.x0 - c.x1 <= 0.6 * charHeight && cy >= w.y0 && cy <= w.y1,
      );
      if (next) next.x0 = c.x0;
      // Alone, it must be a printed stroke: two pixels thick and a third of a character long.
      else if (height(c) >= 2 && width(c) >= 0.3 * charHeight)
        extras.push({ ...c, members: [c.label] });
      else dropped.add(c.label);
      continue;
    }
    dropped.add(c.label);
  }
  words.push(...extras);
  return { words, dropped };
}

/** Joins pieces stacked one above the other within a character height (二, 三, 亠 + 口). */
function stackParts(words: Group[], charHeight: number, horizontal: RuleLine[]): Group[] {
  const sorted = [...words].sort((a, b) => a.y0 - b.y0);
  const out: Group[] = [];
  for (const w of sorted) {
    const into = out.find((o) => {
      const xOverlap = Math.min(o.x1, w.x1) - Math.max(o.x0, w.x0) + 1;
      if (xOverlap < 0.6 * Math.min(width(o), width(w))) return false;
      const gapY = w.y0 - o.y1;
      const joined = Math.max(o.y1, w.y1) - Math.min(o.y0, w.y0) + 1;
      return (
        gapY < 0.6 * charHeight &&
        joined <= 1.25 * charHeight &&
        !ruleAcross(horizontal, o.y1, w.y0, (Math.max(o.x0, w.x0) + Math.min(o.x1, w.x1)) / 2)
      );
    });
    if (!into) out.push({ ...w, members: [...w.members] });
    else {
      into.members.push(...w.members);
      into.x0 = Math.min(into.x0, w.x0);
      into.y0 = Math.min(into.y0, w.y0);
      into.x1 = Math.max(into.x1, w.x1);
      into.y1 = Math.max(into.y1, w.y1);
      into.area += w.area;
    }
  }
  return out;
}
