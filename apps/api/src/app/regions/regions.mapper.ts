import type { Region } from '@ogi/api-data-access';
import type { RegionDto, RegionRefDto } from './regions.dto';

/** Regions → response shapes. */

export function toRegionRef(region: Region): RegionRefDto {
  return { id: region.id, name: region.name, level: region.level };
}

export interface RegionCounts {
  officesByRegion: ReadonlyMap<number, number>;
  /** Current reports in each region's subtree. */
  subtreeReports: ReadonlyMap<number, number>;
}

export function toRegionDto(region: Region, counts: RegionCounts): RegionDto {
  return {
    id: region.id,
    parentId: region.parentId,
    name: region.name,
    level: region.level,
    code: region.code,
    path: region.path,
    officeCount: counts.officesByRegion.get(region.id) ?? 0,
    reportCount: counts.subtreeReports.get(region.id) ?? 0,
    isDemo: region.isDemo,
  };
}

/** Sums per-region counts up the tree: each region gets its own plus its descendants'. */
export function subtreeTotals(
  regions: readonly Region[],
  direct: ReadonlyMap<number, number>,
): Map<number, number> {
  const totals = new Map<number, number>();
  for (const region of regions) {
    const n = direct.get(region.id) ?? 0;
    if (n === 0) continue;
    for (const id of region.path.split('/').filter(Boolean).map(Number))
      totals.set(id, (totals.get(id) ?? 0) + n);
  }
  return totals;
}
