import { OfficesRepository, StatsRepository, type StatsScope } from '@ogi/api-data-access';
import type { EntityManager } from 'typeorm';
import { outOfScope, pathInScope, type AccessScope } from '../auth/access-scope';
import { badRequest } from '../params/problems';
import { findSelection } from '../selections/find-selection';
import type { StatsFilter } from '@ogi/api-params';

/**
 * The checked filter as a repository scope: region ids become their materialised paths (whole
 * subtrees). Unknown region or office ids are a 400, not an empty answer that looks like data.
 * This is the one place the caller's regions meet the stats: a region or office asked for outside
 * them is a 403, and with none asked for the scope is the caller's regions.
 * A stored selection (unknown: 404) adds its lists by subquery; its ids outside the caller's
 * regions simply match nothing, since the caller's regions (or the checked regionIds) still apply.
 */
export async function resolveScope(
  manager: EntityManager,
  access: AccessScope,
  filter: StatsFilter,
  years: Pick<StatsScope, 'yearFrom' | 'yearTo'> = filter,
): Promise<StatsScope> {
  const problems: string[] = [];
  const denied: string[] = [];
  let regionPaths: readonly string[] | undefined;
  if (filter.regionIds?.length) {
    const regions = await new StatsRepository(manager).regionsByIds(filter.regionIds);
    const found = new Set(regions.map((region) => region.id));
    const unknown = filter.regionIds.filter((id) => !found.has(id));
    if (unknown.length > 0) problems.push(`regionIds: no region ${unknown.join(', ')}`);
    denied.push(
      ...regions.filter((region) => !pathInScope(access, region.path)).map((r) => `地区 ${r.id}`),
    );
    regionPaths = regions.map((region) => region.path);
  }
  if (filter.officeIds?.length) {
    const offices = await new OfficesRepository(manager).findByIds(filter.officeIds);
    const found = new Set(offices.map((office) => office.id));
    const unknown = filter.officeIds.filter((id) => !found.has(id));
    if (unknown.length > 0) problems.push(`officeIds: no office ${unknown.join(', ')}`);
    if (access.regionPaths !== null) {
      const officeRegions = await new StatsRepository(manager).regionsByIds(
        offices.flatMap((office) => (office.regionId ? [office.regionId] : [])),
      );
      const pathOf = new Map(officeRegions.map((region) => [region.id, region.path]));
      denied.push(
        ...offices
          .filter(
            (office) => !pathInScope(access, office.regionId ? pathOf.get(office.regionId) : null),
          )
          .map((office) => `单位 ${office.id}`),
      );
    }
  }
  const selection = filter.selection ? await findSelection(manager, filter.selection) : undefined;
  if (problems.length > 0) throw badRequest(problems);
  if (denied.length > 0) throw outOfScope(denied.join('、'));
  if (regionPaths === undefined && access.regionPaths !== null) {
    // No region asked for: the caller's own. An empty list (their regions were deleted) must
    // stay empty, never "no filter": a path no region has keeps the answer empty.
    regionPaths = access.regionPaths.length > 0 ? access.regionPaths : ['/0/'];
  }
  return {
    yearFrom: years.yearFrom,
    yearTo: years.yearTo,
    regionPaths,
    officeIds: filter.officeIds,
    officeKinds: filter.officeKinds,
    format: filter.format,
    ...(selection
      ? {
          selection: {
            id: selection.id,
            offices: selection.officeCount > 0,
            regions: selection.regionCount > 0,
          },
        }
      : {}),
  };
}
