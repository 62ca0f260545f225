import type { Report } from '@ogi/api-data-access';
import { PARSER_VERSION, type ParsedReport } from '@ogi/report-parser';
import { markBidiControls } from '@ogi/report-schema';

/** The columns of a report row that its reading decides (the rest: office, year, version, status). */
export type ReadingFields = Pick<
  Report,
  | 'parserVersion'
  | 'statedOffice'
  | 'statedYear'
  | 'formatActive'
  | 'formatApplications'
  | 'formatAppeals'
>;

/** The office name a report prints, as stored on the report: bidi controls marked. */
function statedOfficeOf(printed: string | null | undefined): string | null {
  return printed == null ? null : markBidiControls(printed);
}

/** What the current parser's reading (null: none) sets on the report row, stored or re-read. */
export function readingFields(parsed: ParsedReport | null): ReadingFields {
  return {
    parserVersion: PARSER_VERSION,
    statedOffice: statedOfficeOf(parsed?.office.value),
    statedYear: parsed?.year.value ?? null,
    formatActive: parsed?.formatVersion.active ?? null,
    formatApplications: parsed?.formatVersion.applications ?? null,
    formatAppeals: parsed?.formatVersion.appeals ?? null,
  };
}
