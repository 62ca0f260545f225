import type { IngestOverrides } from '@ogi/report-ingestion';
import { MAX_REPORT_YEAR, MIN_REPORT_YEAR } from '@ogi/report-schema';
import { parsePathId, Problems, ID_MAX, type Raw } from '../params/problems';

/** The form fields of POST /api/reports besides the files. */
export function parseIngestOverrides(body: Raw | undefined): IngestOverrides {
  const raw = body ?? {};
  const problems = new Problems();
  problems.unknown(raw, ['officeId', 'regionId', 'year']);
  const overrides: IngestOverrides = {
    officeId: problems.integer(raw, 'officeId', 1, ID_MAX),
    regionId: problems.integer(raw, 'regionId', 1, ID_MAX),
    year: problems.integer(raw, 'year', MIN_REPORT_YEAR, MAX_REPORT_YEAR),
  };
  problems.throwIfAny();
  return overrides;
}

/** A report id from the path. */
export function parseReportId(value: string): number {
  return parsePathId('report', value);
}
