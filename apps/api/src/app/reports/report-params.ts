import { BadRequestException } from '@nestjs/common';
import { REPORT_STATUSES, type ReportStatus } from '@ogi/api-data-access';
import { MAX_REPORT_YEAR, MIN_REPORT_YEAR, type IngestOverrides } from '@ogi/report-ingestion';

export interface ReportListQuery {
  year?: number;
  officeId?: number;
  regionId?: number;
  status?: ReportStatus;
  /** Only reports not superseded by a later version (default true). */
  current: boolean;
  page: number;
  pageSize: number;
}

export const MIN_YEAR = MIN_REPORT_YEAR;
export const MAX_YEAR = MAX_REPORT_YEAR;
export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 50;

type Raw = Record<string, unknown>;

class Problems {
  readonly list: string[] = [];

  single(raw: Raw, name: string): string | undefined {
    const value = raw[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      this.list.push(`${name} must be given once`);
      return undefined;
    }
    return value.trim() === '' ? undefined : value.trim();
  }

  integer(raw: Raw, name: string, min: number, max: number): number | undefined {
    const value = this.single(raw, name);
    if (value === undefined) return undefined;
    const parsed = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
      this.list.push(`${name} must be a whole number from ${min} to ${max} (got "${value}")`);
      return undefined;
    }
    return parsed;
  }

  unknown(raw: Raw, known: readonly string[]): void {
    const extra = Object.keys(raw).filter((name) => !known.includes(name));
    if (extra.length > 0) {
      this.list.push(
        `unknown parameter${extra.length > 1 ? 's' : ''} ${extra.join(', ')} (allowed: ${known.join(', ')})`,
      );
    }
  }

  throwIfAny(): void {
    if (this.list.length > 0) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: this.list.join('; '),
        problems: this.list,
      });
    }
  }
}

const ID_MAX = 2_147_483_647;

/** The form fields of POST /api/reports besides the files. */
export function parseIngestOverrides(body: Raw | undefined): IngestOverrides {
  const raw = body ?? {};
  const problems = new Problems();
  problems.unknown(raw, ['officeId', 'regionId', 'year']);
  const overrides: IngestOverrides = {
    officeId: problems.integer(raw, 'officeId', 1, ID_MAX),
    regionId: problems.integer(raw, 'regionId', 1, ID_MAX),
    year: problems.integer(raw, 'year', MIN_YEAR, MAX_YEAR),
  };
  problems.throwIfAny();
  return overrides;
}

/** The query of GET /api/reports: checked values only, never SQL text. */
export function parseReportListQuery(query: Raw): ReportListQuery {
  const problems = new Problems();
  problems.unknown(query, [
    'year',
    'officeId',
    'regionId',
    'status',
    'current',
    'page',
    'pageSize',
  ]);
  const status = problems.single(query, 'status');
  if (status !== undefined && !(REPORT_STATUSES as readonly string[]).includes(status)) {
    problems.list.push(`status must be one of ${REPORT_STATUSES.join(', ')} (got "${status}")`);
  }
  const current = problems.single(query, 'current');
  if (current !== undefined && current !== 'true' && current !== 'false') {
    problems.list.push(`current must be true or false (got "${current}")`);
  }
  const result: ReportListQuery = {
    year: problems.integer(query, 'year', MIN_YEAR, MAX_YEAR),
    officeId: problems.integer(query, 'officeId', 1, ID_MAX),
    regionId: problems.integer(query, 'regionId', 1, ID_MAX),
    status: status as ReportStatus | undefined,
    current: current !== 'false',
    page: problems.integer(query, 'page', 1, 1_000_000) ?? 1,
    pageSize: problems.integer(query, 'pageSize', 1, MAX_PAGE_SIZE) ?? DEFAULT_PAGE_SIZE,
  };
  problems.throwIfAny();
  return result;
}

/** A report id from the path. */
export function parseReportId(value: string): number {
  const id = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(id) || id < 1 || id > ID_MAX) {
    throw new BadRequestException(`report id must be a positive whole number (got "${value}")`);
  }
  return id;
}
