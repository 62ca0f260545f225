import { OfficesRepository, StatsRepository, type StatsScope } from '@ogi/api-data-access';
import type { EntityManager } from 'typeorm';
import { badRequest } from '../params/problems';
import type { StatsFilter } from './stats-params';

/**
 * The checked filter as a repository scope: region ids become their materialised paths (whole
 * subtrees). Unknown region or office ids are a 400, not an empty answer that looks like data.
 */
export async function resolveScope(
  manager: EntityManager,
  filter: StatsFilter,
  years: Pick<StatsScope, 'yearFrom' | 'yearTo'> = filter,
): Promise<StatsScope> {
  const problems: string[] = [];
  let regionPaths: string[] | undefined;
  if (filter.regionIds?.length) {
    const regions = await new StatsRepository(manager).regionsByIds(filter.regionIds);
    const found = new Set(regions.map((region) => region.id));
    const unknown = filter.regionIds.filter((id) => !found.has(id));
    if (unknown.length > 0) problems.push(`regionIds: no region ${unknown.join(', ')}`);
    regionPaths = regions.map((region) => region.path);
  }
  if (filter.officeIds?.length) {
    const offices = await new OfficesRepository(manager).findByIds(filter.officeIds);
    const found = new Set(offices.map((office) => office.id));
    const unknown = filter.officeIds.filter((id) => !found.has(id));
    if (unknown.length > 0) problems.push(`officeIds: no office ${unknown.join(', ')}`);
  }
  if (problems.length > 0) throw badRequest(problems);
  return {
    yearFrom: years.yearFrom,
    yearTo: years.yearTo,
    regionPaths,
    officeIds: filter.officeIds,
    officeKinds: filter.officeKinds,
    format: filter.format,
  };
}
