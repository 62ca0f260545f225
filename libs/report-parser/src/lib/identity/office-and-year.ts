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
const TITLE_OFFICE_ONLY =
  /^(.{2,60}?)(?:关于)?(?:政府信息公开|政务公开)(?:工作)?(?:年度)?(?:报告|年报)/;
const TITLE_YEAR_IN_BRACKETS = new RegExp(`[(（]${YEAR}年?度?[)）]\\s*$`);
const PERIOD_SENTENCE = new RegExp(
  `${YEAR}年1月1日(?:起)?(?:至|到|—|－|-|~|～)(?:${YEAR}年)?12月31日`,
);
const YEAR_REPORT_MENTION = new RegExp(
  `${YEAR}年(?:度)?(?:年报|政府信息公开工作年度报告|政府信息公开年度报告)|${YEAR}年报`,
);
const NOT_AN_OFFICE = /[:：>»|/\\，,。；;！!？?]|来源|时间|发布|首页|当前位置/;
const TITLE_SEARCH_ROWS = 40;

function compact(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '');
}

function plausibleYear(text: string | undefined): number | null {
  if (!text) return null;
  const year = Number(text);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

function cleanOffice(candidate: string): string | null {
  const office = candidate.replace(/^(?:关于|本机关)/, '').replace(/[“”"《》]/g, '');
  if (office.length < 2 || NOT_AN_OFFICE.test(office) || /\d{3,}/.test(office)) return null;
  return office;
}

interface TitleReading {
  office: string | null;
  year: number | null;
}

/** Reads office and year from a title line; null when the line is not a report title. */
export function readTitle(text: string): TitleReading | null {
  const line = compact(text);
  if (line.length > 80 || !/政府信息公开|政务公开/.test(line)) return null;
  let match = TITLE_OFFICE_YEAR.exec(line);
  if (match) return { office: cleanOffice(match[1]), year: plausibleYear(match[2]) };
  match = TITLE_YEAR_OFFICE.exec(line);
  if (match) return { office: cleanOffice(match[2]), year: plausibleYear(match[1]) };
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
): OfficeAndYear {
  const office: StatedFact<string> = { value: null, source: null };
  const year: StatedFact<number> = { value: null, source: null };
  const statedYears = new Set<number>();
  const limit = Math.min(rows.length, Math.max(titleRowLimit, 0) || TITLE_SEARCH_ROWS);
  for (let index = 0; index < limit; index += 1) {
    const text = rowText(rows[index]);
    const title = readTitle(text);
    if (!title) continue;
    const source: Provenance = { kind: 'title', text: text.trim(), location: rows[index].location };
    if (title.office && office.value === null)
      Object.assign(office, { value: title.office, source });
    if (title.year !== null && year.value === null)
      Object.assign(year, { value: title.year, source });
    if (title.year !== null) statedYears.add(title.year);
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
    const stated = plausibleYear(period?.[2] ?? period?.[1]);
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
  return { office, year, conflictingYears: statedYears.size > 1 ? [...statedYears] : [] };
}
