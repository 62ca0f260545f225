import {
  ACTIVE_LAYOUTS,
  APPLICATION_ROWS,
  SECTION_HEADINGS,
  labelBody,
  normaliseLabel,
} from '@ogi/report-schema';

/**
 * A page's text copied with its table cells run together (`行政规范性文件693665`,
 * `一、本年新收政府信息公开申请数量640020470`), often the whole report on one line with the
 * site's navigation: the line is cut back into its labels and their runs of digits, and the
 * runs are split into cells later, where the rules of each table can tell which split is right.
 */

/** After a number, these characters make it a date, an amount or a count in prose, not a cell. */
const PROSE_UNIT = '年月日号时分秒件个条项次份人万元%％余多家名位';
const VALUE_RUN = '\\d+(?:\\.\\d+)?(?:万元|元)?';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function labelEndings(): string[] {
  const labels = [
    ...APPLICATION_ROWS.flatMap((row) => [row.label, ...row.variants]),
    ...Object.values(ACTIVE_LAYOUTS).flatMap((blocks) =>
      blocks.flatMap((block) => block.rows.flatMap((row) => [row.label, ...row.variants])),
    ),
    '总计',
  ];
  return [...new Set(labels.map((label) => normaliseLabel(label).slice(-2)))].filter(
    (ending) => ending.length === 2 && !/\d/.test(ending),
  );
}

function activeRowLabels(): string[] {
  const labels = Object.values(ACTIVE_LAYOUTS).flatMap((blocks) =>
    blocks.flatMap((block) => block.rows.flatMap((row) => [row.label, ...row.variants])),
  );
  // Longest first, so that 行政规范性文件 is not cut before its 规范性文件.
  return [...new Set(labels.map(normaliseLabel))].sort((a, b) => b.length - a.length);
}

const GLUED_HINT = /[\u4e00-\u9fff)）”"]\s?[0-9０-９]/;

/** The printed titles of the six sections, without their numerals. */
function sectionTitles(): string[] {
  const titles = SECTION_HEADINGS.flatMap((heading) => [heading.label, ...heading.variants]);
  return [...new Set(titles.map(labelBody))].sort((a, b) => b.length - a.length);
}

interface Patterns {
  /** A table label with its digits glued on, not followed by a prose unit. */
  glued: RegExp;
  /** Where a line of run-together cells is cut. */
  cuts: Array<[RegExp, string]>;
  trailingValues: RegExp;
}

let patterns: Patterns | null = null;

function buildPatterns(): Patterns {
  const endings = labelEndings().map(escape).join('|');
  const activeRows = activeRowLabels().map(escape).join('|');
  const numeral = '[一二三四五六七八九十]+';
  const titles = sectionTitles().map(escape).join('|');
  return {
    glued: new RegExp(`(?:${endings})\\d+(?:\\.\\d+)?(?![\\d.])(?![${PROSE_UNIT}])`),
    cuts: [
      // A space ends a cell unless a number follows (`500000 5`, `规章 000` keep theirs).
      [/[ \t\u00a0\u3000]+(?![\d\s])/g, '\n'],
      // A number followed by a label: the label starts a new row.
      [new RegExp(`(${VALUE_RUN})(?=[\\u4e00-\\u9fff(])(?![${PROSE_UNIT}])`, 'g'), '$1\n'],
      // Item numbers (2.其他法律…) glued to the last value of the row before.
      [/(\d)(?=[.、][\u4e00-\u9fff“"])/g, '\n$1'],
      [new RegExp(`(?<!第)(\\(${numeral}\\))`, 'g'), '\n$1'],
      [new RegExp(`(${numeral}、)`, 'g'), '\n$1'],
      // A numbered section title ends its line: the table's header may follow without a space.
      [new RegExp(`(${numeral}、(?:${titles}))`, 'g'), '$1\n'],
      [/(第二十条|信息内容|\(本列数据)/g, '\n$1'],
      [new RegExp(`(${activeRows})`, 'g'), '\n$1'],
    ],
    trailingValues: new RegExp(`(${VALUE_RUN}(?:\\s+${VALUE_RUN})*)\\s*$`),
  };
}

/**
 * The rows of a line whose table cells were run together, or null when the line is not such a
 * line (no table label followed directly by its digits). Each row is a label and the runs of
 * digits printed after it, still unsplit.
 */
export function gluedRows(text: string): Array<{ label: string; runs: string[] }> | null {
  // Cheap test first: most lines have no digit right after a word.
  if (!GLUED_HINT.test(text)) return null;
  patterns ??= buildPatterns();
  const line = text.normalize('NFKC');
  if (!patterns.glued.test(line)) return null;
  let cut = line;
  for (const [pattern, replacement] of patterns.cuts) cut = cut.replace(pattern, replacement);
  const rows: Array<{ label: string; runs: string[] }> = [];
  for (const piece of cut.split('\n')) {
    const text = piece.trim();
    if (!text) continue;
    const values = patterns.trailingValues.exec(text);
    const label = values ? text.slice(0, values.index).trim() : text;
    const runs = values ? values[1].trim().split(/\s+/) : [];
    // A row of values alone belongs to the label before it (a space cut a cell off its label).
    const previous = rows[rows.length - 1];
    if (!label && previous) previous.runs.push(...runs);
    else rows.push({ label, runs });
  }
  return rows;
}
