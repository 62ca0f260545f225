import {
  ACTIVE_LAYOUTS,
  APPLICATION_PARENTS,
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
/**
 * What a run of cells may hold: digits, decimals, signs and sign words (本年增/减), units,
 * placeholders. Read from the end of a piece by a scan, not a regular expression: nested
 * repetition over a long run of digits would backtrack without end.
 */
const VALUE_CHAR = /[\d.+\-/／—－无增减加少万元\s]/;
/** Characters that may sit inside a run but never start a cell. */
const NOT_A_CELL_START = /[.加少万元\s]/;

/** Where the runs of cells at the end of a piece start (its length when there are none). */
function valuesStart(text: string): number {
  let start = text.length;
  while (start > 0 && VALUE_CHAR.test(text[start - 1])) start -= 1;
  while (start < text.length && NOT_A_CELL_START.test(text[start])) start += 1;
  return start;
}
/** Words that continue a run of cells after a number (`30增6`), never a new label. */
const CELL_WORDS = '增减';
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

const GLUED_HINT = /[\u4e00-\u9fff)）”"]\s?[0-9０-９/／—－-]|无无/;

/** Labels of 表三 shorter than this (其他, 总计) also occur inside other labels: never cut at them. */
const MIN_CUT_LABEL = 4;

/**
 * 表三's row and group labels without their numbering, longest first: where a report drops the
 * numbering, a label runs straight on from the placeholders of the row before (`无无无无法提供`).
 */
function applicationLabels(): string[] {
  const labels = [...APPLICATION_ROWS, ...Object.values(APPLICATION_PARENTS)].flatMap((spec) => [
    spec.label,
    ...spec.variants,
  ]);
  return [...new Set(labels.map(labelBody))]
    .filter((label) => label.length >= MIN_CUT_LABEL)
    .sort((a, b) => b.length - a.length);
}

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
}

let patterns: Patterns | null = null;

function buildPatterns(): Patterns {
  const endings = labelEndings().map(escape).join('|');
  const activeRows = activeRowLabels().map(escape).join('|');
  const numeral = '[一二三四五六七八九十]+';
  const titles = sectionTitles().map(escape).join('|');
  const rowLabels = applicationLabels().map(escape).join('|');
  return {
    glued: new RegExp(
      `(?:${endings})(?:\\d+(?:\\.\\d+)?(?![\\d.])(?![${PROSE_UNIT}])|[/／—－-]{1,2}(?=[\\d/／—－-])|无{2,})`,
    ),
    cuts: [
      // A space ends a cell unless a number follows (`500000 5`, `规章 000` keep theirs).
      [/[ \t\u00a0\u3000]+(?![\d\s])/g, '\n'],
      // A number followed by a label: the label starts a new row.
      // (Only from the start of a run of digits: a match tried inside it would backtrack through it.)
      [
        new RegExp(
          `(?<![\\d.])(${VALUE_RUN})(?=[\\u4e00-\\u9fff(])(?![${PROSE_UNIT}${CELL_WORDS}])`,
          'g',
        ),
        '$1\n',
      ],
      // A run of placeholders (`———————`) followed by a label: the label starts a new row.
      [/([/／—－-]+)(?=[\u4e00-\u9fff(])/g, '$1\n'],
      // Item numbers (2.其他法律…) glued to the last value of the row before.
      [/(\d)(?=[.、][\u4e00-\u9fff“"])/g, '\n$1'],
      [new RegExp(`(?<!第)(\\(${numeral}\\))`, 'g'), '\n$1'],
      [new RegExp(`(${numeral}、)`, 'g'), '\n$1'],
      // A numbered section title ends its line: the table's header may follow without a space.
      [new RegExp(`(${numeral}、(?:${titles}))`, 'g'), '$1\n'],
      [/(第二十条|信息内容|\(本列数据)/g, '\n$1'],
      [new RegExp(`(${activeRows})`, 'g'), '\n$1'],
      // Not after its own numbering (8.属于行政查询事项, (四)无法提供): that stays with it.
      [new RegExp(`(?<![\\d.、()])(${rowLabels})`, 'g'), '\n$1'],
      // Placeholder cells (无无, //, ——) after a label, then a label: the second starts a new row.
      // (One 无 alone may be a label's own word: 申请人无正当理由.)
      [/(?<=[^\n])((?:无|[/／—－-]){2,})(?=[\u4e00-\u9fff(])/g, '$1\n'],
    ],
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
  // `2021 年` keeps its year: the space inside a date is no cell boundary.
  const line = text.normalize('NFKC').replace(/(\d{4})\s+(?=年)/g, '$1');
  if (!patterns.glued.test(line)) return null;
  let cut = line;
  for (const [pattern, replacement] of patterns.cuts) cut = cut.replace(pattern, replacement);
  const rows: Array<{ label: string; runs: string[] }> = [];
  for (const piece of cut.split('\n')) {
    const text = piece.trim();
    if (!text) continue;
    const start = valuesStart(text);
    const label = text.slice(0, start).trim();
    const runs = start < text.length ? text.slice(start).trim().split(/\s+/) : [];
    // A row of values alone belongs to the label before it (a space cut a cell off its label).
    const previous = rows[rows.length - 1];
    if (!label && previous) previous.runs.push(...runs);
    else rows.push({ label, runs });
  }
  return rows;
}
