import type { TextFigures } from '@ogi/report-schema';
import type { SourceLocation } from '../document/report-document';
import type { TokenRow } from '../layout/token-rows';

/** A figure quoted in the report's prose, with where it was read. */
export interface ProseFigure {
  value: number;
  text: string;
  location: SourceLocation;
}

export interface ProseFigures {
  applicationsReceived: ProseFigure | null;
  reviewCases: ProseFigure | null;
  litigationCases: ProseFigure | null;
}

const COUNT = '(\\d{1,7})\\s*(?:件|份|个|条)';
/** "共收到政府信息公开申请8件", "本年度新收政府信息公开申请共计12件", "收到申请8份". */
const APPLICATIONS_RECEIVED = new RegExp(
  `(?:收到|受理|新收)[^。；;，,]{0,16}?申请[^。；;，,\\d]{0,6}?${COUNT}`,
);
const REVIEW_CASES = new RegExp(`行政复议(?:案件)?[^。；;，,\\d]{0,6}?${COUNT}`);
const LITIGATION_CASES = new RegExp(`行政诉讼(?:案件)?[^。；;，,\\d]{0,6}?${COUNT}`);
const MIN_PROSE_LENGTH = 12;

function compact(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '');
}

function firstMatch(rows: readonly TokenRow[], pattern: RegExp): ProseFigure | null {
  for (const row of rows) {
    for (const token of row.tokens) {
      if (token.kind !== 'text' || token.text.length < MIN_PROSE_LENGTH) continue;
      const match = pattern.exec(compact(token.text));
      if (match) return { value: Number(match[1]), text: match[0], location: token.location };
    }
  }
  return null;
}

/** Figures the prose states about applications, reviews and lawsuits (for T3-7 and 表三 given in prose). */
export function readProseFigures(rows: readonly TokenRow[]): ProseFigures {
  return {
    applicationsReceived: firstMatch(rows, APPLICATIONS_RECEIVED),
    reviewCases: firstMatch(rows, REVIEW_CASES),
    litigationCases: firstMatch(rows, LITIGATION_CASES),
  };
}

export function asTextFigures(figures: ProseFigures): TextFigures | null {
  const result: TextFigures = {};
  if (figures.applicationsReceived)
    result.applicationsReceived = figures.applicationsReceived.value;
  if (figures.reviewCases) result.reviewCases = figures.reviewCases.value;
  if (figures.litigationCases) result.litigationCases = figures.litigationCases.value;
  return Object.keys(result).length > 0 ? result : null;
}
