import { BadRequestException } from '@nestjs/common';
import { ID_MAX } from '../params/problems';
import { MAX_REPORT_YEAR, MIN_REPORT_YEAR } from '@ogi/report-schema';

/** Statuses a correction may give a cell: a number, or printed empty or as a dash. */
export const CORRECTED_STATUSES = ['number', 'blank', 'dash'] as const;
export type CorrectedStatus = (typeof CORRECTED_STATUSES)[number];

export interface CorrectionInput {
  key: string;
  value: number | null;
  status: CorrectedStatus;
  reason: string;
  user?: string;
}

export interface ResolveInput {
  officeId?: number;
  officeName?: string;
  regionId?: number;
  year?: number;
}

export interface ReparseInput {
  onlyOutdated: boolean;
  afterId: number;
  limit: number;
}

export const DEFAULT_REPARSE_LIMIT = 200;
export const MAX_REPARSE_LIMIT = 1000;

type Raw = Record<string, unknown>;

/** Checks a JSON body field by field and reports every problem at once. */
class JsonBody {
  readonly problems: string[] = [];
  readonly raw: Raw;

  constructor(body: unknown, known: readonly string[]) {
    this.raw =
      body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Raw) : {};
    if (this.raw !== body && body !== undefined)
      this.problems.push('the body must be a JSON object');
    const extra = Object.keys(this.raw).filter((name) => !known.includes(name));
    if (extra.length > 0) {
      this.problems.push(
        `unknown field${extra.length > 1 ? 's' : ''} ${extra.join(', ')} (allowed: ${known.join(', ')})`,
      );
    }
  }

  text(name: string, required: boolean): string | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null) {
      if (required) this.problems.push(`${name} is required`);
      return undefined;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      this.problems.push(`${name} must be a non-empty string`);
      return undefined;
    }
    return value.trim();
  }

  integer(name: string, min: number, max: number): number | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
      this.problems.push(
        `${name} must be a whole number from ${min} to ${max} (got ${JSON.stringify(value)})`,
      );
      return undefined;
    }
    return value;
  }

  boolean(name: string): boolean | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean') {
      this.problems.push(`${name} must be true or false (got ${JSON.stringify(value)})`);
      return undefined;
    }
    return value;
  }

  throwIfAny(): void {
    if (this.problems.length > 0) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: `${this.problems.join('; ')}; nothing was changed`,
        problems: this.problems,
      });
    }
  }
}

/**
 * The body of POST /api/reports/:id/corrections. Whether the key and value fit the report is
 * checked against the report itself (CorrectionsService).
 */
export function parseCorrection(body: unknown): CorrectionInput {
  const json = new JsonBody(body, ['key', 'value', 'status', 'reason', 'user']);
  const key = json.text('key', true);
  const reason = json.text('reason', true);
  const user = json.text('user', false);
  const value = json.raw['value'];
  if (value === undefined)
    json.problems.push('value is required (a number, or null for an empty cell)');
  else if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) {
    json.problems.push(`value must be a number or null (got ${JSON.stringify(value)})`);
  }
  const given = json.raw['status'];
  if (given !== undefined && !(CORRECTED_STATUSES as readonly unknown[]).includes(given)) {
    json.problems.push(
      `status must be one of ${CORRECTED_STATUSES.join(', ')} (got ${JSON.stringify(given)})`,
    );
  }
  const number = typeof value === 'number' ? value : null;
  const status = (given as CorrectedStatus | undefined) ?? (number === null ? 'blank' : 'number');
  if (status === 'number' && number === null && value !== undefined) {
    json.problems.push('status number needs a numeric value');
  }
  if (status !== 'number' && number !== null) {
    json.problems.push(`a ${status} cell has no value: send value null`);
  }
  json.throwIfAny();
  return { key: key as string, value: number, status, reason: reason as string, user };
}

/** The body of POST /api/reports/:id/resolve. */
export function parseResolve(body: unknown): ResolveInput {
  const json = new JsonBody(body, ['officeId', 'officeName', 'regionId', 'year']);
  const input: ResolveInput = {
    officeId: json.integer('officeId', 1, ID_MAX),
    officeName: json.text('officeName', false),
    regionId: json.integer('regionId', 1, ID_MAX),
    year: json.integer('year', MIN_REPORT_YEAR, MAX_REPORT_YEAR),
  };
  if (input.officeId !== undefined && input.officeName !== undefined) {
    json.problems.push('give officeId or officeName, not both');
  }
  if (input.officeId !== undefined && input.regionId !== undefined) {
    json.problems.push('regionId is for matching an office by name: not with officeId');
  }
  json.throwIfAny();
  return input;
}

/** The body of POST /api/reports/reparse. */
export function parseReparse(body: unknown): ReparseInput {
  const json = new JsonBody(body, ['onlyOutdated', 'afterId', 'limit']);
  const input: ReparseInput = {
    onlyOutdated: json.boolean('onlyOutdated') ?? true,
    afterId: json.integer('afterId', 0, ID_MAX) ?? 0,
    limit: json.integer('limit', 1, MAX_REPARSE_LIMIT) ?? DEFAULT_REPARSE_LIMIT,
  };
  json.throwIfAny();
  return input;
}
