import type { TokenRow } from '../layout/token-rows';
import type { Provenance, StatedFact } from '../parsed-report';

const YEAR = '((?:19|20)\\d{2})';
const MIN_YEAR = 2008;
const MAX_YEAR = 2099;
/** Title forms: `<office><year>年(度)政府信息公开…`, `<year>年度<office>政府信息公开…`, `<office>政府信息公开…报告(<year>年)`. */
const TITLE_OFFICE_YEAR = new RegExp(
  `^(.{2,60}?)(?:关于)?${YEAR}年度?(?:政府信息公开|政务公开|信息公开)`,
);
const TITLE_YEAR_OFFICE = new RegExp(`^${YEAR}年度?(.{2,60}?)政府信息公开`);
/** The second line of a title whose office stands alone on the line above: `2023 年政府信息公开工作年度报告`. */
const TITLE_YEAR_ONLY = new RegExp(
  `^${YEAR}年度?(?:政府信息公开|政务公开)(?:工作)?(?:年度)?(?:报告|年报)$`,
);
const TITLE_OFFICE_ONLY =
  /^(.{2,60}?)(?:关于)?(?:政府信息公开|政务公开)(?:工作)?(?:年度)?(?:报告|年报)/;
const TITLE_YEAR_IN_BRACKETS = new RegExp(`[(（]${YEAR}年?度?[)）]\\s*$`);
const PERIOD_SENTENCE = new RegExp(
  `${YEAR}年1月1日(?:起)?(?:至|到|—|－|-|~|～)(?:${YEAR}年)?12月31日|(?:截止|截至|截止到|截至到)(?:${YEAR}年)12月31日`,
);
const YEAR_REPORT_MENTION = new RegExp(
  `${YEAR}年(?:度)?(?:年报|政府信息公开工作年度报告|政府信息公开年度报告|(?:政府信息公开|政务公开)(?:工作)?情况报告如下)|${YEAR}年报`,
);
/** The overview's first sentence often opens with the report year: `2025年，区科委…`. */
const OVERVIEW_OPENING = new RegExp(`^${YEAR}年度?[，,]`);
/** `本报告由淮安市洪泽区人民政府办公室根据…编制`: the compiling office names the report's office. */
const COMPILED_BY = /本(?:年度)?报告(?:是)?由(.{2,40}?)(?:根据|依据|按照|依照|负责|编制|，|,)/;
const COMPILING_UNIT =
  /(?:党政综合办公室|党政办公室|综合办公室|政务公开办公室|办公室|办公厅|党政办)$/;
const OFFICE_ENDING =
  /(?:人民政府|政府|街道办事处|办事处|街道|管委会|管理委员会|委员会|局|厅|委|办|署|院|镇|乡|中心)$/;
/** A line of page chrome or a crawler's header before the title: `标题:`, `当前位置：首页 > …`. */
const FIELD_NAME = /^(?:标题|题目|名称|文章标题|title)[:：]/i;
const MARKUP_LEAD = /^[#*>\s]+/;
/**
 * What may follow a title inside a line: a space, the page's source line, the text itself; not
 * the rest of a notice's name (…年度报告有关事项的通知》) or a sentence about the report.
 */
const TITLE_ENDS = '(?=\\s|$|来源|发布|时间|[^有的》等编工相要中和及所])';
/** Page chrome run into the title on one line: the office starts after the last of these. */
const CHROME_WORDS =
  /^.*(?:门户网站|网站|首页|当前位置|政府信息公开年报|政府信息公开|政务公开|年度报告|年报)/;
/**
 * A title inside a longer line (breadcrumbs, a page flattened to one line): the office as one run
 * of text before the year, the year, and the whole report name, followed by a space, 来源 or the end.
 */
const TITLE_IN_LINE = new RegExp(
  `(?:^|[\\s>»|:：]|年报|年度报告|政府信息公开)([^\\s>»|:：，,。；;《》“”()（）]{2,40}?)\\s*${YEAR}\\s*年度?\\s*(?:政府信息公开|政务公开)(?:工作)?(?:年度)?(?:报告|年报)${TITLE_ENDS}`,
);
const YEAR_FIRST_IN_LINE = new RegExp(
  `(?:^|[\\s>»|:：]|年报|年度报告|政府信息公开)${YEAR}\\s*年度?\\s*([^\\s>»|:：，,。；;《》“”()（）]{2,40}?)(?:政府信息公开|政务公开)(?:工作)?(?:年度)?(?:报告|年报)${TITLE_ENDS}`,
);
/** Lines of a title spread over two or three lines are each at most this long. */
const TITLE_PART_LENGTH = 40;
const NOT_AN_OFFICE = /[:：>»|/\\，,。；;！!？?]|来源|时间|发布|首页|当前位置/;
const TITLE_SEARCH_ROWS = 40;
/** A page's column name (政府信息公开) printed above the title is never part of an office's name. */
const PAGE_WORDS = /^(?:政府信息公开|政务公开|信息公开)+/;

function compact(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '');
}

function plausibleYear(text: string | undefined): number | null {
  if (!text) return null;
  const year = Number(text);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

function cleanOffice(candidate: string): string | null {
  const office = candidate
    .replace(CHROME_WORDS, '')
    .replace(PAGE_WORDS, '')
    .replace(/^(?:关于|本机关)/, '')
    .replace(/[“”"《》]/g, '');
  if (office.length < 2 || NOT_AN_OFFICE.test(office) || /\d{3,}/.test(office)) return null;
  return office;
}

interface TitleReading {
  office: string | null;
  year: number | null;
}

/** Reads office and year from a title line; null when the line is not a report title. */
export function readTitle(text: string): TitleReading | null {
  const line = compact(text).replace(MARKUP_LEAD, '').replace(FIELD_NAME, '');
  // A sentence that quotes a notice's name (《…关于编制2021年政府信息公开工作年度报告…》) is no title.
  if (line.length > 80 || !/政府信息公开|政务公开/.test(line) || /[《》。]/.test(line)) return null;
  let match = TITLE_OFFICE_YEAR.exec(line);
  if (match) return { office: cleanOffice(match[1]), year: plausibleYear(match[2]) };
  match = TITLE_YEAR_OFFICE.exec(line);
  if (match) return { office: cleanOffice(match[2]), year: plausibleYear(match[1]) };
  match = TITLE_YEAR_ONLY.exec(line);
  if (match) return { office: null, year: plausibleYear(match[1]) };
  match = TITLE_OFFICE_ONLY.exec(line);
  if (match)
    return {
      office: cleanOffice(match[1]),
      year: plausibleYear(TITLE_YEAR_IN_BRACKETS.exec(line)?.[1]),
    };
  return null;
}

function rowText(row: TokenRow): string {
  return row.tokens.map((item) => item.text).join(' ');
}

export interface OfficeAndYear {
  office: StatedFact<string>;
  year: StatedFact<number>;
  /** Years stated in different places that disagree, for a finding. */
  conflictingYears: number[];
}

/**
 * Office and year as the report states them (§7.5): the title first; for the year, then the
 * statistics-period sentence, then a "YYYY年报" mention. Nothing is guessed: what is not stated is
 * null, with no source.
 */
export function readOfficeAndYear(
  rows: readonly TokenRow[],
  titleRowLimit: number,
  documentTitle: string | null = null,
  overviewRow: number | null = null,
): OfficeAndYear {
  const office: StatedFact<string> = { value: null, source: null };
  const year: StatedFact<number> = { value: null, source: null };
  const statedYears = new Set<number>();
  const limit = Math.min(rows.length, Math.max(titleRowLimit, 0) || TITLE_SEARCH_ROWS);
  // A title on one line first; only then one wrapped over two, then three lines.
  for (const lines of [1, 2, 3]) {
    // A title wrapped over lines stands at the top: only there are lines joined.
    const rowsToRead = lines === 1 ? limit : Math.min(limit, TITLE_SEARCH_ROWS);
    for (let index = 0; index < rowsToRead; index += 1) {
      const found = titleAt(rows, index, lines);
      if (!found) continue;
      const { title, text } = found;
      const source: Provenance = { kind: 'title', text, location: rows[index].location };
      if (title.office && office.value === null)
        Object.assign(office, { value: title.office, source });
      if (title.year !== null && year.value === null)
        Object.assign(year, { value: title.year, source });
      if (title.year !== null) statedYears.add(title.year);
      if (office.value !== null && year.value !== null) break;
    }
    if (office.value !== null && year.value !== null) break;
  }
  const pageTitle = documentTitle
    ? readTitle(documentTitle.split(/[_|｜—-]{1,2}/)[0] ?? documentTitle)
    : null;
  if (pageTitle) {
    const source: Provenance = { kind: 'title', text: documentTitle ?? '', location: {} };
    if (pageTitle.office && office.value === null)
      Object.assign(office, { value: pageTitle.office, source });
    if (pageTitle.year !== null && year.value === null)
      Object.assign(year, { value: pageTitle.year, source });
  }
  rows.forEach((row, index) => {
    const raw = rowText(row);
    // Cheap test first: most rows are table cells or prose without a period sentence.
    if (!raw.includes('月') && !raw.includes('统计')) return;
    let text = compact(raw);
    let period = PERIOD_SENTENCE.exec(text);
    // The sentence may wrap anywhere: …为2022年1月1 / 日至2022年12月31日。
    if (!period && rows[index + 1]) {
      text = compact(raw + rowText(rows[index + 1]));
      period = PERIOD_SENTENCE.exec(text);
    }
    const stated = plausibleYear(period?.[2] ?? period?.[1] ?? period?.[3]);
    if (stated === null) return;
    statedYears.add(stated);
    if (year.value === null) {
      Object.assign(year, {
        value: stated,
        source: { kind: 'period_sentence', text: period?.[0] ?? '', location: row.location },
      });
    }
  });
  if (year.value === null) {
    for (const row of rows) {
      const raw = rowText(row);
      if (!raw.includes('报')) continue;
      const mention = YEAR_REPORT_MENTION.exec(compact(raw));
      const stated = plausibleYear(mention?.[1] ?? mention?.[2]);
      if (stated !== null && mention) {
        Object.assign(year, {
          value: stated,
          source: { kind: 'text', text: mention[0], location: row.location },
        });
        statedYears.add(stated);
        break;
      }
    }
  }
  if (year.value === null && overviewRow !== null) readOverviewYear(rows, overviewRow, year);
  if (office.value === null) readCompilingOffice(rows, office);
  return { office, year, conflictingYears: statedYears.size > 1 ? [...statedYears] : [] };
}

/**
 * The title that starts at a row: the row alone, the row and the one or two short lines after it
 * (a title wrapped over lines: `洪泽区人民政府` / `2023 年政府信息公开工作年度报告`), or a title
 * inside a longer line of page chrome.
 */
function titleAt(
  rows: readonly TokenRow[],
  index: number,
  maxLines: number,
): { title: TitleReading; text: string } | null {
  const first = rowText(rows[index]).trim();
  if (maxLines === 1) {
    const title = readTitle(first);
    if (title && (title.office || title.year !== null)) return { title, text: first };
    if (!first.includes('报')) return null;
    const inLine = TITLE_IN_LINE.exec(first);
    const yearFirst = inLine ? null : YEAR_FIRST_IN_LINE.exec(first);
    if (!inLine && !yearFirst) return null;
    const office = cleanOffice((inLine?.[1] ?? yearFirst?.[2] ?? '').replace(FIELD_NAME, ''));
    const year = plausibleYear(inLine?.[2] ?? yearFirst?.[1]);
    const text = (inLine ?? yearFirst)?.[0].trim() ?? first;
    return office || year !== null ? { title: { office, year }, text } : null;
  }
  if (compact(first).length > TITLE_PART_LENGTH) return null;
  const texts = [first];
  for (let count = 1; count < maxLines && index + count < rows.length; count += 1) {
    const part = rowText(rows[index + count]).trim();
    if (compact(part).length > TITLE_PART_LENGTH) break;
    texts.push(part);
    const text = texts.join('');
    const title = readTitle(text);
    if (title?.office) return { title, text };
  }
  return null;
}

/** The year an overview opens with (`2025年，…`), as stated text. */
function readOverviewYear(
  rows: readonly TokenRow[],
  overviewRow: number,
  year: StatedFact<number>,
): void {
  const first = rows[overviewRow + 1];
  if (!first) return;
  const text = compact(rowText(first));
  const stated = plausibleYear(OVERVIEW_OPENING.exec(text)?.[1]);
  if (stated === null) return;
  Object.assign(year, {
    value: stated,
    source: { kind: 'text', text: text.slice(0, 20), location: first.location },
  });
}

/**
 * The office named by the compiling sentence (`本报告由X人民政府办公室…编制` names X人民政府),
 * for a report whose title does not name it. The sentence may wrap, so two lines are read.
 */
function readCompilingOffice(rows: readonly TokenRow[], office: StatedFact<string>): void {
  for (let index = 0; index < Math.min(rows.length, 2 * TITLE_SEARCH_ROWS); index += 1) {
    const raw = rowText(rows[index]);
    if (!raw.includes('报告')) continue;
    const text = compact(raw + (rows[index + 1] ? rowText(rows[index + 1]) : ''));
    const match = COMPILED_BY.exec(text);
    if (!match) continue;
    const unit = match[1].replace(COMPILING_UNIT, '');
    const named = OFFICE_ENDING.test(unit) ? cleanOffice(unit) : null;
    if (!named) continue;
    Object.assign(office, {
      value: named,
      source: { kind: 'text', text: match[0], location: rows[index].location },
    });
    return;
  }
}
