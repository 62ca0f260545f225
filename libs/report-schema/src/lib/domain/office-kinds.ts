/** The kinds of office that publish a report (§7.7). */
export const OFFICE_KINDS = ['street', 'township', 'department', 'government'] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number];

export const OFFICE_KIND_LABELS: Readonly<Record<OfficeKind, string>> = {
  street: '街道',
  township: '乡镇',
  department: '部门',
  government: '政府',
};

export function isOfficeKind(value: unknown): value is OfficeKind {
  return typeof value === 'string' && (OFFICE_KINDS as readonly string[]).includes(value);
}
