import type {
  CellStatus,
  FormatVersion,
  RuleId,
  Severity,
  TableId,
  TextFigures,
} from '@ogi/report-schema';
import type { SourceLocation } from './document/report-document';

/**
 * How a value reached its key: its printed position, the header above it, the rules (§7.4), a
 * default alignment, or derived as a sum of printed cells (（六）其他处理 in the 2021 format).
 */
export type Assignment = 'position' | 'header' | 'rules' | 'default' | 'derived';

/** One canonical cell as read from the report. */
export interface ParsedCell {
  key: string;
  value: number | null;
  status: CellStatus;
  /** The text printed in the cell; null when the cell was not printed. */
  raw: string | null;
  /** Unit written inside the cell (the value is converted to the key's unit). */
  unit: string | null;
  location: SourceLocation | null;
  assignedBy: Assignment | null;
}

/** Where a stated fact (office, year) was read. */
export interface Provenance {
  kind: 'title' | 'period_sentence' | 'text';
  text: string;
  location: SourceLocation;
}

export interface StatedFact<T> {
  value: T | null;
  source: Provenance | null;
}

export type ParseFindingCode =
  | 'office_not_stated'
  | 'year_not_stated'
  | 'year_conflict'
  | 'table_not_found'
  | 'table_not_printed'
  | 'table_in_prose_only'
  | 'version_from_year'
  | 'version_unknown'
  | 'unknown_row'
  | 'extra_values'
  | 'partial_row'
  | 'alignment_ambiguous'
  | 'values_unrecoverable'
  | 'unparseable_cell'
  | 'duplicate_row'
  | 'truncated'
  | 'traditional_script'
  | 'label_variant'
  | 'digits_split'
  | 'ambiguous_digits'
  | 'rows_by_order'
  | 'unlabelled_values'
  | 'out_of_range'
  | 'rule'
  /** A cell read from a scan that a person should compare with the page image (see report-ingestion's flagOcrCells). */
  | 'needs_review';

export interface ParseFinding {
  code: ParseFindingCode;
  severity: Severity;
  /** In Chinese, for the people who read the review queue. */
  message: string;
  table: TableId | null;
  keys: string[];
  location: SourceLocation | null;
  ruleId?: RuleId;
  expected?: number | null;
  actual?: number | null;
}

export type TableVersionsFound = Record<TableId, FormatVersion | null>;

/** Everything read from one report: facts, formats, cells with provenance, and findings. */
export interface ParsedReport {
  office: StatedFact<string>;
  year: StatedFact<number>;
  formatVersion: TableVersionsFound;
  /** Every key of each table found (in its detected format), printed or not. */
  cells: ParsedCell[];
  values: Record<string, number | null>;
  findings: ParseFinding[];
  /** Figures quoted in the prose (null when none): kept so the rules can be checked again later. */
  textFigures: TextFigures | null;
}

export function finding(
  code: ParseFindingCode,
  severity: Severity,
  message: string,
  extra: Partial<Omit<ParseFinding, 'code' | 'severity' | 'message'>> = {},
): ParseFinding {
  return { code, severity, message, table: null, keys: [], location: null, ...extra };
}
