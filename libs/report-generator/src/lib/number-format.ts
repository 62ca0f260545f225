import { fieldByKey } from '@ogi/report-schema';
import type { Rng } from './prng';

/** How numbers are printed in one report (§7.2). */
export interface NumberStyle {
  fullWidth: boolean;
  /** Thousands separator for values ≥ 1000, or null. */
  thousands: ',' | '，' | null;
  /** Units written in 表二 cells (件, 万元, 元). */
  units: boolean;
  /** Fee column printed in 元 instead of 万元 (e.g. 3500元 for 0.35). */
  feeInYuan: boolean;
  /** 2019 采购总金额 written as 251000元 / 25.1万元 / 251000. */
  procurement: 'yuan' | 'wan' | 'plain';
  /** Signed deltas: +3 / 增加3 / 增3. */
  delta: 'sign' | 'words' | 'short';
}

const FULL_WIDTH_DIGITS = '０１２３４５６７８９';

export function toFullWidth(text: string): string {
  return text.replace(/[0-9]/g, (digit) => FULL_WIDTH_DIGITS[Number(digit)]);
}

function group(integerText: string, separator: string): string {
  return integerText.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

function plain(value: number, style: NumberStyle): string {
  const negative = value < 0;
  const [integerPart, fraction] = String(Math.abs(value)).split('.');
  const grouped =
    style.thousands && Math.abs(value) >= 1000 ? group(integerPart, style.thousands) : integerPart;
  return `${negative ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** Prints a value of a key; the printed text reads back (in the key's unit) to exactly `value`. */
export function formatValue(key: string, value: number, style: NumberStyle): string {
  const field = fieldByKey(key);
  let text: string;
  if (key === 'active.admin_fees.amount_wan_yuan') {
    if (style.feeInYuan && value !== 0) text = `${plain(Math.round(value * 10000), style)}元`;
    else text = `${plain(value, style)}${style.units ? '万元' : ''}`;
  } else if (key === 'active.gov_procurement.amount_yuan') {
    if (style.procurement === 'wan' && value % 100 === 0 && value !== 0)
      text = `${plain(value / 10000, style)}万元`;
    else text = `${plain(value, style)}${style.procurement === 'yuan' ? '元' : ''}`;
  } else if (field?.signed) {
    if (value === 0) text = '0';
    else if (style.delta === 'sign')
      text = value > 0 ? `+${plain(value, style)}` : plain(value, style);
    else if (style.delta === 'words')
      text = `${value > 0 ? '增加' : '减少'}${plain(Math.abs(value), style)}`;
    else text = `${value > 0 ? '增' : '减'}${plain(Math.abs(value), style)}`;
  } else {
    text = plain(value, style);
    if (style.units && key.startsWith('active.') && field && value !== 0)
      text += field.unit === '项' ? '项' : '件';
  }
  return style.fullWidth ? toFullWidth(text) : text;
}

export function chooseNumberStyle(
  rng: Rng,
  rates: { fullWidthDigits: number; thousandsSeparators: number; unitsInCells: number },
): NumberStyle {
  return {
    fullWidth: rng.chance(rates.fullWidthDigits),
    thousands: rng.chance(rates.thousandsSeparators) ? (rng.chance(0.8) ? ',' : '，') : null,
    units: rng.chance(rates.unitsInCells),
    feeInYuan: rng.chance(rates.unitsInCells),
    procurement: rng.weighted([
      ['yuan', 0.5],
      ['wan', 0.15],
      ['plain', 0.35],
    ] as const),
    delta: rng.weighted([
      ['sign', 0.6],
      ['words', 0.25],
      ['short', 0.15],
    ] as const),
  };
}

export const DASHES = ['/', '/', '/', '—', '－', '-', '--', '——', '无'] as const;
