import { UNPLACED_REGION } from '@ogi/report-schema';

/** Where an office sits, root first ("某省 / 某市 / 某区"), or 未分配地区 while it has no region. */
export function officeRegionLabel(office: {
  regionId: number | null;
  regionPath: readonly { name: string }[];
}): string {
  if (office.regionId === null) return UNPLACED_REGION;
  return office.regionPath.map((region) => region.name).join(' / ');
}
