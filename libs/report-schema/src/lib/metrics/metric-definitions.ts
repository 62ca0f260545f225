import {
  APPLICANT_COLUMNS,
  APPLICATION_PARENTS,
  applicationKey,
  outcomeLeafRows,
} from '../tables/applications-table';
import { APPEAL_GROUPS, APPEAL_RESULTS, appealKey } from '../tables/appeals-table';
import { activeKey } from '../tables/active-table';

export type MetricKind = 'count' | 'amount' | 'rate';
export type MetricGroup = 'applications' | 'outcomes' | 'applicants' | 'appeals' | 'active';

/** The groups in the order pickers list them, with their labels. */
export const METRIC_GROUPS: readonly { id: MetricGroup; label: string }[] = [
  { id: 'applications', label: '申请与办理' },
  { id: 'outcomes', label: '办理结果' },
  { id: 'applicants', label: '申请人' },
  { id: 'appeals', label: '行政复议和行政诉讼' },
  { id: 'active', label: '主动公开' },
];

/**
 * Which way a change is welcome: 'up' (a higher disclosure rate), 'down' (a higher correction
 * rate means more decisions overturned), 'none' (volumes: more applications is neither).
 */
export type GoodDirection = 'up' | 'down' | 'none';

/**
 * Where 总览 shows a metric: 'card' as a KPI card (and so as a row of the exports' 主要指标
 * table, which reads the cards); 'listed' only in the headline of `GET /api/stats/summary`. Both
 * are in that headline, in METRICS order.
 */
export type OverviewPlace = 'card' | 'listed';

/**
 * A figure the dashboard offers, defined once: counts sum their numerator keys; rates divide the
 * summed numerator by the summed denominator (over many reports: sum first, then divide).
 */
export interface MetricDefinition {
  id: string;
  label: string;
  labelEn: string;
  kind: MetricKind;
  group: MetricGroup;
  unit: '件' | '万元' | '%';
  /** 2021-series keys (or derived keys) summed for the numerator. */
  numerator: readonly string[];
  /** Keys summed for the denominator; null for counts. */
  denominator: readonly string[] | null;
  numeratorLabel?: string;
  denominatorLabel?: string;
  /** Colours year-on-year arrows: green for a welcome change, red for an unwelcome one. */
  goodDirection: GoodDirection;
  /** On 总览's summary; absent: only where a chart or a picker asks for it. */
  overview?: OverviewPlace;
}

const total = (rowId: string) => applicationKey(rowId, 'total');
const RECEIVED = [total('new_received'), total('carried_over')];
const HANDLED = [total('outcome_total')];

const count = (
  id: string,
  label: string,
  labelEn: string,
  group: MetricGroup,
  keys: readonly string[],
): MetricDefinition => ({
  id,
  label,
  labelEn,
  kind: 'count',
  group,
  unit: '件',
  numerator: keys,
  denominator: null,
  goodDirection: 'none',
});

const rate = (
  id: string,
  label: string,
  labelEn: string,
  group: MetricGroup,
  numerator: readonly string[],
  denominator: readonly string[],
  numeratorLabel: string,
  denominatorLabel: string,
): MetricDefinition => ({
  id,
  label,
  labelEn,
  kind: 'rate',
  group,
  unit: '%',
  numerator,
  denominator,
  numeratorLabel,
  denominatorLabel,
  goodDirection: 'none',
});

const welcome = (metric: MetricDefinition, goodDirection: GoodDirection): MetricDefinition => ({
  ...metric,
  goodDirection,
});

const onOverview = (metric: MetricDefinition, overview: OverviewPlace): MetricDefinition => ({
  ...metric,
  overview,
});

const OUTCOME_CATEGORIES = [
  { id: 'granted', label: '予以公开', labelEn: 'Granted', key: total('granted') },
  {
    id: 'partially_granted',
    label: '部分公开',
    labelEn: 'Partly granted',
    key: total('partially_granted'),
  },
  ...(['withheld', 'unable', 'not_processed', 'other_handling'] as const).map((parentId) => ({
    id: parentId,
    label: APPLICATION_PARENTS[parentId].label.replace(/^（.）/, ''),
    labelEn: {
      withheld: 'Withheld',
      unable: 'Unable to provide',
      not_processed: 'Not processed',
      other_handling: 'Other handling',
    }[parentId],
    key: total(`${parentId}.total`),
  })),
];

const applicationMetrics: MetricDefinition[] = [
  onOverview(
    count('applications_new', '本年新收申请', 'New applications', 'applications', [
      total('new_received'),
    ]),
    'card',
  ),
  onOverview(
    count(
      'applications_carried_over',
      '上年结转申请',
      'Carried over from last year',
      'applications',
      [total('carried_over')],
    ),
    'listed',
  ),
  onOverview(
    count('applications_handled', '办理结果总计', 'Applications handled', 'applications', HANDLED),
    'listed',
  ),
  count('applications_carried_forward', '结转下年度继续办理', 'Carried forward', 'applications', [
    total('carried_forward'),
  ]),
  onOverview(
    welcome(
      rate(
        'disclosure_rate',
        '公开率',
        'Disclosure rate',
        'applications',
        [total('granted'), total('partially_granted')],
        HANDLED,
        '予以公开 + 部分公开',
        '办理结果总计',
      ),
      'up',
    ),
    'card',
  ),
  rate(
    'carried_forward_share',
    '结转率',
    'Carried-forward share',
    'applications',
    [total('carried_forward')],
    RECEIVED,
    '结转下年度继续办理',
    '本年新收 + 上年结转',
  ),
];

const outcomeMetrics: MetricDefinition[] = [
  ...OUTCOME_CATEGORIES.map((category) =>
    count(`outcome_${category.id}`, category.label, category.labelEn, 'outcomes', [category.key]),
  ),
  ...OUTCOME_CATEGORIES.map((category) =>
    rate(
      `outcome_${category.id}_share`,
      `${category.label}占比`,
      `${category.labelEn} share`,
      'outcomes',
      [category.key],
      HANDLED,
      category.label,
      '办理结果总计',
    ),
  ),
  // Every reason row of the 2021 table, so refusals can be broken down by reason.
  ...outcomeLeafRows('2021')
    .filter((row) => row.parent !== null)
    .map((row) =>
      count(
        `reason_${row.id.replace('.', '_')}`,
        row.label.replace(/^\d+\./, ''),
        row.id,
        'outcomes',
        [total(row.id)],
      ),
    ),
];

const applicantMetrics: MetricDefinition[] = [
  ...APPLICANT_COLUMNS.filter((column) => column.id !== 'total').map((column) =>
    count(`applicants_${column.id}`, column.label, column.id, 'applicants', [
      applicationKey('new_received', column.id),
    ]),
  ),
  rate(
    'natural_person_share',
    '自然人申请占比',
    'Share from natural persons',
    'applicants',
    [applicationKey('new_received', 'natural_person')],
    [total('new_received')],
    '自然人',
    '本年新收',
  ),
  rate(
    'organisation_share',
    '法人或其他组织申请占比',
    'Share from organisations',
    'applicants',
    [applicationKey('new_received', 'legal_person_or_org')],
    [total('new_received')],
    '法人或其他组织',
    '本年新收',
  ),
];

const APPEAL_GROUP_LABELS: Record<string, { label: string; labelEn: string }> = {
  review: { label: '行政复议', labelEn: 'Administrative review' },
  litigation_direct: { label: '直接起诉', labelEn: 'Litigation, direct' },
  litigation_after_review: { label: '复议后起诉', labelEn: 'Litigation after review' },
  litigation: { label: '行政诉讼', labelEn: 'Litigation' },
};

/** Decisions corrected over cases closed, on review, in court or both. */
const correctionRate = (
  id: string,
  label: string,
  labelEn: string,
  groups: readonly ('review' | 'litigation')[],
): MetricDefinition =>
  welcome(
    rate(
      id,
      label,
      labelEn,
      'appeals',
      groups.map((group) => appealKey(group, 'corrected')),
      groups.map((group) => appealKey(group, 'closed')),
      '结果纠正',
      '已审结（维持 + 纠正 + 其他）',
    ),
    'down',
  );

const appealMetrics: MetricDefinition[] = [
  ...[...APPEAL_GROUPS.map((group) => group.id), 'litigation' as const].flatMap((groupId) =>
    APPEAL_RESULTS.map((result) => {
      const metric = welcome(
        count(
          `${groupId}_${result.id}`,
          `${APPEAL_GROUP_LABELS[groupId].label}${result.label}`,
          `${APPEAL_GROUP_LABELS[groupId].labelEn}: ${result.id}`,
          'appeals',
          [appealKey(groupId, result.id)],
        ),
        // A decision corrected on review or in court is one the office got wrong.
        result.id === 'corrected' ? 'down' : 'none',
      );
      // How many cases went to review, and to court at all: a card each.
      const onCard = result.id === 'total' && (groupId === 'review' || groupId === 'litigation');
      return onCard ? onOverview(metric, 'card') : metric;
    }),
  ),
  // Reviews per application handled: how often a reply is taken to review (a year's reviews may
  // concern replies of the year before, so a small office's rate can exceed 100%).
  {
    ...rate(
      'review_rate',
      '行政复议率',
      'Review rate',
      'appeals',
      [appealKey('review', 'total')],
      HANDLED,
      '行政复议总计',
      '办理结果总计',
    ),
    goodDirection: 'down',
    overview: 'card',
  },
  onOverview(
    correctionRate('review_correction_rate', '行政复议纠错率', 'Review correction rate', [
      'review',
    ]),
    'listed',
  ),
  onOverview(
    correctionRate('litigation_correction_rate', '行政诉讼纠错率', 'Litigation correction rate', [
      'litigation',
    ]),
    'listed',
  ),
  onOverview(
    correctionRate('correction_rate', '复议诉讼纠错率', 'Correction rate (review and litigation)', [
      'review',
      'litigation',
    ]),
    'card',
  ),
];

const activeMetrics: MetricDefinition[] = [
  count('regulations_issued', '规章制发', 'Regulations issued', 'active', [
    activeKey('regulations', 'issued'),
  ]),
  count(
    'normative_documents_issued',
    '行政规范性文件制发',
    'Normative documents issued',
    'active',
    [activeKey('normative_documents', 'issued')],
  ),
  count(
    'normative_documents_in_force',
    '现行有效行政规范性文件',
    'Normative documents in force',
    'active',
    [activeKey('normative_documents', 'in_force')],
  ),
  count('licensing_decisions', '行政许可决定', 'Licensing decisions', 'active', [
    activeKey('licensing', 'decisions'),
  ]),
  count('punishment_decisions', '行政处罚决定', 'Punishment decisions', 'active', [
    activeKey('punishment', 'decisions'),
  ]),
  count('coercion_decisions', '行政强制决定', 'Coercion decisions', 'active', [
    activeKey('coercion', 'decisions'),
  ]),
  {
    ...count('admin_fees_amount', '行政事业性收费金额', 'Administrative fees', 'active', [
      activeKey('admin_fees', 'amount_wan_yuan'),
    ]),
    kind: 'amount',
    unit: '万元',
  },
];

/** The derived metrics of the product (design/product.md), each with numerator and denominator. */
export const METRICS: readonly MetricDefinition[] = [
  ...applicationMetrics,
  ...outcomeMetrics,
  ...applicantMetrics,
  ...appealMetrics,
  ...activeMetrics,
];

/** The headline of 总览's summary (cards and listed), in METRICS order. */
export const OVERVIEW_METRICS: readonly MetricDefinition[] = METRICS.filter(
  (metric) => metric.overview !== undefined,
);

/** 总览's KPI cards and the exports' 主要指标 rows, in METRICS order. */
export const KPI_CARD_METRICS: readonly MetricDefinition[] = METRICS.filter(
  (metric) => metric.overview === 'card',
);

const METRICS_BY_ID = new Map(METRICS.map((metric) => [metric.id, metric]));

export function metricById(id: string): MetricDefinition | undefined {
  return METRICS_BY_ID.get(id);
}
