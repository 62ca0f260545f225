import type { FormatVersion, TableId } from '../format';

export const RULE_IDS = [
  'T2-1',
  'T2-2',
  'T2-3',
  'T2-4',
  'T2-5',
  'T3-1',
  'T3-2',
  'T3-3',
  'T3-4',
  'T3-5',
  'T3-6',
  'T3-7',
  'T4-1',
  'T4-2',
  'T4-3',
  'T4-4',
  'T4-5',
  'T4-6',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type Severity = 'error' | 'warning' | 'info';

/**
 * What a rule needs beyond the report's own cells: last year's report of the same office, the
 * office's kind, or figures quoted in the report's prose.
 */
export type RuleInput = 'report' | 'previous_year' | 'office_kind' | 'text_figures';

export interface RuleDefinition {
  id: RuleId;
  table: TableId;
  severity: Severity;
  versions: readonly FormatVersion[];
  input: RuleInput;
  /** Printed in the template (the 勾稽 note, a 总计), or practice / plausibility. */
  basis: 'printed' | 'implied' | 'practice';
  title: string;
  titleEn: string;
}

const BOTH: readonly FormatVersion[] = ['2019', '2021'];

/** Every consistency rule of the format spec §5, as data. */
export const RULES: readonly RuleDefinition[] = [
  {
    id: 'T2-1',
    table: 'active',
    severity: 'warning',
    versions: ['2021'],
    input: 'previous_year',
    basis: 'practice',
    title: '现行有效件数 ≈ 上年现行有效件数 + 本年制发 − 本年废止',
    titleEn: 'In force ≈ last year in force + issued − repealed',
  },
  {
    id: 'T2-2',
    table: 'active',
    severity: 'warning',
    versions: BOTH,
    input: 'office_kind',
    basis: 'practice',
    title: '街道、乡镇无权制定规章，规章应为 0 或“/”',
    titleEn: 'Streets and townships cannot make regulations (规章 must be 0)',
  },
  {
    id: 'T2-3',
    table: 'active',
    severity: 'error',
    versions: BOTH,
    input: 'report',
    basis: 'practice',
    title: '表二数值不得为负（本年增/减除外）',
    titleEn: 'Table 2 values are non-negative, except 本年增/减',
  },
  {
    id: 'T2-4',
    table: 'active',
    severity: 'warning',
    versions: ['2021'],
    input: 'report',
    basis: 'printed',
    title: '行政事业性收费金额单位为万元',
    titleEn: 'Fee amount is in 万元 (10,000 yuan)',
  },
  {
    id: 'T2-5',
    table: 'active',
    severity: 'warning',
    versions: ['2019'],
    input: 'report',
    basis: 'practice',
    title: '对外公开总数量 ≥ 本年新公开数量 ≤ 本年新制作数量',
    titleEn: 'Total published ≥ newly published ≤ newly made',
  },
  {
    id: 'T3-1',
    table: 'applications',
    severity: 'error',
    versions: BOTH,
    input: 'report',
    basis: 'printed',
    title: '一 + 二 = 三（七）总计 + 四',
    titleEn: 'New + carried over = handled + carried forward',
  },
  {
    id: 'T3-2',
    table: 'applications',
    severity: 'error',
    versions: BOTH,
    input: 'report',
    basis: 'implied',
    title: '（七）总计 = 各项办理结果之和',
    titleEn: 'Outcome total = sum of outcome rows',
  },
  {
    id: 'T3-3',
    table: 'applications',
    severity: 'error',
    versions: BOTH,
    input: 'report',
    basis: 'implied',
    title: '总计列 = 各类申请人之和',
    titleEn: 'Total column = sum of applicant columns',
  },
  {
    id: 'T3-4',
    table: 'applications',
    severity: 'error',
    versions: BOTH,
    input: 'report',
    basis: 'practice',
    title: '小计 = 其下各项之和',
    titleEn: 'Subtotal = sum of its sub-rows',
  },
  {
    id: 'T3-5',
    table: 'applications',
    severity: 'warning',
    versions: BOTH,
    input: 'previous_year',
    basis: 'practice',
    title: '上年结转 = 上一年度结转下年度继续办理',
    titleEn: "Carried over = last year's carried forward",
  },
  {
    id: 'T3-6',
    table: 'applications',
    severity: 'error',
    versions: BOTH,
    input: 'report',
    basis: 'practice',
    title: '表三数值为非负整数',
    titleEn: 'Table 3 values are non-negative integers',
  },
  {
    id: 'T3-7',
    table: 'applications',
    severity: 'warning',
    versions: BOTH,
    input: 'text_figures',
    basis: 'practice',
    title: '正文数字与表格一致',
    titleEn: 'Figures in the text agree with the tables',
  },
  {
    id: 'T4-1',
    table: 'appeals',
    severity: 'error',
    versions: BOTH,
    input: 'report',
    basis: 'implied',
    title: '行政复议总计 = 维持 + 纠正 + 其他 + 尚未审结',
    titleEn: 'Review total = upheld + corrected + other + pending',
  },
  {
    id: 'T4-2',
    table: 'appeals',
    severity: 'error',
    versions: BOTH,
    input: 'report',
    basis: 'implied',
    title: '未经复议直接起诉总计 = 维持 + 纠正 + 其他 + 尚未审结',
    titleEn: 'Direct litigation total = sum of results',
  },
  {
    id: 'T4-3',
    table: 'appeals',
    severity: 'error',
    versions: BOTH,
    input: 'report',
    basis: 'implied',
    title: '复议后起诉总计 = 维持 + 纠正 + 其他 + 尚未审结',
    titleEn: 'Litigation after review total = sum of results',
  },
  {
    id: 'T4-4',
    table: 'appeals',
    severity: 'error',
    versions: BOTH,
    input: 'report',
    basis: 'practice',
    title: '行政诉讼总计 = 直接起诉 + 复议后起诉',
    titleEn: 'Litigation total = direct + after review',
  },
  {
    id: 'T4-5',
    table: 'appeals',
    severity: 'error',
    versions: BOTH,
    input: 'report',
    basis: 'practice',
    title: '已审结 = 维持 + 纠正 + 其他结果',
    titleEn: 'Closed = upheld + corrected + other result',
  },
  {
    id: 'T4-6',
    table: 'appeals',
    severity: 'error',
    versions: BOTH,
    input: 'report',
    basis: 'practice',
    title: '表四数值为非负整数',
    titleEn: 'Table 4 values are non-negative integers',
  },
];

const RULES_BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: RuleId): RuleDefinition {
  return RULES_BY_ID.get(id) as RuleDefinition;
}

/** T2-4: a fee above this many 万元 (100亿元) was almost surely entered in 元. */
export const FEE_WAN_YUAN_PLAUSIBLE_MAX = 1_000_000;
