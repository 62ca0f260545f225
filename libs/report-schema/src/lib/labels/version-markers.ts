import type { FormatVersion, TableId } from '../format';
import { labelBody } from './normalise-label';

/**
 * Labels that only one format prints (§0). The version is decided per table from these, never from
 * the report year: a 2023 report may still use the 2019 format, and one report may mix formats.
 */
export const VERSION_MARKERS: Readonly<
  Record<Exclude<TableId, 'appeals'>, Readonly<Record<FormatVersion, readonly string[]>>>
> = {
  active: {
    '2019': [
      '本年新制作数量',
      '本年新公开数量',
      '对外公开总数量',
      '上一年项目数量',
      '本年增/减',
      '其他对外管理服务事项',
      '第二十条第（九）项',
      '政府集中采购',
    ],
    '2021': ['本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额'],
  },
  applications: {
    // 2019 prints （六）其他处理 as a leaf; absent the 2021 sub-rows, that is what marks it.
    '2019': [],
    '2021': ['逾期不补正', '收费通知', '缴纳费用'],
  },
};

export interface VersionEvidence {
  version: FormatVersion;
  /** The printed labels that decided it. */
  markers: string[];
}

function markersFound(bodies: readonly string[], markers: readonly string[]): string[] {
  return markers.filter((marker) => {
    const markerBody = labelBody(marker);
    return bodies.some((body) => body.includes(markerBody));
  });
}

/**
 * Decides the format of one table from the labels printed in it. 表四 is the same in both formats,
 * so it has no version of its own (null). For 表三, a （六）其他处理 row without the 2021 sub-rows
 * marks the 2019 format.
 */
export function detectTableVersion(
  table: TableId,
  printedLabels: readonly string[],
): VersionEvidence | null {
  if (table === 'appeals') return null;
  const bodies = printedLabels.map(labelBody).filter((body) => body.length > 0);
  const found2021 = markersFound(bodies, VERSION_MARKERS[table]['2021']);
  const found2019 = markersFound(bodies, VERSION_MARKERS[table]['2019']);
  if (found2021.length > found2019.length) return { version: '2021', markers: found2021 };
  if (found2019.length > 0) return { version: '2019', markers: found2019 };
  if (table === 'applications' && bodies.some((body) => body.includes('其他处理'))) {
    return { version: '2019', markers: ['其他处理'] };
  }
  return null;
}
