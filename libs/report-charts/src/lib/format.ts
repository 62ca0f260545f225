/** Chinese number conventions: 千分位, 万/亿 on axes, rates as percentages with one decimal. */

/**
 * What a number is, which decides how it is written and scaled: a count of cases (whole numbers,
 * so axes tick in whole steps), an amount of money (万元, may have decimals) or a rate (a fraction).
 */
export type ValueKind = 'count' | 'amount' | 'rate';

const DASH = '—';
const grouped = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** 12345 → "12,345", 12.5 → "12.5" (at most two decimals); null → "—". */
export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return grouped.format(value);
}

/** x × 100 with one decimal, rounded half up on the decimal value (0.2345 → "23.5"). */
function percent1(fraction: number): string {
  return (Math.round(Number((fraction * 1000).toPrecision(12))) / 10).toFixed(1);
}

function trimmed(value: number, digits: number): string {
  return value.toFixed(digits).replace(/\.?0+$/, '');
}

/** Axis labels: 9,999 / 1.2万 / 3.5亿 (negative values keep their sign). */
export function formatAxisNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  if (abs >= 1e8) return `${sign}${trimmed(abs / 1e8, 2)}亿`;
  if (abs >= 1e4) return `${sign}${trimmed(abs / 1e4, 2)}万`;
  return grouped.format(value);
}

/** 0.1234 → "12.3%"; null → "—". */
export function formatRate(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return `${percent1(value)}%`;
}

/** A relative change, 0.125 → "+12.5%", −0.04 → "-4.0%"; null → "—". */
export function formatChange(relative: number | null | undefined): string {
  if (relative === null || relative === undefined || !Number.isFinite(relative)) return DASH;
  const text = `${percent1(Math.abs(relative))}%`;
  if (relative > 0) return `+${text}`;
  if (relative < 0) return `-${text}`;
  return text;
}

/** A change of a rate in percentage points, 0.012 → "+1.2 个百分点". */
export function formatPoints(absolute: number | null | undefined): string {
  if (absolute === null || absolute === undefined || !Number.isFinite(absolute)) return DASH;
  const text = `${percent1(Math.abs(absolute))} 个百分点`;
  if (absolute > 0) return `+${text}`;
  if (absolute < 0) return `-${text}`;
  return text;
}

/**
 * A value by its kind: rates as percentages, counts and amounts with 千分位 (an amount keeps up
 * to two decimals, 1234.5 → "1,234.5"; a count has none to keep).
 */
export function formatValue(value: number | null | undefined, kind: ValueKind): string {
  return kind === 'rate' ? formatRate(value) : formatCount(value);
}

/** The axis label of a value by its kind: whole percentages for rates, 万/亿 otherwise. */
export function formatAxisValue(value: number, kind: ValueKind): string {
  return kind === 'rate' ? `${Math.round(value * 100)}%` : formatAxisNumber(value);
}
