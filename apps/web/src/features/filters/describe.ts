import { OFFICE_KIND_OPTIONS, type Filters } from '../../data-access/filters';

export const DATA_SOURCE = '数据来源：政府信息公开工作年度报告（政府信息公开年报看板）';

function names(ids: readonly number[], lookup: (id: number) => string | undefined): string {
  const shown = ids.slice(0, 5).map((id) => lookup(id) ?? `#${id}`);
  return ids.length > 5 ? `${shown.join('、')} 等 ${ids.length} 个` : shown.join('、');
}

/** The filters in one Chinese line, for exported images and headings. */
export function describeFilters(
  filters: Filters & { yearFrom: number; yearTo: number },
  regionName: (id: number) => string | undefined,
  officeName: (id: number) => string | undefined,
): string {
  const parts = [
    filters.yearFrom === filters.yearTo
      ? `${filters.yearTo}年`
      : `${filters.yearFrom}–${filters.yearTo}年`,
    `地区：${filters.regionIds.length ? names(filters.regionIds, regionName) : '全部'}`,
  ];
  if (filters.officeIds.length) parts.push(`单位：${names(filters.officeIds, officeName)}`);
  if (filters.officeKinds.length) {
    const labels = OFFICE_KIND_OPTIONS.filter((o) => filters.officeKinds.includes(o.value));
    parts.push(`单位类型：${labels.map((o) => o.label).join('、')}`);
  }
  parts.push(`格式：${filters.format ? `${filters.format} 版` : '全部'}`);
  return parts.join(' · ');
}
