import { FORMAT_VERSIONS, type FormatVersion, type TableId } from './format';
import { ACTIVE_LAYOUTS, activeKey } from './tables/active-table';
import {
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  applicationKey,
  fullApplicationRowLabel,
} from './tables/applications-table';
import {
  APPEAL_GROUPS,
  APPEAL_RESULTS,
  appealKey,
  fullAppealGroupLabel,
} from './tables/appeals-table';

export interface PrintedLabels {
  row: string;
  column: string;
}

/** One cell of the national tables: the canonical key and everything printed about it. */
export interface FieldDefinition {
  key: string;
  table: TableId;
  /** Formats in which the cell exists (printed or derived). */
  versions: FormatVersion[];
  /** Row label as printed; for 表三 sub-rows the parent label comes first. */
  row: string;
  /** Column label as printed; where the formats differ: `2021 label (2019: 2019 label)`. */
  column: string;
  unit: string;
  /** Only the 2019 本年增/减 cells may be negative. */
  signed: boolean;
  /** Formats in which the template prints no such cell and the value is derived from others. */
  derivedIn: FormatVersion[];
  note?: string;
  /** Key parts: `withheld.state_secret` / `natural_person`. */
  rowId: string;
  columnId: string;
  /** Labels per format, exactly as that format prints them. */
  labels: Partial<Record<FormatVersion, PrintedLabels>>;
  /** Position in the printed tables, for stable ordering in outputs. */
  order: number;
}

type FieldDraft = Omit<FieldDefinition, 'row' | 'column' | 'order'>;

const NOTES: Readonly<Record<string, string>> = {
  'active.gov_procurement.amount_yuan':
    'no unit is printed in the template; cells carry 元 or 万元: normalise to 元',
  other_handling_total:
    'printed as one row in the 2019 format; in the 2021 format it is the sum of its three sub-rows (derived)',
};

function addVersion(
  drafts: Map<string, FieldDraft>,
  draft: FieldDraft,
  version: FormatVersion,
  labels: PrintedLabels,
) {
  const existing = drafts.get(draft.key);
  if (existing) {
    existing.versions.push(version);
    existing.labels[version] = labels;
    return;
  }
  drafts.set(draft.key, { ...draft, versions: [version], labels: { [version]: labels } });
}

function collectActive(drafts: Map<string, FieldDraft>): void {
  for (const version of ['2021', '2019'] as const) {
    for (const block of ACTIVE_LAYOUTS[version]) {
      for (const rowSpec of block.rows) {
        for (const columnSpec of block.columns) {
          const key = activeKey(rowSpec.id, columnSpec.id);
          addVersion(
            drafts,
            {
              key,
              table: 'active',
              versions: [],
              unit: columnSpec.unit,
              signed: columnSpec.signed,
              derivedIn: [],
              note: NOTES[key],
              rowId: rowSpec.id,
              columnId: columnSpec.id,
              labels: {},
            },
            version,
            { row: rowSpec.label, column: columnSpec.label },
          );
        }
      }
    }
  }
}

function collectApplications(drafts: Map<string, FieldDraft>): void {
  for (const rowSpec of APPLICATION_ROWS) {
    for (const columnSpec of APPLICANT_COLUMNS) {
      for (const version of rowSpec.versions) {
        addVersion(
          drafts,
          {
            key: applicationKey(rowSpec.id, columnSpec.id),
            table: 'applications',
            versions: [],
            unit: '件',
            signed: false,
            derivedIn: [...rowSpec.derivedIn],
            note: rowSpec.derivedIn.length > 0 ? NOTES['other_handling_total'] : undefined,
            rowId: rowSpec.id,
            columnId: columnSpec.id,
            labels: {},
          },
          version,
          { row: fullApplicationRowLabel(rowSpec), column: columnSpec.label },
        );
      }
    }
  }
}

function collectAppeals(drafts: Map<string, FieldDraft>): void {
  for (const group of APPEAL_GROUPS) {
    for (const result of APPEAL_RESULTS) {
      for (const version of FORMAT_VERSIONS) {
        addVersion(
          drafts,
          {
            key: appealKey(group.id, result.id),
            table: 'appeals',
            versions: [],
            unit: '件',
            signed: false,
            derivedIn: [],
            rowId: group.id,
            columnId: result.id,
            labels: {},
          },
          version,
          { row: fullAppealGroupLabel(group), column: result.label },
        );
      }
    }
  }
}

/** One label when the formats agree, else the 2021 label with the 2019 one in brackets. */
function combinedLabel(labels: FieldDraft['labels'], part: keyof PrintedLabels): string {
  const latest = labels['2021']?.[part];
  const trial = labels['2019']?.[part];
  if (latest && trial && latest !== trial) return `${latest} (2019: ${trial})`;
  return (latest ?? trial) as string;
}

function buildCatalogue(): readonly FieldDefinition[] {
  const drafts = new Map<string, FieldDraft>();
  collectActive(drafts);
  collectApplications(drafts);
  collectAppeals(drafts);
  return [...drafts.values()].map((draft, order) => ({
    ...draft,
    versions: FORMAT_VERSIONS.filter((version) => draft.versions.includes(version)),
    row: combinedLabel(draft.labels, 'row'),
    column: combinedLabel(draft.labels, 'column'),
    order,
  }));
}

/** Every cell of 表二, 表三 and 表四 in both formats: the 226 canonical keys. */
export const FIELD_CATALOGUE: readonly FieldDefinition[] = buildCatalogue();

const FIELDS_BY_KEY: ReadonlyMap<string, FieldDefinition> = new Map(
  FIELD_CATALOGUE.map((field) => [field.key, field]),
);

export function fieldByKey(key: string): FieldDefinition | undefined {
  return FIELDS_BY_KEY.get(key);
}

export function isFieldKey(key: string): boolean {
  return FIELDS_BY_KEY.has(key);
}

/** Keys of one table that a format prints (derived cells excluded), in printed order. */
const printedKeysCache = new Map<string, readonly string[]>();

export function printedKeys(table: TableId, version: FormatVersion): readonly string[] {
  const cacheKey = `${table}|${version}`;
  let keys = printedKeysCache.get(cacheKey);
  if (!keys) {
    keys = FIELD_CATALOGUE.filter(
      (field) =>
        field.table === table &&
        field.versions.includes(version) &&
        !field.derivedIn.includes(version),
    ).map((field) => field.key);
    printedKeysCache.set(cacheKey, keys);
  }
  return keys;
}

/** Keys that exist in a format, printed or derived. */
export function keysOfVersion(version: FormatVersion): string[] {
  return FIELD_CATALOGUE.filter((field) => field.versions.includes(version)).map(
    (field) => field.key,
  );
}
