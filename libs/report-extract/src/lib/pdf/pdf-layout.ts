import type { DocumentBlock, DocumentCell, GridSlot, TableBlock } from '@ogi/report-parser';
import { cellAt, cellBreaks, findGrids, rulesFromBoxes, type RuledGrid } from './pdf-grid';

/** A text run from pdf.js: [text, x, baseline y (from the page top), width, font size]. */
export type PdfItem = [string, number, number, number, number];

export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
  /** Boxes of the straight lines the page draws (x0, y0, x1, y1, …), same coordinates as items. */
  rules?: number[];
  error?: string;
}

/** Tuning of line grouping and cell splitting, in units of the font size. */
export const LAYOUT = {
  /** Baselines closer than this (× font size) are one visual line. */
  baselineTolerance: 0.35,
  /** Runs closer than this are glued with nothing between ("1" "2" "3" → "123"). */
  glueGap: 0.3,
  /** Runs at least this far apart start a new cell (a column gap). */
  cellGap: 1.0,
  /** Top and bottom bands where page numbers and running headers live (share of page height). */
  band: 0.1,
};

interface Line {
  page: number;
  y: number;
  size: number;
  items: PdfItem[];
  cells: DocumentCell[];
  text: string;
}

const round = (n: number) => Math.round(n * 100) / 100;

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

/** A run's font size, 10 when pdf.js gives none. */
const sizeOf = (it: PdfItem) => (it[4] > 0 ? it[4] : 10);

/** Groups runs into visual lines by baseline, top to bottom; each line's runs left to right. */
function groupByBaseline(runs: PdfItem[]): { y: number; size: number; items: PdfItem[] }[] {
  const items = runs.filter((it) => it[0].trim() !== '');
  items.sort((a, b) => a[2] - b[2] || a[1] - b[1]);
  const groups: { y: number; size: number; items: PdfItem[] }[] = [];
  for (const it of items) {
    const size = sizeOf(it);
    const g = groups[groups.length - 1];
    if (g && Math.abs(it[2] - g.y) <= LAYOUT.baselineTolerance * Math.min(size, g.size)) {
      g.items.push(it);
      g.size = Math.max(g.size, size);
    } else {
      groups.push({ y: it[2], size, items: [it] });
    }
  }
  for (const g of groups) g.items.sort((a, b) => a[1] - b[1]);
  return groups;
}

/**
 * Joins one visual line's runs (left to right). Runs closer than the glue gap join with nothing,
 * word gaps with a space between Latin words or digits (nothing between CJK characters). With
 * `splitCells`, column-sized gaps start a new piece; without, they are word gaps too.
 */
function joinRuns(items: PdfItem[], splitCells: boolean): { text: string; x: number; y: number }[] {
  const pieces: { text: string; x: number; y: number }[] = [];
  let text = '';
  let cellX = 0;
  let cellY = 0;
  let end = -Infinity;
  const push = () => {
    const t = text.trim();
    if (t) pieces.push({ text: t, x: cellX, y: cellY });
  };
  for (const it of items) {
    const size = sizeOf(it);
    const gap = it[1] - end;
    const s = it[0].replace(/\s+/g, ' ');
    if (end === -Infinity || (splitCells && gap >= LAYOUT.cellGap * size)) {
      if (end !== -Infinity) push();
      text = s.trimStart();
      cellX = it[1];
      cellY = it[2];
    } else if (gap < LAYOUT.glueGap * size) {
      text += s;
    } else {
      // A word gap: a space between Latin words or digits, nothing between CJK characters.
      const prev = text.slice(-1);
      const next = s.trimStart().charAt(0);
      text +=
        CJK.test(prev) || CJK.test(next) || prev === ' ' || prev === ''
          ? s.trimStart()
          : ` ${s.trimStart()}`;
    }
    end = Math.max(end, it[1] + Math.max(0, it[3]));
  }
  push();
  return pieces;
}

/** Groups runs into visual lines (by baseline) and splits each at column-sized gaps. */
function linesOf(runs: PdfItem[], pageNo: number): Line[] {
  return groupByBaseline(runs).map((g) => {
    const cells: DocumentCell[] = joinRuns(g.items, true).map((p) => ({
      text: p.text,
      location: { page: pageNo, x: round(p.x), y: round(p.y) },
      rowSpan: 1,
      colSpan: 1,
    }));
    return {
      page: pageNo,
      y: g.y,
      size: g.size,
      items: g.items,
      cells,
      text: cells.map((c) => c.text).join('\t'),
    };
  });
}

/** Groups a page's runs into visual lines (by baseline) and splits each at column-sized gaps. */
export function pageLines(page: PdfPage, pageNo: number): Line[] {
  return linesOf(page.items, pageNo);
}

/** A cell's text: its runs in reading order, runs of one visual line joined, lines by '\n'. */
export function cellText(runs: PdfItem[]): string {
  return groupByBaseline(runs)
    .map((g) =>
      joinRuns(g.items, false)
        .map((p) => p.text)
        .join(' '),
    )
    .filter((t) => t !== '')
    .join('\n');
}

/** A ruled table of one page: the grid and each cell's runs and text. */
export interface PageTable {
  grid: RuledGrid;
  runs: PdfItem[][];
  texts: string[];
}

/** A page's visual lines outside ruled tables, and its ruled tables (top to bottom). */
export interface PageContent {
  lines: Line[];
  tables: PageTable[];
}

/**
 * Finds the page's ruled tables and sorts every run into the table cell containing its centre;
 * the other runs become visual lines. A page without usable ruling gives exactly `pageLines`.
 */
export function pageContent(page: PdfPage, pageNo: number): PageContent {
  const grids = page.rules && page.rules.length >= 16 ? gridsOf(page.rules) : [];
  if (!grids.length) return { lines: linesOf(page.items, pageNo), tables: [] };
  const runs: PdfItem[][][] = grids.map((g) => g.cells.map(() => []));
  const outside: PdfItem[] = [];
  const place = (it: PdfItem) => {
    // The centre of the run: half its width along, a third of its size above the baseline.
    const at = cellAt(grids, it[1] + Math.max(0, it[3]) / 2, it[2] - sizeOf(it) * 0.3);
    if (at) runs[at.grid][at.cell].push(it);
    else outside.push(it);
    return at;
  };
  for (const it of page.items) {
    if (it[0].trim() === '') continue;
    const at = place(it);
    if (!at) continue;
    // One run drawn across cell borders ("12 0 3" as one text object): split it at the rules,
    // the characters shared out by width.
    const breaks = cellBreaks(
      grids[at.grid],
      it[1],
      it[1] + it[3],
      it[2] - sizeOf(it) * 0.3,
      sizeOf(it) * 0.5,
    );
    if (!breaks.length || it[0].length < 2) continue;
    const cell = runs[at.grid][at.cell];
    cell.splice(cell.lastIndexOf(it), 1);
    const chars = [...it[0]];
    const per = it[3] / chars.length;
    let from = 0;
    for (const x of [...breaks, Infinity]) {
      const to =
        x === Infinity ? chars.length : Math.min(chars.length, Math.round((x - it[1]) / per));
      if (to > from)
        place([
          chars.slice(from, to).join(''),
          it[1] + from * per,
          it[2],
          (to - from) * per,
          it[4],
        ]);
      from = Math.max(from, to);
    }
  }
  const tables: PageTable[] = [];
  grids.forEach((grid, g) => {
    // A ruled box holding no text in any cell (a frame, a signature box) is not a table.
    if (runs[g].every((r) => r.length === 0)) return;
    tables.push({ grid, runs: runs[g], texts: runs[g].map(cellText) });
  });
  return { lines: linesOf(outside, pageNo), tables };
}

function gridsOf(rules: number[]): RuledGrid[] {
  const { h, v } = rulesFromBoxes(rules);
  return findGrids(h, v);
}

const FULLWIDTH_DIGIT = /[\uff10-\uff19]/g;

/** The page number a header/footer line shows, or null when it is not such a line. */
export function pageNumberOf(text: string): number | null {
  const t = text
    .replace(FULLWIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, ' ')
    .trim();
  const patterns = [
    /^[-–—－─~～·•|\s]*(\d{1,4})[-–—－─~～·•|\s]*$/,
    /^(?:p|pp|page|pg)\.?\s*(\d{1,4})(?:\s*(?:of|\/)\s*\d{1,4})?$/i,
    /^第\s*(\d{1,4})\s*页(?:\s*[,，、]?\s*共\s*\d{1,4}\s*页)?$/,
    /^共\s*\d{1,4}\s*页\s*[,，、]?\s*第\s*(\d{1,4})\s*页$/,
    /^(\d{1,4})\s*\/\s*\d{1,4}$/,
    /^(?:page|第)?\s*(\d{1,4})\s*(?:of|\/)\s*\d{1,4}\s*(?:页)?$/i,
  ];
  for (const re of patterns) {
    const m = re.exec(t);
    if (m) return Number.parseInt(m[1], 10);
  }
  return null;
}

function shape(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, '');
}

/**
 * Rebuilds reading-order blocks from PDF pages: ruled tables as TableBlocks (one per page part of
 * a table), all other text as visual lines. Drops page furniture: page-number lines in the
 * top/bottom band, lines repeated at the same place on most pages (running headers/footers), and
 * table header rows (lines, or rows of a ruled table) repeated at the top of a following page.
 * Everything dropped is noted.
 */
export function layoutPdf(pages: PdfPage[], notes: string[]): DocumentBlock[] {
  const content = pages.map((p, i) => pageContent(p, i + 1));
  const perPage = content.map((c) => c.lines);
  const dropped = perPage.map((lines) => lines.map(() => false));
  const pageCount = pages.length;

  // 1. Page numbers in the bands.
  const candidates: { p: number; l: number; n: number }[] = [];
  perPage.forEach((lines, p) => {
    const h = pages[p].height || 842;
    lines.forEach((line, l) => {
      const inBand = line.y < h * LAYOUT.band || line.y > h * (1 - LAYOUT.band);
      if (!inBand || line.cells.length > 2) return;
      const n = pageNumberOf(line.cells.map((c) => c.text).join(' '));
      if (n !== null) candidates.push({ p, l, n });
    });
  });
  if (candidates.length) {
    // Page numbers move with the page: n - pageIndex is the same on most of them.
    const offsets = new Map<number, number>();
    for (const c of candidates) offsets.set(c.n - c.p, (offsets.get(c.n - c.p) ?? 0) + 1);
    const [bestOffset, count] = [...offsets.entries()].sort((a, b) => b[1] - a[1])[0];
    const consistent = pageCount === 1 || count >= Math.max(2, Math.ceil(pageCount / 2));
    for (const c of candidates) {
      const line = perPage[c.p][c.l];
      const decorated = !/^\d+$/.test(line.text.trim());
      if ((consistent && c.n - c.p === bestOffset) || (decorated && pageCount === 1)) {
        dropped[c.p][c.l] = true;
        notes.push(`page ${c.p + 1}: dropped page number "${line.text}"`);
      }
    }
  }

  // 2. Running headers/footers: same text shape at about the same height on most pages, in a band.
  if (pageCount >= 2) {
    const seen = new Map<string, { p: number; l: number }[]>();
    perPage.forEach((lines, p) => {
      const h = pages[p].height || 842;
      lines.forEach((line, l) => {
        if (dropped[p][l]) return;
        const inBand = line.y < h * LAYOUT.band || line.y > h * (1 - LAYOUT.band);
        if (!inBand) return;
        const key = `${Math.round(line.y / 4)}|${shape(line.text)}`;
        const list = seen.get(key) ?? [];
        if (!list.some((e) => e.p === p)) list.push({ p, l });
        seen.set(key, list);
      });
    });
    for (const list of seen.values()) {
      if (list.length >= Math.max(2, Math.ceil(pageCount * 0.6))) {
        const text = perPage[list[0].p][list[0].l].text;
        for (const e of list) dropped[e.p][e.l] = true;
        notes.push(`dropped running header/footer "${text}" on ${list.length} pages`);
      }
    }
  }

  // 3. Table header rows repeated at the top of the next page: leading lines (with words, more
  //    than one cell) whose text already appeared on an earlier page.
  const earlier = new Set<string>();
  perPage.forEach((lines, p) => {
    if (p > 0) {
      let first = true;
      for (let l = 0; l < lines.length; l++) {
        if (dropped[p][l]) continue;
        const line = lines[l];
        const key = line.text.replace(/\s+/g, '');
        const wordy = /[^\d\s.,，。%-]/.test(line.text);
        if (!(earlier.has(key) && wordy && (line.cells.length >= 2 || !first))) break;
        dropped[p][l] = true;
        notes.push(`page ${p + 1}: dropped repeated table header line "${line.text}"`);
        first = false;
      }
    }
    lines.forEach((line, l) => {
      if (!dropped[p][l]) earlier.add(line.text.replace(/\s+/g, ''));
    });
  });

  // 4. Ruled tables continued on the next page: rows at the top of the page's first table that
  //    repeat the header rows of the table it continues are dropped.
  let previous: { head: PageTable } | null = null;
  const heads = content.map((c) => [...c.tables]);
  content.forEach((c, p) => {
    const first = c.tables[0];
    if (first && previous) {
      const k = repeatedHeaderRows(previous.head, first);
      if (k > 0) {
        const shown = [
          ...new Set(first.grid.slots[0].map((cell) => first.texts[cell].replace(/\s+/g, ''))),
        ].join(' | ');
        notes.push(
          `page ${p + 1}: dropped ${k} repeated table header row${k > 1 ? 's' : ''} "${shown.length > 60 ? `${shown.slice(0, 60)}…` : shown}"`,
        );
        c.tables[0] = dropRows(first, k);
        heads[p][0] = previous.head;
      }
    }
    const last = c.tables.length - 1;
    previous = last >= 0 ? { head: heads[p][last] } : null;
  });

  const blocks: DocumentBlock[] = [];
  let tableIndex = 0;
  perPage.forEach((lines, p) => {
    const tables = content[p].tables;
    let t = 0;
    const emitTablesAbove = (y: number) => {
      while (t < tables.length && tables[t].grid.ys[0] < y) {
        blocks.push(tableBlock(tables[t++], p + 1, tableIndex++));
      }
    };
    lines.forEach((line, l) => {
      if (dropped[p][l] || !line.cells.length) return;
      emitTablesAbove(line.y);
      blocks.push({
        type: 'text',
        text: line.text,
        location: { page: p + 1, x: line.cells[0].location.x, y: round(line.y) },
        cells: line.cells,
      });
    });
    emitTablesAbove(Infinity);
  });
  return blocks;
}

/** A table row's texts (slot by slot, whitespace removed), for comparing rows. */
function rowText(table: PageTable, r: number): string {
  return table.grid.slots[r].map((cell) => table.texts[cell].replace(/\s+/g, '')).join('|');
}

/** True when no cell crosses the boundary above row k (rows before k can be cut off cleanly). */
function cleanCut(table: PageTable, k: number): boolean {
  const { slots } = table.grid;
  if (k <= 0 || k >= slots.length) return k === slots.length;
  return slots[k].every((cell, c) => slots[k - 1][c] !== cell);
}

/**
 * How many rows at the top of `table` repeat the header rows of `head` (same columns, same
 * texts, with words in them), ending at a row boundary no cell crosses in either table.
 */
export function repeatedHeaderRows(head: PageTable, table: PageTable): number {
  if (head === table || head.grid.xs.length !== table.grid.xs.length) return 0;
  const max = Math.min(head.grid.slots.length - 1, table.grid.slots.length - 1, 6);
  let best = 0;
  let wordy = false;
  for (let k = 1; k <= max; k++) {
    const text = rowText(table, k - 1);
    if (text !== rowText(head, k - 1)) break;
    if (/[^\d\s.,，。%|/／—－-]/.test(text)) wordy = true;
    if (wordy && cleanCut(table, k) && cleanCut(head, k)) best = k;
  }
  return best;
}

/** The table without its first k rows (k at a clean cut). */
function dropRows(table: PageTable, k: number): PageTable {
  const { grid } = table;
  const keep: number[] = [];
  const map = new Map<number, number>();
  grid.cells.forEach((cell, i) => {
    if (cell.row >= k) {
      map.set(i, keep.length);
      keep.push(i);
    }
  });
  return {
    grid: {
      xs: grid.xs,
      ys: grid.ys.slice(k),
      cells: keep.map((i) => ({ ...grid.cells[i], row: grid.cells[i].row - k })),
      slots: grid.slots.slice(k).map((row) => row.map((i) => map.get(i) as number)),
    },
    runs: keep.map((i) => table.runs[i]),
    texts: keep.map((i) => table.texts[i]),
  };
}

/** The document table of a page's ruled table: every slot filled, origin only at top-left. */
function tableBlock(table: PageTable, page: number, index: number): TableBlock {
  const { grid } = table;
  const cells: DocumentCell[] = grid.cells.map((cell, i) => {
    const runs = table.runs[i];
    let first: PdfItem | null = null;
    for (const it of runs) {
      if (!first || it[2] < first[2] - 2 || (Math.abs(it[2] - first[2]) <= 2 && it[1] < first[1]))
        first = it;
    }
    return {
      text: table.texts[i],
      location: {
        page,
        x: round(first ? first[1] : cell.x0),
        y: round(first ? first[2] : cell.y1),
        table: index,
        row: cell.row,
        column: cell.column,
      },
      rowSpan: cell.rowSpan,
      colSpan: cell.colSpan,
    };
  });
  const rows: GridSlot[][] = grid.slots.map((row, r) =>
    row.map((i, c) => ({
      cell: cells[i],
      origin: grid.cells[i].row === r && grid.cells[i].column === c,
    })),
  );
  return {
    type: 'table',
    rows,
    location: { page, x: round(grid.xs[0]), y: round(grid.ys[0]), table: index },
  };
}
