import type { CellStatus } from '@ogi/report-schema';

/** What one printed cell says, before it is assigned to a key. */
export interface CellReading {
  value: number | null;
  status: CellStatus;
  /** Unit written in the cell (元, 万元, 件…), if any. */
  unit: string | null;
}

const DASHES = /^(?:[-/／\\—–―－~～]+|无|空|\*|×)$/;
const UNITS = ['万元', '元', '件', '条', '项', '个', '次', '份'] as const;
const SIGN_WORDS: ReadonlyArray<[RegExp, 1 | -1]> = [
  [/^(?:增加|增)/, 1],
  [/^(?:减少|减)/, -1],
];
const MAX_VALUE_LENGTH = 24;
const MAYBE_VALUE = /[0-9０-９/／\\—–―－~～\-*×无空]/;
const PLAIN_DIGITS = /^\d{1,15}$/;
const NUMBER = /^([+-]?)(\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)$/;

/** Full-width digits and signs become ASCII; spaces and footnote stars go. */
function normaliseNumberText(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/，/g, ',')
    .replace(/\*+$/, '');
}

/**
 * Reads one printed cell (§7.2, §7.3): plain, full-width and thousands-separated numbers,
 * decimals, units written in the cell, signed deltas (+3, -3, 增2, 减少1); empty cells are
 * `blank`; dashes, slashes and 无 are `dash`; anything else is `unparseable`.
 */
export function readCell(raw: string): CellReading {
  // Most cells are plain digits: skip the normalisation.
  if (PLAIN_DIGITS.test(raw)) return { value: Number(raw), status: 'number', unit: null };
  const text = normaliseNumberText(raw);
  if (text.length === 0) return { value: null, status: 'blank', unit: null };
  if (DASHES.test(text)) return { value: null, status: 'dash', unit: null };
  let body = text;
  let sign: 1 | -1 = 1;
  for (const [pattern, wordSign] of SIGN_WORDS) {
    if (pattern.test(body)) {
      body = body.replace(pattern, '');
      sign = wordSign;
      break;
    }
  }
  const unit = UNITS.find((candidate) => body.endsWith(candidate)) ?? null;
  if (unit) body = body.slice(0, -unit.length);
  const match = NUMBER.exec(body);
  if (!match) return { value: null, status: 'unparseable', unit };
  const magnitude = Number(match[2].replace(/,/g, ''));
  const value = (match[1] === '-' ? -1 : 1) * sign * magnitude;
  return { value: Object.is(value, -0) ? 0 : value, status: 'number', unit };
}

/** True when a cell reads as a number or a placeholder (a value cell, not a label). */
export function isValueText(raw: string): boolean {
  // Labels and prose are long or carry no digit and no dash: decide without normalising.
  if (raw.length > MAX_VALUE_LENGTH || !MAYBE_VALUE.test(raw)) return false;
  const status = readCell(raw).status;
  return status === 'number' || status === 'dash';
}

/**
 * Converts a number read with a unit into the unit of its key: 元 → 万元 for the 2021 fee column,
 * 万元 → 元 for the 2019 procurement amount (§7.2). Other units are counts and stay as they are.
 */
export function convertToKeyUnit(
  value: number,
  writtenUnit: string | null,
  keyUnit: string,
): number {
  if (writtenUnit === '元' && keyUnit === '万元') return value / 10_000;
  if (writtenUnit === '万元' && keyUnit === '元') return Math.round(value * 10_000 * 100) / 100;
  return value;
}
