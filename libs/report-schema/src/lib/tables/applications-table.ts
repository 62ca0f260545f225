import type { FormatVersion } from '../format';
import { labelSpec, type LabelSpec } from '../labels/label-spec';

/** 表三: 7 applicant columns (§3.1), identical in both formats. */
export interface ApplicantColumnSpec extends LabelSpec {
  id: ApplicantColumnId;
  /** Columns 2–6 sit under 法人或其他组织. */
  organisation: boolean;
  /** 其他 is ambiguous with the row 3.其他: resolve by position (the 6th value column). */
  positional: boolean;
}

export const APPLICANT_COLUMN_IDS = [
  'natural_person',
  'commercial_enterprise',
  'research_institution',
  'public_welfare_org',
  'legal_service_org',
  'other_org',
  'total',
] as const;
export type ApplicantColumnId = (typeof APPLICANT_COLUMN_IDS)[number];

const applicantColumn = (
  id: ApplicantColumnId,
  label: string,
  options: {
    variants?: string[];
    keywords?: string[];
    organisation?: boolean;
    positional?: boolean;
  } = {},
): ApplicantColumnSpec => ({
  id,
  organisation: options.organisation ?? false,
  positional: options.positional ?? false,
  ...labelSpec(label, options.variants, options.keywords),
});

export const APPLICANT_COLUMNS: readonly ApplicantColumnSpec[] = [
  applicantColumn('natural_person', '自然人', { keywords: ['自然人'] }),
  applicantColumn('commercial_enterprise', '商业企业', {
    keywords: ['商业企业'],
    organisation: true,
  }),
  applicantColumn('research_institution', '科研机构', {
    keywords: ['科研机构'],
    organisation: true,
  }),
  applicantColumn('public_welfare_org', '社会公益组织', {
    keywords: ['公益组织'],
    organisation: true,
  }),
  applicantColumn('legal_service_org', '法律服务机构', {
    keywords: ['法律服务'],
    organisation: true,
  }),
  applicantColumn('other_org', '其他', {
    keywords: ['其他'],
    organisation: true,
    positional: true,
  }),
  applicantColumn('total', '总计', {
    variants: ['合计', '小计'],
    keywords: ['总计', '合计', '小计'],
  }),
];

/** Header cells above the value columns, for locating the header rows. */
export const APPLICATIONS_HEADER = {
  balanceNote: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  applicantGroup: '申请人情况',
  organisationGroup: '法人或其他组织',
} as const;

/** Parents of the level-3 rows, printed as rowspan cells in label column 2. */
export const APPLICATION_PARENT_IDS = [
  'withheld',
  'unable',
  'not_processed',
  'other_handling',
] as const;
export type ApplicationParentId = (typeof APPLICATION_PARENT_IDS)[number];

export interface ApplicationParentSpec extends LabelSpec {
  id: ApplicationParentId;
}

const parent = (
  id: ApplicationParentId,
  label: string,
  keywords: string[],
): ApplicationParentSpec => ({
  id,
  ...labelSpec(label, [], keywords),
});

export const APPLICATION_PARENTS: Readonly<Record<ApplicationParentId, ApplicationParentSpec>> = {
  withheld: parent('withheld', '（三）不予公开', ['不予公开']),
  unable: parent('unable', '（四）无法提供', ['无法提供']),
  not_processed: parent('not_processed', '（五）不予处理', ['不予处理']),
  other_handling: parent('other_handling', '（六）其他处理', ['其他处理']),
};

/** The rowspan label in column 1 that covers every outcome row. */
export const OUTCOME_GROUP_LABEL = '三、本年度办理结果';

/**
 * What a row contributes to the balance rules: received (一, 二), an outcome leaf (counted in
 * （七）总计), the outcome total itself, or carried forward (四).
 */
export type ApplicationRowRole = 'received' | 'outcome' | 'outcome_total' | 'carried_forward';

export interface ApplicationRowSpec extends LabelSpec {
  /** Row part of the key, e.g. `withheld.state_secret`. */
  id: string;
  level: 1 | 2 | 3;
  parent: ApplicationParentId | null;
  role: ApplicationRowRole;
  /** Versions whose table prints this row. */
  versions: readonly FormatVersion[];
  /** Versions in which the row is not printed but derived from its children (T3-4). */
  derivedIn: readonly FormatVersion[];
  /** The keyword alone is ambiguous (3.其他, 总计): match only under the right parent or position. */
  positional: boolean;
}

const BOTH: readonly FormatVersion[] = ['2019', '2021'];

interface RowOptions {
  variants?: string[];
  keywords?: string[];
  parent?: ApplicationParentId;
  versions?: readonly FormatVersion[];
  derivedIn?: readonly FormatVersion[];
  positional?: boolean;
}

const applicationRow = (
  id: string,
  level: 1 | 2 | 3,
  role: ApplicationRowRole,
  label: string,
  options: RowOptions = {},
): ApplicationRowSpec => ({
  id,
  level,
  role,
  parent: options.parent ?? null,
  versions: options.versions ?? BOTH,
  derivedIn: options.derivedIn ?? [],
  positional: options.positional ?? false,
  ...labelSpec(label, options.variants, options.keywords),
});

const leaf = (parentId: ApplicationParentId, id: string, label: string, options: RowOptions) =>
  applicationRow(`${parentId}.${id}`, 3, 'outcome', label, { ...options, parent: parentId });

/** Every row of 表三 in printed order; a row's `versions` says which format prints it (§3.2). */
export const APPLICATION_ROWS: readonly ApplicationRowSpec[] = [
  applicationRow('new_received', 1, 'received', '一、本年新收政府信息公开申请数量', {
    variants: ['本年新收', '本年度新收政府信息公开申请数量'],
    keywords: ['新收'],
  }),
  applicationRow('carried_over', 1, 'received', '二、上年结转政府信息公开申请数量', {
    keywords: ['上年结转'],
  }),
  applicationRow('granted', 2, 'outcome', '（一）予以公开', { keywords: ['予以公开'] }),
  applicationRow(
    'partially_granted',
    2,
    'outcome',
    '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    {
      variants: ['（二）部分公开（区分处理的，只计这一情况，不计其他情况）', '部分公开'],
      keywords: ['部分公开'],
    },
  ),
  leaf('withheld', 'state_secret', '1.属于国家秘密', { keywords: ['国家秘密'] }),
  leaf('withheld', 'prohibited_by_law', '2.其他法律行政法规禁止公开', {
    keywords: ['法律行政法规禁止'],
  }),
  leaf('withheld', 'three_securities_one_stability', '3.危及“三安全一稳定”', {
    variants: ['3.危及"三安全一稳定"', '3.危及三安全一稳定'],
    keywords: ['三安全一稳定'],
  }),
  leaf('withheld', 'third_party_rights', '4.保护第三方合法权益', { keywords: ['第三方'] }),
  leaf('withheld', 'internal_affairs', '5.属于三类内部事务信息', {
    variants: ['5.属于三类内容事务信息'],
    keywords: ['内部事务', '内容事务'],
  }),
  leaf('withheld', 'process_info', '6.属于四类过程性信息', { keywords: ['过程性'] }),
  leaf('withheld', 'law_enforcement_file', '7.属于行政执法案卷', { keywords: ['执法案卷'] }),
  leaf('withheld', 'administrative_query', '8.属于行政查询事项', { keywords: ['行政查询'] }),
  leaf('unable', 'not_held', '1.本机关不掌握相关政府信息', { keywords: ['不掌握'] }),
  leaf('unable', 'needs_creation', '2.没有现成信息需要另行制作', { keywords: ['另行制作'] }),
  leaf('unable', 'unclear_after_correction', '3.补正后申请内容仍不明确', {
    keywords: ['仍不明确'],
  }),
  leaf('not_processed', 'petition_complaint', '1.信访举报投诉类申请', { keywords: ['信访'] }),
  leaf('not_processed', 'repeated', '2.重复申请', { keywords: ['重复申请'] }),
  leaf('not_processed', 'publication', '3.要求提供公开出版物', { keywords: ['出版物'] }),
  leaf('not_processed', 'mass_repeated', '4.无正当理由大量反复申请', { keywords: ['大量反复'] }),
  leaf('not_processed', 'confirm_or_reissue', '5.要求行政机关确认或重新出具已获取信息', {
    variants: ['5.要求行政机关确认或重新出具'],
    keywords: ['确认或重新出具'],
  }),
  leaf(
    'other_handling',
    'no_correction',
    '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    {
      variants: [
        '1.申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请',
        '1.申请人无正当理由逾期不补正',
      ],
      keywords: ['逾期不补正'],
      versions: ['2021'],
    },
  ),
  leaf(
    'other_handling',
    'fee_unpaid',
    '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    {
      variants: [
        '2.申请人逾期未按收费通知要求缴纳费用，行政机关不再处理其政府信息公开申请',
        '2.申请人逾期未按收费通知要求缴纳费用',
      ],
      keywords: ['收费通知', '缴纳费用'],
      versions: ['2021'],
    },
  ),
  leaf('other_handling', 'other', '3.其他', {
    keywords: ['其他'],
    versions: ['2021'],
    positional: true,
  }),
  applicationRow('other_handling.total', 2, 'outcome', '（六）其他处理', {
    keywords: ['其他处理'],
    derivedIn: ['2021'],
  }),
  applicationRow('outcome_total', 2, 'outcome_total', '（七）总计', {
    variants: ['总计', '合计', '办理结果总计'],
    keywords: ['总计', '合计'],
    positional: true,
  }),
  applicationRow('carried_forward', 1, 'carried_forward', '四、结转下年度继续办理', {
    variants: ['结转下年度', '结转下年度继续办理数量'],
    keywords: ['结转下年度'],
  }),
];

export function applicationKey(
  rowId: string,
  columnId: ApplicantColumnId | 'legal_person_or_org',
): string {
  return `applications.${rowId}.${columnId}`;
}

/** Rows printed by a version's table, in printed order (2021: 25 rows, 2019: 23 rows). */
export function printedApplicationRows(version: FormatVersion): ApplicationRowSpec[] {
  return APPLICATION_ROWS.filter(
    (spec) => spec.versions.includes(version) && !spec.derivedIn.includes(version),
  );
}

/** The leaf rows whose sum is （七）总计 for a version (T3-2): 21 in 2021, 19 in 2019. */
export function outcomeLeafRows(version: FormatVersion): ApplicationRowSpec[] {
  return printedApplicationRows(version).filter((spec) => spec.role === 'outcome');
}

/** Printed label of a row including its parent, as fields.json names it: （三）不予公开 1.属于国家秘密. */
export function fullApplicationRowLabel(spec: ApplicationRowSpec): string {
  return spec.parent && spec.level === 3
    ? `${APPLICATION_PARENTS[spec.parent].label} ${spec.label}`
    : spec.label;
}
