import type { IngestOverrides } from '../../data-access/reports-types';

/**
 * Whether to ask for a region before sending: nothing in the form tells where a new office
 * would go, so a file naming no known office would be stored under 未分配地区. With no region
 * to choose from there is nothing to ask.
 */
export function asksForRegion(overrides: IngestOverrides, regionCount: number): boolean {
  return overrides.regionId === undefined && overrides.officeId === undefined && regionCount > 0;
}
