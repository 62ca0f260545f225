import { parsePathId } from '../params/problems';

/** A report id from the path. */
export function parseReportId(value: string): number {
  return parsePathId('report', value);
}
