import type { OfficeKind } from './domain/office-kinds';

/**
 * The kind of office its name suggests (§7.7): 街道办事处/街道 → street, 镇/乡(人民政府) → township,
 * 人民政府 → government, 局/委/办/中心… → department; null when the name says nothing.
 */
export function officeKindOf(name: string | null): OfficeKind | null {
  if (!name) return null;
  if (/(?:街道办事处|街道|街道办|街)$/.test(name)) return 'street';
  if (/(?:镇|乡)(?:人民政府)?$/.test(name)) return 'township';
  if (/人民政府$/.test(name)) return 'government';
  if (/(?:局|委员会|委|办公室|办|中心|厅|署|院|所|处)$/.test(name)) return 'department';
  return null;
}
