import type { FormatVersion } from '../format';
import { labelSpec, type LabelSpec } from '../labels/label-spec';
import { normaliseLabel } from '../labels/normalise-label';

/** 表二 is one table of stacked sub-blocks, each opened by a 第二十条第（N）项 caption (§2). */
export type Article20Item = '一' | '五' | '六' | '八' | '九';

export interface ActiveColumnSpec extends LabelSpec {
  id: string;
  unit: string;
  /** 本年增/减 is a signed delta; every other 表二 cell is non-negative (T2-3). */
  signed: boolean;
}

export interface ActiveRowSpec extends LabelSpec {
  id: string;
}

export interface ActiveBlockSpec {
  item: Article20Item;
  /** Caption exactly as printed by the template. */
  caption: string;
  /** First cell of the header row. */
  headerLead: string;
  columns: readonly ActiveColumnSpec[];
  rows: readonly ActiveRowSpec[];
}

const column = (
  id: string,
  label: string,
  unit: string,
  options: { variants?: string[]; keywords?: string[]; signed?: boolean } = {},
): ActiveColumnSpec => ({
  id,
  unit,
  signed: options.signed ?? false,
  ...labelSpec(label, options.variants, options.keywords),
});

const row = (
  id: string,
  label: string,
  variants: string[] = [],
  keywords: string[] = [],
): ActiveRowSpec => ({
  id,
  ...labelSpec(label, variants, keywords),
});

const REGULATIONS = row('regulations', '规章', [], ['规章']);
const LICENSING = row('licensing', '行政许可', [], ['行政许可']);
const PUNISHMENT = row('punishment', '行政处罚', [], ['行政处罚']);
const COERCION = row('coercion', '行政强制', [], ['行政强制']);
const ADMIN_FEES = row('admin_fees', '行政事业性收费', [], ['事业性收费']);

const DECISIONS_2021 = column('decisions', '本年处理决定数量', '件', { keywords: ['处理决定'] });
const DECISIONS_2019 = column('decisions', '处理决定数量', '件', { keywords: ['处理决定'] });
const prevYearItems = (unit: string) =>
  column('prev_year_items', '上一年项目数量', unit, { keywords: ['上一年项目'] });
const itemsChange = (unit: string) =>
  column('items_change', '本年增/减', unit, {
    variants: ['本年增减', '增/减'],
    keywords: ['增/减', '增减'],
    signed: true,
  });

const caption = (item: Article20Item) => `第二十条第（${item}）项`;

const ACTIVE_2021: readonly ActiveBlockSpec[] = [
  {
    item: '一',
    caption: caption('一'),
    headerLead: '信息内容',
    columns: [
      column('issued', '本年制发件数', '件', { keywords: ['制发'] }),
      column('repealed', '本年废止件数', '件', { keywords: ['废止'] }),
      column('in_force', '现行有效件数', '件', {
        variants: ['现行有效件', '现行有效件数（历史累计）'],
        keywords: ['现行有效'],
      }),
    ],
    rows: [
      REGULATIONS,
      // 规范性档案: a copy in traditional script with Taiwan vocabulary (規範性檔案) read back.
      row('normative_documents', '行政规范性文件', ['规范性文件'], ['规范性文件', '规范性档案']),
    ],
  },
  {
    item: '五',
    caption: caption('五'),
    headerLead: '信息内容',
    columns: [DECISIONS_2021],
    rows: [LICENSING],
  },
  {
    item: '六',
    caption: caption('六'),
    headerLead: '信息内容',
    columns: [DECISIONS_2021],
    rows: [PUNISHMENT, COERCION],
  },
  {
    item: '八',
    caption: caption('八'),
    headerLead: '信息内容',
    columns: [
      column('amount_wan_yuan', '本年收费金额（单位：万元）', '万元', {
        variants: ['本年收费金额(单位:万元)', '本年收费金额', '收费金额（万元）'],
        keywords: ['收费金额'],
      }),
    ],
    rows: [ADMIN_FEES],
  },
];

const ACTIVE_2019: readonly ActiveBlockSpec[] = [
  {
    item: '一',
    caption: caption('一'),
    headerLead: '信息内容',
    columns: [
      column('newly_made', '本年新制作数量', '件', { keywords: ['新制作'] }),
      column('newly_published', '本年新公开数量', '件', { keywords: ['新公开'] }),
      column('total_published', '对外公开总数量', '件', { keywords: ['对外公开总'] }),
    ],
    rows: [REGULATIONS, row('normative_documents', '规范性文件', [], ['规范性文件', '规范性档案'])],
  },
  {
    item: '五',
    caption: caption('五'),
    headerLead: '信息内容',
    columns: [prevYearItems('件'), itemsChange('件'), DECISIONS_2019],
    rows: [LICENSING, row('other_admin_services', '其他对外管理服务事项', [], ['对外管理服务'])],
  },
  {
    item: '六',
    caption: caption('六'),
    headerLead: '信息内容',
    columns: [prevYearItems('件'), itemsChange('件'), DECISIONS_2019],
    rows: [PUNISHMENT, COERCION],
  },
  {
    item: '八',
    caption: caption('八'),
    headerLead: '信息内容',
    columns: [prevYearItems('项'), itemsChange('项')],
    rows: [ADMIN_FEES],
  },
  {
    item: '九',
    caption: caption('九'),
    headerLead: '信息内容',
    columns: [
      column('projects', '采购项目数量', '项', { keywords: ['采购项目'] }),
      column('amount_yuan', '采购总金额', '元', { keywords: ['采购总金额', '总金额'] }),
    ],
    rows: [row('gov_procurement', '政府集中采购', [], ['集中采购'])],
  },
];

export const ACTIVE_LAYOUTS: Readonly<Record<FormatVersion, readonly ActiveBlockSpec[]>> = {
  '2021': ACTIVE_2021,
  '2019': ACTIVE_2019,
};

export function activeKey(rowId: string, columnId: string): string {
  return `active.${rowId}.${columnId}`;
}

const CAPTION_PATTERN = /^(?:第二十条)?第?\(?([一二三四五六七八九十]+)\)?项$/;

/**
 * Reads a 表二 sub-block caption in any printed form: 第二十条第（一）项, 第二十条 第(一)项,
 * 第二十条第一项, 第（一）项. Returns the item numeral, or null when the text is not a caption.
 */
export function parseArticle20Caption(printed: string): string | null {
  const match = CAPTION_PATTERN.exec(normaliseLabel(printed));
  return match ? match[1] : null;
}
