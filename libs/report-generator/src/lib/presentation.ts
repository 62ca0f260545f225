import { APPLICANT_COLUMNS, printedKeys, type FormatVersion } from '@ogi/report-schema';
import type { Figures, ReportVersions } from './figures';
import type { LayoutId, PrintedCell } from './model';
import { DASHES, chooseNumberStyle, formatValue } from './number-format';
import type { Rng } from './prng';
import type { Office } from './regions';

/** Rates (0–1) of the printing quirks of §7.2–§7.3. */
export interface CellQuirkRates {
  /** Reports whose zero cells of 表三/表四 print blank (layouts that keep cell positions). */
  blankZeros: number;
  /** Reports whose zero cells print as / — － - -- —— 无. */
  dashZeros: number;
  /** All-zero 表三 of streets and townships printing only the 总计 column. */
  onlyTotalColumn: number;
  /** All-zero 表三 of departments and governments printed all "/". */
  allSlashApplications: number;
  /** Offices that cannot make 规章 printing "/" in the 规章 row. */
  regulationsSlash: number;
  fullWidthDigits: number;
  thousandsSeparators: number;
  unitsInCells: number;
}

/** Layouts that keep every cell's position, so a blank cell stays a cell. */
const POSITIONAL: readonly string[] = ['tab', 'html', 'docx', 'pipe:markdown'];

export function tableKeys(versions: ReportVersions): {
  active: readonly string[];
  applications: readonly string[];
  appeals: readonly string[];
} {
  return {
    active: printedKeys('active', versions.active),
    applications: printedKeys('applications', versions.applications),
    appeals: printedKeys('appeals', '2021' as FormatVersion),
  };
}

/**
 * Decides how every cell is printed and what the truth is: numbers in the report's number style,
 * zeros sometimes blank or dashed (truth null), all-"/" or only-总计 tables when they are all zero.
 * Only zeros are ever printed blank or as a dash, so every arithmetic rule still holds.
 */
export function presentCells(
  rng: Rng,
  figures: Figures,
  versions: ReportVersions,
  office: Office,
  layout: LayoutId,
  variant: string,
  rates: CellQuirkRates,
): { cells: Record<string, PrintedCell>; quirks: string[] } {
  const quirks: string[] = [];
  const style = chooseNumberStyle(rng, rates);
  if (style.fullWidth) quirks.push('full_width_digits');
  if (style.thousands && Object.values(figures).some((value) => Math.abs(value) >= 1000))
    quirks.push('thousands_separators');
  if (style.units) quirks.push('units_in_cells');
  if (style.feeInYuan && figures['active.admin_fees.amount_wan_yuan']) quirks.push('fee_in_yuan');
  if (versions.active === '2019') quirks.push(`delta_${style.delta}`);
  const positional = POSITIONAL.includes(layout) || POSITIONAL.includes(`${layout}:${variant}`);
  const keys = tableKeys(versions);
  const cells: Record<string, PrintedCell> = {};
  const number = (key: string): PrintedCell => ({
    text: formatValue(key, figures[key], style),
    value: figures[key],
    status: 'number',
  });
  const dash = (text = '/'): PrintedCell => ({ text, value: null, status: 'dash' });
  const blank: PrintedCell = { text: '', value: null, status: 'blank' };

  let zeroMode: 'zero' | 'blank' | 'dash' = 'zero';
  if (positional && layout !== 'tab8' && rng.chance(rates.blankZeros)) zeroMode = 'blank';
  else if (rng.chance(rates.dashZeros)) zeroMode = 'dash';
  const dashText = rng.pick(DASHES);
  if (zeroMode !== 'zero') quirks.push(`${zeroMode}_zeros`);

  const regulationsSlash =
    office.kind !== 'government' &&
    keys.active
      .filter((key) => key.startsWith('active.regulations.'))
      .every((key) => figures[key] === 0) &&
    rng.chance(rates.regulationsSlash);
  if (regulationsSlash) quirks.push('regulations_slash');
  for (const key of keys.active) {
    const isZero = figures[key] === 0;
    if (regulationsSlash && key.startsWith('active.regulations.')) cells[key] = dash('/');
    else if (isZero && zeroMode === 'dash' && rng.chance(0.3)) cells[key] = dash(dashText);
    else cells[key] = number(key);
  }

  const applicationsZero = keys.applications.every((key) => figures[key] === 0);
  let applicationsMode: 'normal' | 'all_slash' | 'only_total' = 'normal';
  if (applicationsZero && layout !== 'tab8') {
    if (
      (office.kind === 'department' || office.kind === 'government') &&
      rng.chance(rates.allSlashApplications)
    )
      applicationsMode = 'all_slash';
    else if (
      (office.kind === 'street' || office.kind === 'township') &&
      rng.chance(rates.onlyTotalColumn)
    )
      applicationsMode = 'only_total';
  }
  if (applicationsMode !== 'normal')
    quirks.push(applicationsMode === 'all_slash' ? 'all_slash_applications' : 'only_total_column');
  const onlyTotalText = rng.pick(['0', ' 0', '0']);
  for (const key of keys.applications) {
    const isZero = figures[key] === 0;
    if (applicationsMode === 'all_slash') cells[key] = dash('/');
    else if (applicationsMode === 'only_total')
      cells[key] = key.endsWith('.total')
        ? { text: onlyTotalText, value: 0, status: 'number' }
        : blank;
    else if (isZero && zeroMode === 'blank') cells[key] = blank;
    else if (isZero && zeroMode === 'dash') cells[key] = dash(dashText);
    else cells[key] = number(key);
  }
  for (const key of keys.appeals) {
    const isZero = figures[key] === 0;
    if (isZero && zeroMode === 'blank') cells[key] = blank;
    else if (isZero && zeroMode === 'dash') cells[key] = dash(dashText);
    else cells[key] = number(key);
  }
  return { cells, quirks };
}

/** The applicant columns except 总计. */
export const APPLICANT_PARTS = APPLICANT_COLUMNS.filter((column) => column.id !== 'total');
