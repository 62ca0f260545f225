import type { DocumentCell, TextBlock } from '@ogi/report-parser';

/** A text run from pdf.js: [text, x, baseline y (from the page top), width, font size]. */
export type PdfItem = [string, number, number, number, number];

export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
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

/** Groups a page's runs into visual lines (by baseline) and splits each at column-sized gaps. */
export function pageLines(page: PdfPage, pageNo: number): Line[] {
  const items = page.items.filter((it) => it[0].trim() !== '');
  items.sort((a, b) => a[2] - b[2] || a[1] - b[1]);
  const groups: { y: number; size: number; items: PdfItem[] }[] = [];
  for (const it of items) {
    const size = it[4] > 0 ? it[4] : 10;
    const g = groups[groups.length - 1];
    if (g && Math.abs(it[2] - g.y) <= LAYOUT.baselineTolerance * Math.min(size, g.size)) {
      g.items.push(it);
      g.size = Math.max(g.size, size);
    } else {
      groups.push({ y: it[2], size, items: [it] });
    }
  }
  return groups.map((g) => {
    g.items.sort((a, b) => a[1] - b[1]);
    const cells: DocumentCell[] = [];
    let text = '';
    let cellX = 0;
    let cellY = 0;
    let end = -Infinity;
    const push = () => {
      const t = text.trim();
      if (t)
        cells.push({
          text: t,
          location: { page: pageNo, x: round(cellX), y: round(cellY) },
          rowSpan: 1,
          colSpan: 1,
        });
    };
    for (const it of g.items) {
      const size = it[4] > 0 ? it[4] : 10;
      const gap = it[1] - end;
      const s = it[0].replace(/\s+/g, ' ');
      if (end === -Infinity || gap >= LAYOUT.cellGap * size) {
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
          CJK.test(prev) || CJK.test(next) || prev === ' ' ? s.trimStart() : ` ${s.trimStart()}`;
      }
      end = Math.max(end, it[1] + Math.max(0, it[3]));
    }
    push();
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
 * Rebuilds reading-order lines from PDF pages and drops page furniture: page-number lines in the
 * top/bottom band, lines repeated at the same place on most pages (running headers/footers), and
 * table header rows repeated at the top of a following page. Everything dropped is noted.
 */
export function layoutPdf(pages: PdfPage[], notes: string[]): TextBlock[] {
  const perPage = pages.map((p, i) => pageLines(p, i + 1));
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

  const blocks: TextBlock[] = [];
  perPage.forEach((lines, p) => {
    lines.forEach((line, l) => {
      if (dropped[p][l] || !line.cells.length) return;
      blocks.push({
        type: 'text',
        text: line.text,
        location: { page: p + 1, x: line.cells[0].location.x, y: round(line.y) },
        cells: line.cells,
      });
    });
  });
  return blocks;
}
