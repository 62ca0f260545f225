import { BadRequestException } from '@nestjs/common';
import { parsePathId } from '../params/problems';

/** A report id from the path. */
export function parseReportId(value: string): number {
  return parsePathId('report', value);
}

/** Pages of a scan the app keeps at most (a page number past it is no page of any report). */
const MAX_PAGE = 10_000;

/** A 1-based page number from the path. */
export function parsePageNumber(value: string): number {
  const page = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(page) || page < 1 || page > MAX_PAGE) {
    throw new BadRequestException(
      `page must be a whole number from 1 to ${MAX_PAGE} (got "${value}")`,
    );
  }
  return page;
}
