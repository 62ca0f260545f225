import { BadRequestException } from '@nestjs/common';
import type { RegionLevel } from '@ogi/api-data-access';
import { levelFromWord, streetTierLevel } from '../region-levels';
import { REGION_CODE_PATTERN } from '@ogi/api-params';

type Column = 'province' | 'city' | 'district' | 'street' | 'level' | 'code' | 'office';

/** Header texts (lower case) of each accepted column. */
const HEADERS: Record<Column, readonly string[]> = {
  province: ['省', '省份', 'province'],
  city: ['市', '城市', '地市', 'city'],
  district: ['区县', '区/县', '县区', '区', '县', 'district', 'county'],
  street: [
    '街道/乡镇',
    '街道乡镇',
    '乡镇/街道',
    '乡镇街道',
    '街道',
    '乡镇',
    'street',
    'township',
    'street/township',
  ],
  level: ['级别', '层级', 'level'],
  code: ['代码', '区划代码', '行政区划代码', 'code'],
  office: ['单位', '单位名称', '机关', 'office'],
};

const PATH_COLUMNS = ['province', 'city', 'district', 'street'] as const;

export type ColumnMap = Partial<Record<Column, number>>;

/** Which column holds what (400 naming any header it does not know). */
export function mapHeader(header: readonly string[]): ColumnMap {
  const map: ColumnMap = {};
  const problems: string[] = [];
  header.forEach((text, index) => {
    const key = text.trim().toLowerCase();
    if (key === '') return;
    const column = (Object.keys(HEADERS) as Column[]).find((name) => HEADERS[name].includes(key));
    if (!column) problems.push(`unknown column "${text.trim()}"`);
    else if (map[column] !== undefined) problems.push(`column "${text.trim()}" is given twice`);
    else map[column] = index;
  });
  if (!PATH_COLUMNS.some((column) => map[column] !== undefined)) problems.push('no region column');
  if (problems.length > 0) {
    throw new BadRequestException(
      `the header row does not fit: ${problems.join('; ')}. Accepted columns: 省/province, 市/city, 区县/district, 街道/乡镇 (street or township), 级别/level, 代码/code, 单位/office`,
    );
  }
  return map;
}

export interface ImportSegment {
  name: string;
  level: RegionLevel;
}

export interface ImportRow {
  row: number;
  /** From the top down; the code belongs to the last. */
  path: ImportSegment[];
  code: string | null;
  office: string | null;
}

export type RowReading =
  | { ok: true; value: ImportRow }
  | { ok: false; row: number; reason: string };

/** A data row read with the header's column map; `row` is its number in the file. */
export function readRow(cells: readonly string[], map: ColumnMap, row: number): RowReading {
  const cell = (column: Column) => {
    const index = map[column];
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const reject = (reason: string): RowReading => ({ ok: false, row, reason });
  const path: ImportSegment[] = [];
  for (const column of PATH_COLUMNS) {
    const name = cell(column);
    if (name) path.push({ name, level: column === 'street' ? 'street' : column });
  }
  if (path.length === 0) return reject('empty path: none of 省, 市, 区县, 街道/乡镇 is filled in');
  const last = path[path.length - 1];
  const levelText = cell('level');
  const stated = levelText ? levelFromWord(levelText) : null;
  if (levelText && !stated) return reject(`unknown level "${levelText}"`);
  if (cell('street')) {
    const level = stated ?? streetTierLevel(last.name);
    if (level !== 'street' && level !== 'township') {
      return reject(
        stated
          ? `level "${levelText}" does not fit the 街道/乡镇 column ${last.name}`
          : `unknown level: ${last.name} does not end in 街道, 镇 or 乡; give 级别 (street or township)`,
      );
    }
    last.level = level;
  } else if (stated && stated !== last.level) {
    return reject(`level "${levelText}" does not match ${last.name} in the ${last.level} column`);
  }
  const code = cell('code') || null;
  if (code !== null && !REGION_CODE_PATTERN.test(code))
    return reject(`inconsistent code "${code}": a division code has 2 to 12 digits`);
  return { ok: true, value: { row, path, code, office: cell('office') || null } };
}
