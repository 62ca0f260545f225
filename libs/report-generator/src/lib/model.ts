import type { CellStatus, FormatVersion, RuleId } from '@ogi/report-schema';
import type { ReportVersions } from './figures';
import type { Office } from './regions';

export const LAYOUTS = [
  'tab',
  'tab8',
  'lines',
  'pipe',
  'html',
  'docx',
  'pdf-text',
  'glued',
] as const;
export type LayoutId = (typeof LAYOUTS)[number];

/** How one canonical cell is printed, and what the ground truth says it is. */
export interface PrintedCell {
  /** Exactly what the report prints ('' for a blank cell). */
  text: string;
  /** Ground truth in the key's unit: null where the cell prints blank or a dash, or is not carried. */
  value: number | null;
  status: Extract<CellStatus, 'number' | 'blank' | 'dash' | 'not_printed'>;
}

/** Printed labels and numbering choices of one report (§7.1 variants). */
export interface LabelStyle {
  /** 表三 level-2 numbering: （一） or (一) with a space, as in the sample. */
  halfWidthBrackets: boolean;
  /** 1. or 1．*/
  fullWidthDot: boolean;
  /** Row numbering dropped (一、 （一） 1.). */
  noNumbering: boolean;
  /** Use a known variant for labels that have one (typos, truncations, 合计 for 总计). */
  variants: boolean;
  /** Some numbered 表三 sub-row labels lose a character or two (`2.其他法律行政止公开`). */
  typos: boolean;
  /** Caption form of the 表二 sub-blocks. */
  caption: 'full' | 'spaced' | 'plain' | 'short';
  /** Which section heading variant (index into the schema's variants, -1 = canonical). */
  headingVariant: number;
}

export type TitleForm =
  | 'plain'
  | 'spaced'
  | 'year_first'
  | 'year_first_du'
  | 'scrambled'
  /** The office alone on a line, `YYYY 年政府信息公开工作年度报告` on the next (Word/WPS PDFs). */
  | 'office_above'
  /** `YYYY年<office>`, then `政府信息公开工作年度报告`. */
  | 'year_office_above'
  /** A Markdown heading `# YYYY年…`. */
  | 'markdown'
  /** Only inside the page chrome: `当前位置：首页 > … > <title> 来源：…`. */
  | 'breadcrumb'
  | 'none';

/** Everything about the text around the tables. */
export interface TextStyle {
  title: TitleForm;
  /** The name printed in the title (the office name or an alias). */
  printedOffice: string;
  periodSentence: boolean;
  restartedNumbering: boolean;
  boilerplate: boolean;
  proseFigures: boolean;
  /** Web-page chrome lines before the title (site name, breadcrumb) for text and HTML layouts. */
  siteChrome: boolean;
  /** A mirror site's copy in traditional script with Taiwan phrases (規範性檔案), text layouts only. */
  traditional?: boolean;
  /** Narrative seed for this report. */
  seed: number;
}

/** Layout details decided per report (recorded as quirks, so failures can be grouped). */
export interface RenderStyle {
  /** Header cells wrap (`<br>` in HTML, `本年制 / 发件数` on two PDF lines, `结果 维持` in tab text). */
  wrapHeaders: boolean;
  /** lines: a wrapped header cell splits over two lines (商业\n\n企业). */
  splitHeaders: boolean;
  /** pdf-text: header letters of 表四 stacked one per line. */
  verticalHeaders: boolean;
  /** pdf-text: long 表三 labels wrap onto a second line. */
  wrapLabels: boolean;
  /** pdf-text: rowspan labels (三、本年度办理结果, （三）不予公开) on the first row of their span or its middle row. */
  spanLabels: 'first' | 'middle';
}

/** One report, ready to render. */
export interface ReportModel {
  id: string;
  office: Office;
  year: number;
  versions: ReportVersions;
  layout: LayoutId;
  /** Layout-specific variant (pipe: cell | markdown | newline; lines: plain | total-only …). */
  variant: string;
  cells: Readonly<Record<string, PrintedCell>>;
  labels: LabelStyle;
  text: TextStyle;
  render: RenderStyle;
  brokenRules: RuleId[];
  /** Quirks applied, for statistics and failure grouping. */
  quirks: string[];
  /** HTML: the page encoding the CLI writes (the renderer sets the meta charset). */
  charset: 'utf-8' | 'gb18030';
}

/** Ground truth in the shape of the dev corpus `*.expected.json`. */
export interface ReportTruth {
  id: string;
  office: string | null;
  year: number | null;
  /** 2019 / 2021, or "mixed" when 表二 and 表三 differ (then see format_versions). */
  format_version: FormatVersion | 'mixed';
  format_versions: { active: FormatVersion; applications: FormatVersion; appeals: FormatVersion };
  layout: LayoutId;
  variant: string;
  truncated: false;
  values: Record<string, number | null>;
  broken_rules: RuleId[];
  region: {
    path: string[];
    code: string;
    office_id: string;
    office_name: string;
    aliases: string[];
    level: string;
  };
  quirks: string[];
  generated: true;
  charset?: string;
}
