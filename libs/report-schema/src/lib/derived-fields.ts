import type { FormatVersion } from './format';
import {
  APPLICANT_COLUMNS,
  APPLICATION_PARENT_IDS,
  APPLICATION_PARENTS,
  APPLICATION_ROWS,
  applicationKey,
  outcomeLeafRows,
  printedApplicationRows,
  type ApplicationParentId,
} from './tables/applications-table';
import { APPEAL_GROUPS, APPEAL_RESULTS, appealKey } from './tables/appeals-table';

/**
 * A value the template does not print but the rules and metrics use (§6.3, §6.4, T3-4, T4-4, T4-5):
 * always the sum of other keys, never parsed from a table.
 */
export interface DerivedFieldDefinition {
  key: string;
  label: string;
  ruleId: 'T3-4' | 'T4-4' | 'T4-5';
  /** Keys summed, per format (a format absent here has no such derived value). */
  parts: Partial<Record<FormatVersion, readonly string[]>>;
}

const ORGANISATION_COLUMNS = APPLICANT_COLUMNS.filter((column) => column.organisation);
const CLOSED_RESULTS = ['upheld', 'corrected', 'other_result'] as const;

function childrenOf(parentId: ApplicationParentId, version: FormatVersion): string[] {
  return printedApplicationRows(version)
    .filter((row) => row.parent === parentId && row.level === 3)
    .map((row) => row.id);
}

function subtotalFields(): DerivedFieldDefinition[] {
  const fields: DerivedFieldDefinition[] = [];
  for (const parentId of APPLICATION_PARENT_IDS) {
    const parentRow = APPLICATION_ROWS.find((row) => row.id === `${parentId}.total`);
    for (const column of APPLICANT_COLUMNS) {
      const parts: DerivedFieldDefinition['parts'] = {};
      for (const version of ['2019', '2021'] as const) {
        const printedAsLeaf =
          parentRow?.versions.includes(version) && !parentRow.derivedIn.includes(version);
        const children = childrenOf(parentId, version);
        if (!printedAsLeaf && children.length > 0) {
          parts[version] = children.map((child) => applicationKey(child, column.id));
        }
      }
      if (Object.keys(parts).length > 0) {
        fields.push({
          key: applicationKey(`${parentId}.total`, column.id),
          label: `${APPLICATION_PARENTS[parentId].label} ${column.label}`,
          ruleId: 'T3-4',
          parts,
        });
      }
    }
  }
  return fields;
}

function organisationFields(): DerivedFieldDefinition[] {
  return APPLICATION_ROWS.map((row) => {
    const parts = ORGANISATION_COLUMNS.map((column) => applicationKey(row.id, column.id));
    const byVersion: DerivedFieldDefinition['parts'] = {};
    for (const version of row.versions) byVersion[version] = parts;
    return {
      key: applicationKey(row.id, 'legal_person_or_org'),
      label: '法人或其他组织',
      ruleId: 'T3-4' as const,
      parts: byVersion,
    };
  });
}

const bothVersions = (parts: readonly string[]): DerivedFieldDefinition['parts'] => ({
  '2019': parts,
  '2021': parts,
});

function appealFields(): DerivedFieldDefinition[] {
  const litigationByResult = APPEAL_RESULTS.map((result) => ({
    key: appealKey('litigation', result.id),
    label: `行政诉讼 ${result.label}`,
    ruleId: 'T4-4' as const,
    parts: bothVersions([
      appealKey('litigation_direct', result.id),
      appealKey('litigation_after_review', result.id),
    ]),
  }));
  const closed = [...APPEAL_GROUPS.map((group) => group.id), 'litigation' as const].map(
    (groupId) => ({
      key: appealKey(groupId, 'closed'),
      label: '已审结',
      ruleId: 'T4-5' as const,
      parts: bothVersions(CLOSED_RESULTS.map((result) => appealKey(groupId, result))),
    }),
  );
  return [...litigationByResult, ...closed];
}

/** Every derived key: 表三 subtotals and 法人或其他组织, 行政诉讼 totals, closed cases. */
export const DERIVED_FIELDS: readonly DerivedFieldDefinition[] = [
  ...subtotalFields(),
  ...organisationFields(),
  ...appealFields(),
];

const DERIVED_BY_KEY = new Map(DERIVED_FIELDS.map((field) => [field.key, field]));

export function derivedField(key: string): DerivedFieldDefinition | undefined {
  return DERIVED_BY_KEY.get(key);
}

/** The keys a derived value sums in a format, or null when it is printed or absent there. */
export function derivedParts(key: string, version: FormatVersion): readonly string[] | null {
  return DERIVED_BY_KEY.get(key)?.parts[version] ?? null;
}

const APPEAL_PARTS = ['upheld', 'corrected', 'other_result', 'pending'] as const;

/**
 * The parts of a printed total (T3-2 （七）总计, T3-3 总计 column, T4-1..3 总计): what a blank
 * total can be derived from. Null when the key is not a printed total.
 */
export function printedTotalParts(key: string, version: FormatVersion): readonly string[] | null {
  const cacheKey = `${version}:${key}`;
  if (totalPartsCache.has(cacheKey)) return totalPartsCache.get(cacheKey) ?? null;
  const parts = computeTotalParts(key, version);
  totalPartsCache.set(cacheKey, parts);
  return parts;
}

const totalPartsCache = new Map<string, readonly string[] | null>();

function computeTotalParts(key: string, version: FormatVersion): readonly string[] | null {
  const [table, ...rest] = key.split('.');
  const columnId = rest[rest.length - 1];
  const rowId = rest.slice(0, -1).join('.');
  if (table === 'applications' && rowId === 'outcome_total') {
    return outcomeLeafRows(version).map((row) =>
      applicationKey(row.id, columnId as (typeof APPLICANT_COLUMNS)[number]['id']),
    );
  }
  if (
    table === 'applications' &&
    columnId === 'total' &&
    printedApplicationRows(version).some((row) => row.id === rowId)
  ) {
    return APPLICANT_COLUMNS.filter((column) => column.id !== 'total').map((column) =>
      applicationKey(rowId, column.id),
    );
  }
  if (
    table === 'appeals' &&
    columnId === 'total' &&
    APPEAL_GROUPS.some((group) => group.id === rowId)
  ) {
    return APPEAL_PARTS.map((result) => `appeals.${rowId}.${result}`);
  }
  return null;
}
