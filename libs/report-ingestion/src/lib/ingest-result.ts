import type { Office, ReportFinding, StoredLocation } from '@ogi/api-data-access';
import type { ParseFinding } from '@ogi/report-parser';

export const INGEST_STATUSES = [
  'created',
  'new_version',
  'duplicate',
  'needs_input',
  'failed',
  'processing',
] as const;
export type IngestStatus = (typeof INGEST_STATUSES)[number];

export interface IngestOfficeRef {
  id: number;
  name: string;
  regionId: number | null;
}

/** Why a file failed or needs input: a stable code and a message naming the file. */
export interface IngestProblem {
  code: string;
  message: string;
  messageZh?: string;
}

/** A finding as stored and as answered (parser findings and stored rows have the same shape). */
export interface IngestFinding {
  code: string;
  severity: string;
  message: string;
  table: string | null;
  keys: string[];
  location: StoredLocation | null;
  ruleId?: string;
  expected?: number | null;
  actual?: number | null;
}

/** What happened to one file (or one entry of an archive). */
export interface IngestResult {
  /** File name; entries of a ZIP archive as archive.zip/inner/path.txt. */
  file: string;
  status: IngestStatus;
  reportId: number | null;
  office: IngestOfficeRef | null;
  year: number | null;
  findings: IngestFinding[];
  error: IngestProblem | null;
  /** The offices an ambiguous name matched. */
  candidates?: IngestOfficeRef[];
  /** A scan (`processing`): its OCR job, pages read of pages. */
  ocr?: IngestOcrProgress;
}

/** How far an OCR job got: pages read of the pages to read. */
export interface IngestOcrProgress {
  jobId: number;
  status: 'queued' | 'running' | 'done' | 'failed';
  pagesDone: number;
  pagesTotal: number;
}

export function ingestResult(
  file: string,
  status: IngestStatus,
  fields: Partial<Omit<IngestResult, 'file' | 'status'>> = {},
): IngestResult {
  return {
    file,
    status,
    reportId: null,
    office: null,
    year: null,
    findings: [],
    error: null,
    ...fields,
  };
}

export function toOfficeRef(office: Office | null | undefined): IngestOfficeRef | null {
  return office ? { id: office.id, name: office.name, regionId: office.regionId } : null;
}

/** Why a name cannot be given an office: it matches several (`subject`: the file or report). */
export function officeAmbiguousMessage(
  subject: string,
  name: string,
  candidates: readonly Office[],
): string {
  const listed = candidates.map((office) => `${office.id} ${office.name}`).join(', ');
  return `${subject}: the office "${name}" matches ${candidates.length} offices (${listed}); give officeId`;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function toLocation(location: StoredLocation | null | undefined): StoredLocation | null {
  return location ? withoutUndefined({ ...location }) : null;
}

export function toFinding(finding: ParseFinding | ReportFinding): IngestFinding {
  const table = 'table' in finding ? finding.table : finding.tableId;
  return withoutUndefined({
    code: finding.code,
    severity: finding.severity,
    message: finding.message,
    table: table ?? null,
    keys: [...finding.keys],
    location: toLocation(finding.location),
    ruleId: finding.ruleId ?? undefined,
    expected: finding.expected ?? undefined,
    actual: finding.actual ?? undefined,
  });
}
