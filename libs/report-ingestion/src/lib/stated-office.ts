import { markBidiControls } from '@ogi/report-schema';

/** The office name a report prints, as stored on the report: bidi controls marked. */
export function statedOfficeOf(printed: string | null | undefined): string | null {
  return printed == null ? null : markBidiControls(printed);
}
