import { labelSpec, type LabelSpec } from '../labels/label-spec';

/** 表四: three groups × five results on a 15-column grid, identical in both formats (§4). */
export const APPEAL_GROUP_IDS = ['review', 'litigation_direct', 'litigation_after_review'] as const;
export type AppealGroupId = (typeof APPEAL_GROUP_IDS)[number];

export const APPEAL_RESULT_IDS = [
  'upheld',
  'corrected',
  'other_result',
  'pending',
  'total',
] as const;
export type AppealResultId = (typeof APPEAL_RESULT_IDS)[number];

export interface AppealGroupSpec extends LabelSpec {
  id: AppealGroupId;
  /** 行政诉讼 spans both litigation groups in the header. */
  parentLabel: string | null;
}

export interface AppealResultSpec extends LabelSpec {
  id: AppealResultId;
}

export const APPEAL_GROUPS: readonly AppealGroupSpec[] = [
  { id: 'review', parentLabel: null, ...labelSpec('行政复议', [], ['行政复议']) },
  {
    id: 'litigation_direct',
    parentLabel: '行政诉讼',
    ...labelSpec('未经复议直接起诉', [], ['直接起诉']),
  },
  {
    id: 'litigation_after_review',
    parentLabel: '行政诉讼',
    ...labelSpec('复议后起诉', [], ['复议后起诉']),
  },
];

export const APPEAL_RESULTS: readonly AppealResultSpec[] = [
  { id: 'upheld', ...labelSpec('结果维持', ['维持'], ['维持']) },
  { id: 'corrected', ...labelSpec('结果纠正', ['纠正'], ['纠正']) },
  { id: 'other_result', ...labelSpec('其他结果', ['其他'], ['其他']) },
  { id: 'pending', ...labelSpec('尚未审结', ['未审结'], ['未审结']) },
  { id: 'total', ...labelSpec('总计', ['合计'], ['总计', '合计']) },
];

/** The data row of 表四 has exactly this many numbers, in this order (group-major). */
export const APPEALS_VALUE_COUNT = APPEAL_GROUPS.length * APPEAL_RESULTS.length;

export function appealKey(
  groupId: AppealGroupId | 'litigation',
  resultId: AppealResultId | 'closed',
): string {
  return `appeals.${groupId}.${resultId}`;
}

/** Keys of 表四 in printed column order (columns 1–15). */
export function appealKeysInPrintedOrder(): string[] {
  return APPEAL_GROUPS.flatMap((group) =>
    APPEAL_RESULTS.map((result) => appealKey(group.id, result.id)),
  );
}

export function fullAppealGroupLabel(group: AppealGroupSpec): string {
  return group.parentLabel ? `${group.parentLabel} ${group.label}` : group.label;
}
