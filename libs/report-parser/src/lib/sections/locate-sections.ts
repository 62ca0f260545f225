import { SECTION_HEADINGS, labelBody, matchesLabel, type SectionId } from '@ogi/report-schema';
import type { TokenRow } from '../layout/token-rows';

export type SectionOrPreamble = SectionId | 'preamble';

export interface SectionStart {
  section: SectionId;
  rowIndex: number;
  heading: string;
}

const SUBHEAD_NUMBERING = /^[(（][一二三四五六七八九十\d]+[)）]/;
const MAX_HEADING_LENGTH = 50;

/** The heading a row prints, if it is one of the six required section headings (§1). */
export function sectionHeading(row: TokenRow): SectionId | null {
  const filled = row.tokens.filter((item) => item.kind !== 'empty' && item.kind !== 'span');
  if (filled.length !== 1 || filled[0].kind !== 'text') return null;
  const text = filled[0].text;
  // （一）主动公开政府信息情况 is a sub-head of 总体情况, not the section.
  if (text.length > MAX_HEADING_LENGTH || SUBHEAD_NUMBERING.test(text.trim())) return null;
  if (labelBody(text).length === 0) return null;
  return SECTION_HEADINGS.find((spec) => matchesLabel(spec, text))?.id ?? null;
}

/**
 * The section of every row. Numbering restarts inside 总体情况 in real reports, so sections are
 * anchored on heading titles only; a later heading of the same section wins.
 */
export function assignSections(rows: readonly TokenRow[]): {
  sections: SectionOrPreamble[];
  starts: SectionStart[];
} {
  const sections: SectionOrPreamble[] = [];
  const starts: SectionStart[] = [];
  let current: SectionOrPreamble = 'preamble';
  rows.forEach((row, rowIndex) => {
    const heading = sectionHeading(row);
    if (heading) {
      current = heading;
      starts.push({
        section: heading,
        rowIndex,
        heading: row.tokens.find((item) => item.kind === 'text')?.text ?? '',
      });
    }
    sections.push(current);
  });
  return { sections, starts };
}
