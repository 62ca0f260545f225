/**
 * The filters of a view in one Chinese line: the subtitle of exported images, the title slide
 * of a briefing pack and the header block of a spreadsheet. Shared by the web and the server so
 * that an image exported from either says the same.
 */

import { OFFICE_KINDS, OFFICE_KIND_LABELS } from '@ogi/report-schema';

export const DATA_SOURCE = '数据来源：政府信息公开工作年度报告（政府信息公开年报看板）';

export interface DescribedFilters {
  yearFrom: number;
  yearTo: number;
  regionIds: readonly number[];
  officeIds: readonly number[];
  officeKinds: readonly string[];
  format: string | null;
}

/** At most five names, then "等 N 个"; an unknown id shows as #id. */
function names(ids: readonly number[], lookup: (id: number) => string | undefined): string {
  const shown = ids.slice(0, 5).map((id) => lookup(id) ?? `#${id}`);
  return ids.length > 5 ? `${shown.join('、')} 等 ${ids.length} 个` : shown.join('、');
}

/** Each filter as a label and its value, in display order (for header blocks and title slides). */
export function filterLines(
  filters: DescribedFilters,
  regionName: (id: number) => string | undefined,
  officeName: (id: number) => string | undefined,
): { label: string; value: string }[] {
  const lines = [
    {
      label: '年份',
      value:
        filters.yearFrom === filters.yearTo
          ? `${filters.yearTo}年`
          : `${filters.yearFrom}–${filters.yearTo}年`,
    },
    {
      label: '地区',
      value: filters.regionIds.length ? names(filters.regionIds, regionName) : '全部',
    },
  ];
  if (filters.officeIds.length) {
    lines.push({ label: '单位', value: names(filters.officeIds, officeName) });
  }
  if (filters.officeKinds.length) {
    const kinds = OFFICE_KINDS.filter((kind) => filters.officeKinds.includes(kind));
    lines.push({
      label: '单位类型',
      value: kinds.map((kind) => OFFICE_KIND_LABELS[kind]).join('、'),
    });
  }
  lines.push({ label: '格式', value: filters.format ? `${filters.format} 版` : '全部' });
  return lines;
}

/** The filters in one line: "2021–2025年 · 地区：全部 · 格式：全部". */
export function describeFilters(
  filters: DescribedFilters,
  regionName: (id: number) => string | undefined,
  officeName: (id: number) => string | undefined,
): string {
  return filterLines(filters, regionName, officeName)
    .map(({ label, value }, index) => (index === 0 ? value : `${label}：${value}`))
    .join(' · ');
}
