import {
  ACTIVE_LAYOUTS,
  APPEAL_GROUPS,
  APPEAL_RESULTS,
  APPLICANT_COLUMNS,
  APPLICATION_PARENTS,
  APPLICATION_ROWS,
  OUTCOME_GROUP_LABEL,
  SECTION_HEADINGS,
  matchesLabel,
  type Article20Item,
  type LabelSpec,
} from '@ogi/report-schema';
import type { ReportVersions } from './figures';
import type { LabelStyle } from './model';
import type { Rng } from './prng';

/** Printed labels of one report, by label id (see `labelId`). */
export type PrintedLabels = Readonly<Record<string, string>>;

const NUMBERING = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]\s*|\d+[.．、])/;

function renumber(label: string, style: LabelStyle): string {
  if (style.noNumbering) return label.replace(NUMBERING, '');
  let text = label;
  if (style.halfWidthBrackets) text = text.replace(/^（([一二三四五六七八九十]+)）/, '($1) ');
  if (style.fullWidthDot) text = text.replace(/^(\d+)\./, '$1．');
  return text;
}

function withVariant(rng: Rng, spec: LabelSpec, style: LabelStyle, share = 0.5): string {
  if (style.variants && spec.variants.length > 0 && rng.chance(share))
    return rng.pick(spec.variants);
  return spec.label;
}

const CAPTION_FORMS: Record<LabelStyle['caption'], (item: Article20Item) => string> = {
  full: (item) => `第二十条第（${item}）项`,
  spaced: (item) => `第二十条 第(${item})项`,
  plain: (item) => `第二十条第${item}项`,
  short: (item) => `第（${item}）项`,
};

/**
 * Chooses every printed label of a report from the schema's labels and their known variants
 * (§7.1): numbering width, dropped numbering, typos such as 属于三类内容事务信息, 合计 for 总计.
 */
export function chooseLabels(rng: Rng, style: LabelStyle, versions: ReportVersions): PrintedLabels {
  const labels: Record<string, string> = {};
  for (const row of APPLICATION_ROWS) {
    const printed = withVariant(rng, row, style, row.id === 'outcome_total' ? 0.3 : 0.5);
    // A variant without numbering keeps none; the canonical label gets the report's numbering style.
    const numbered = renumber(printed, style);
    labels[`app:${row.id}`] =
      style.typos && row.level === 3 && rng.chance(0.3) ? withTypo(rng, numbered, row) : numbered;
  }
  for (const [id, parent] of Object.entries(APPLICATION_PARENTS))
    labels[`app:parent:${id}`] = renumber(parent.label, style);
  labels['app:group'] = renumber(OUTCOME_GROUP_LABEL, style);
  for (const column of APPLICANT_COLUMNS)
    labels[`app:col:${column.id}`] =
      column.id === 'total' ? withVariant(rng, column, style, 0.3) : column.label;
  for (const block of ACTIVE_LAYOUTS[versions.active]) {
    labels[`act:caption:${block.item}`] = CAPTION_FORMS[style.caption](block.item);
    for (const column of block.columns)
      labels[`act:col:${block.item}:${column.id}`] = withVariant(rng, column, style, 0.4);
    for (const row of block.rows) labels[`act:row:${row.id}`] = withVariant(rng, row, style, 0.3);
  }
  for (const group of APPEAL_GROUPS) labels[`appeal:group:${group.id}`] = group.label;
  for (const result of APPEAL_RESULTS) labels[`appeal:result:${result.id}`] = result.label;
  for (const heading of SECTION_HEADINGS) {
    const variant =
      style.headingVariant >= 0 && heading.variants.length > 0
        ? heading.variants[style.headingVariant % heading.variants.length]
        : heading.label;
    labels[`heading:${heading.id}`] = variant;
  }
  return labels;
}

const ITEM_NUMBER = /^\d+[.．、]/;
const MIN_TYPO_BODY = 7;

/**
 * The label with one or two characters left out of its body (a real PDF prints
 * `2.其他法律行政止公开`): only numbered labels long enough to stay recognisable by their item
 * number and likeness, and never one that would read as another row.
 */
function withTypo(rng: Rng, label: string, own: LabelSpec): string {
  const number = ITEM_NUMBER.exec(label)?.[0];
  if (!number) return label;
  const body = label.slice(number.length);
  if (body.length < MIN_TYPO_BODY) return label;
  const length = rng.int(1, 2);
  const start = rng.int(1, body.length - length - 1);
  const typo = `${number}${body.slice(0, start)}${body.slice(start + length)}`;
  const other = APPLICATION_ROWS.some((row) => row !== own && matchesLabel(row, typo));
  return other ? label : typo;
}

export function chooseLabelStyle(
  rng: Rng,
  rates: { labelVariants: number; missingNumbering: number; labelTypos: number },
): LabelStyle {
  const noNumbering = rng.chance(rates.missingNumbering);
  return {
    halfWidthBrackets: rng.chance(0.45),
    fullWidthDot: rng.chance(0.15),
    noNumbering,
    typos: !noNumbering && rng.chance(rates.labelTypos),
    variants: rng.chance(rates.labelVariants),
    caption: rng.weighted([
      ['full', 0.7],
      ['spaced', 0.12],
      ['plain', 0.1],
      ['short', 0.08],
    ] as const),
    headingVariant: rng.chance(rates.labelVariants * 0.5) ? rng.int(0, 2) : -1,
  };
}
