import { cellOf, isPlaceholder, type ReportValues } from './cell-status';
import { derivedParts, printedTotalParts } from './derived-fields';
import type { FormatVersion } from './format';
import { seriesMapping } from './version-mapping';

/** A value as the dashboard uses it, with every assumption that went into it. */
export interface ResolvedValue {
  value: number | null;
  /** Blank or dash cells counted as 0. */
  assumedZeroKeys: string[];
  /** Cells not printed or unreadable. */
  missingKeys: string[];
  /** 2019 cells standing in approximately for a 2021 series. */
  approximateKeys: string[];
  /** Keys whose value was computed (derived subtotals, blank totals filled from their parts). */
  derivedKeys: string[];
  /** Series keys the report's format has no counterpart for. */
  notInFormatKeys: string[];
}

const empty = (value: number | null): ResolvedValue => ({
  value,
  assumedZeroKeys: [],
  missingKeys: [],
  approximateKeys: [],
  derivedKeys: [],
  notInFormatKeys: [],
});

function merge(target: ResolvedValue, part: ResolvedValue, sign: 1 | -1): void {
  target.value =
    target.value === null || part.value === null ? null : target.value + sign * part.value;
  target.assumedZeroKeys.push(...part.assumedZeroKeys);
  target.missingKeys.push(...part.missingKeys);
  target.approximateKeys.push(...part.approximateKeys);
  target.derivedKeys.push(...part.derivedKeys);
  target.notInFormatKeys.push(...part.notInFormatKeys);
}

/** Sums keys of one report (each resolved as by resolveValue). */
export function resolveSum(
  keys: readonly string[],
  values: ReportValues,
  version: FormatVersion,
): ResolvedValue {
  const total = empty(0);
  for (const key of keys) merge(total, resolveValue(key, values, version), 1);
  return total;
}

/**
 * The value of a series key in one report: printed numbers as printed; 2019 cells through the
 * series mapping; derived keys as the sum of their parts; a blank total from its parts when they
 * are not all zero (§7.3); other blanks and dashes as 0, flagged; missing cells as null.
 */
export function resolveValue(
  key: string,
  values: ReportValues,
  version: FormatVersion,
): ResolvedValue {
  const parts = derivedParts(key, version);
  if (parts) {
    const derived = resolveSum(parts, values, version);
    derived.derivedKeys.push(key);
    return derived;
  }
  let sourceKey = key;
  const mapping = version === '2019' ? seriesMapping(key) : undefined;
  const approximate = mapping?.quality === 'approximate';
  if (mapping) {
    if (mapping.sourceKey2019 === null) return { ...empty(null), notInFormatKeys: [key] };
    sourceKey = mapping.sourceKey2019;
  }
  const cell = cellOf(values, sourceKey);
  let resolved: ResolvedValue;
  if (cell.status === 'number' && cell.value !== null) {
    resolved = empty(cell.value);
  } else if (isPlaceholder(cell.status)) {
    const totalParts = printedTotalParts(sourceKey, version);
    const fromParts = totalParts ? resolveSum(totalParts, values, version) : null;
    if (fromParts && fromParts.value !== null && fromParts.value !== 0) {
      fromParts.derivedKeys.push(sourceKey);
      resolved = fromParts;
    } else {
      resolved = { ...empty(0), assumedZeroKeys: [sourceKey] };
    }
  } else {
    resolved = { ...empty(null), missingKeys: [sourceKey] };
  }
  if (approximate) resolved.approximateKeys.push(sourceKey);
  return resolved;
}
