import { BadRequestException } from '@nestjs/common';
import { ID_MAX } from '@ogi/report-schema';

/**
 * A 400 whose message names every problem (also listed one by one), then the `conclusion` if
 * any (e.g. "nothing was changed").
 */
export function badRequest(problems: readonly string[], conclusion?: string): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: [...problems, ...(conclusion ? [conclusion] : [])].join('; '),
    problems,
  });
}

/** An id from the path, e.g. `parsePathId('region', '12')`. */
export function parsePathId(what: string, value: string): number {
  const id = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(id) || id < 1 || id > ID_MAX) {
    throw new BadRequestException(`${what} id must be a positive whole number (got "${value}")`);
  }
  return id;
}
