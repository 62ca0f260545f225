import type { DocBlock } from '../document';
import type { Grid, GridCell } from '../grids';
import type { Rng } from '../prng';

export interface PdfTextOptions {
  /** Characters per text line before a paragraph wraps. */
  lineWidth: number;
  /** Header letters of 表四 (and 表三 columns) stacked one character per line (wendeng). */
  verticalHeaders: boolean;
  /** Page furniture between pages: `- 3 -`, `P. 9`, `Page 9`. */
  pageStyle: 'dash' | 'p' | 'page';
  /** Long 表三 labels wrap onto a second line (numbers stay on one of the two lines). */
  wrapLabels: boolean;
  /** Rowspan labels on the first row of their span, or on its middle row (vertically centred). */
  spanLabels: 'first' | 'middle';
}

function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (let start = 0; start < text.length; start += width)
    lines.push(text.slice(start, start + width));
  return lines.length > 0 ? lines : [''];
}

/** Header cells of one grid row as a PDF text extractor yields them: wrapped parts on separate lines. */
function headerLines(row: readonly (GridCell | null)[]): string[] {
  const parts = row
    .filter((item): item is GridCell => item !== null && item.text !== '')
    .map((item) => item.text.split('\n'));
  const depth = Math.max(1, ...parts.map((part) => part.length));
  return Array.from({ length: depth }, (_, line) =>
    parts
      .map((part) => part[line] ?? '')
      .filter((text) => text !== '')
      .join(' '),
  ).filter((line) => line !== '');
}

/** Vertical header letters: each header word printed one character per line, columns side by side. */
function verticalLines(row: readonly (GridCell | null)[]): string[] {
  const words = row
    .filter((item): item is GridCell => item !== null && item.text !== '')
    .map((item) => item.text.replace(/\n/g, ''));
  const depth = Math.max(...words.map((word) => word.length));
  return Array.from({ length: depth }, (_, index) =>
    words
      .map((word) => word[index] ?? '')
      .filter((char) => char !== '')
      .join(' '),
  );
}

function valueTexts(row: readonly (GridCell | null)[]): string[] {
  return row
    .filter(
      (item): item is GridCell => item !== null && item.role === 'value' && item.text.trim() !== '',
    )
    .map((item) => item.text.replace(/\s+/g, ''));
}

/** Labels of every data row; rowspan labels sit on the first or the middle row of their span. */
function rowLabels(grid: Grid, spanLabels: 'first' | 'middle'): string[] {
  const data = grid.rows.slice(grid.headerRows);
  const parts: string[][] = data.map(() => []);
  data.forEach((row, index) => {
    for (const item of row) {
      if (!item || item.role !== 'label') continue;
      const at =
        spanLabels === 'middle' && item.rowSpan > 1
          ? index + Math.floor((item.rowSpan - 1) / 2)
          : index;
      parts[at].push(item.text);
    }
  });
  return parts.map((list) => list.join(' '));
}

function labelText(row: readonly (GridCell | null)[]): string {
  return row
    .filter((item): item is GridCell => item !== null && item.role === 'label')
    .map((item) => item.text)
    .join(' ');
}

function tableLines(grid: Grid, options: PdfTextOptions, rng: Rng): string[] {
  const lines: string[] = [];
  if (grid.table === 'active') {
    for (const row of grid.rows) {
      const first = row[0];
      if (first?.role === 'caption') lines.push(first.text);
      else if (first?.role === 'header') lines.push(...headerLines(row));
      else lines.push([labelText(row), ...valueTexts(row)].join(' '));
    }
    return lines;
  }
  if (grid.table === 'appeals') {
    const [groups, second, third, values] = grid.rows;
    lines.push(headerLines(groups).join(' '));
    lines.push(
      second
        .filter((item): item is GridCell => item !== null && item.colSpan === 5)
        .map((item) => item.text)
        .join(' '),
    );
    if (options.verticalHeaders)
      lines.push(...verticalLines(third.map((item, index) => item ?? second[index])));
    else lines.push(...headerLines(third));
    lines.push(valueTexts(values).join(' '));
    return lines;
  }
  // 表三
  lines.push(...wrapText(grid.rows[0][0]?.text ?? '', 18));
  lines.push('申请人情况');
  lines.push(...headerLines(grid.rows[1]));
  lines.push(...headerLines(grid.rows[2]));
  const labels = rowLabels(grid, options.spanLabels);
  for (const [index, row] of grid.rows.slice(grid.headerRows).entries()) {
    const label = labels[index];
    const numbers = valueTexts(row).join(' ');
    if (options.wrapLabels && label.length > 22 && rng.chance(0.7)) {
      const cut = 14 + rng.int(0, 6);
      if (rng.chance(0.5)) lines.push(label.slice(0, cut), `${label.slice(cut)} ${numbers}`.trim());
      else lines.push(`${label.slice(0, cut)} ${numbers}`.trim(), label.slice(cut));
    } else lines.push(`${label} ${numbers}`.trim());
  }
  return lines;
}

/**
 * What a PDF text extractor yields for the report: one visual line per row with space-separated
 * numbers, wrapped labels, stacked header letters, and page header/footer lines between pages.
 */
export function renderPdfText(
  blocks: readonly DocBlock[],
  options: PdfTextOptions,
  rng: Rng,
): string {
  const body: string[] = [];
  for (const block of blocks) {
    if (block.type === 'table') body.push(...tableLines(block.grid, options, rng));
    else if (block.kind === 'paragraph') body.push(...wrapText(block.text, options.lineWidth));
    else if (block.kind !== 'chrome') body.push(block.text);
  }
  const out: string[] = [];
  const pageSize = rng.int(28, 40);
  let page = 1;
  body.forEach((line, index) => {
    if (index > 0 && index % pageSize === 0) {
      out.push(
        options.pageStyle === 'dash'
          ? `- ${page} -`
          : options.pageStyle === 'p'
            ? `P. ${page}`
            : `Page ${page}`,
      );
      page += 1;
      if (options.pageStyle === 'page') out.push(`P. ${page}`);
    }
    out.push(line);
  });
  out.push(options.pageStyle === 'dash' ? `- ${page} -` : `P. ${page}`);
  return `${out.join('\n')}\n`;
}
