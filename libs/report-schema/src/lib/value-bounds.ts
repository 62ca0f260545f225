import type { FieldDefinition } from './field-catalogue';

/**
 * The values a cell may hold, checked wherever a value enters (the parser, corrections): beyond
 * them a number is a misreading or a hostile write, and sums over it (the stats rollup, exports)
 * would stop being exact.
 *
 * Counts: the largest real figures seen are about 1.2e7 (行政许可 of a province department) and
 * 7e6 (aggregated 行政处罚), so 1e9 leaves two orders of magnitude of headroom, and a rollup sum of
 * 300,000 reports at the bound (3e14) stays an exact integer even in a double.
 *
 * Money is kept to the 分 (0.01 元): 6 decimals in 万元, 2 in 元. The largest 万元 amount is 1e8
 * (1 万亿元): in 分 that is 1e14 per report, and int64 sums stay exact up to ~90,000 reports at the
 * bound.
 */
export const COUNT_MAX = 1_000_000_000;
export const MONEY_MAX_WAN_YUAN = 100_000_000;
/** Decimals kept per money unit: both are whole 分. */
export const MONEY_DECIMALS: Readonly<Record<string, number>> = { 万元: 6, 元: 2 };

export interface ValueBounds {
  /** Largest magnitude (the smallest value is 0, or -max for the signed 2019 deltas). */
  max: number;
  /** Decimals allowed: 0 for counts. */
  decimals: number;
  signed: boolean;
  unit: string;
}

export type BoundProblem = 'not_finite' | 'negative' | 'too_large' | 'not_whole' | 'too_precise';

export function valueBounds(field: Pick<FieldDefinition, 'unit' | 'signed'>): ValueBounds {
  const decimals = MONEY_DECIMALS[field.unit];
  if (decimals === undefined) {
    return { max: COUNT_MAX, decimals: 0, signed: field.signed, unit: field.unit };
  }
  const max = field.unit === '元' ? MONEY_MAX_WAN_YUAN * 10_000 : MONEY_MAX_WAN_YUAN;
  return { max, decimals, signed: field.signed, unit: field.unit };
}

/**
 * Whether `value` has at most `decimals` decimals. The value is a double near a decimal number
 * (0.123456 万元 read from 1234.56 元): scaled to whole smallest units it must lie within the
 * double's own rounding error of an integer, while one more decimal digit moves it by ≥ 0.1.
 */
export function hasAtMostDecimals(value: number, decimals: number): boolean {
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) <= Math.max(1e-9, Math.abs(scaled) * 4e-16);
}

/** Why `value` cannot be a value of the field, or null when it can. */
export function boundProblem(value: number, bounds: ValueBounds): BoundProblem | null {
  if (!Number.isFinite(value)) return 'not_finite';
  if (value < 0 && !bounds.signed) return 'negative';
  if (Math.abs(value) > bounds.max) return 'too_large';
  if (bounds.decimals === 0 && !Number.isInteger(value)) return 'not_whole';
  if (bounds.decimals > 0 && !hasAtMostDecimals(value, bounds.decimals)) return 'too_precise';
  return null;
}

const MAX_TEXT = (bounds: ValueBounds) =>
  `${bounds.signed ? '±' : ''}${bounds.max.toLocaleString('en-US')} ${bounds.unit}`;

/** The bound a problem breaks, in words for an error message (English, as API validation is). */
export function describeBound(problem: BoundProblem, bounds: ValueBounds): string {
  switch (problem) {
    case 'not_finite':
      return 'must be a finite number';
    case 'negative':
      return 'must not be negative';
    case 'too_large':
      return `must be at most ${MAX_TEXT(bounds)}`;
    case 'not_whole':
      return `must be a whole number of ${bounds.unit}`;
    case 'too_precise':
      return `may have at most ${bounds.decimals} decimals in ${bounds.unit}`;
  }
}

/** The same in Chinese, for findings shown in the app. */
export function describeBoundZh(problem: BoundProblem, bounds: ValueBounds): string {
  switch (problem) {
    case 'not_finite':
      return '不是有限数值';
    case 'negative':
      return '不应为负数';
    case 'too_large':
      return `超出上限 ${MAX_TEXT(bounds)}`;
    case 'not_whole':
      return `应为整数（${bounds.unit}）`;
    case 'too_precise':
      return `小数位数超过 ${bounds.decimals} 位（${bounds.unit}）`;
  }
}
