import {
  ACTIVE_LAYOUTS,
  APPEAL_GROUPS,
  APPEAL_RESULTS,
  APPLICANT_COLUMNS,
  APPLICATIONS_HEADER,
  APPLICATION_PARENTS,
  OUTCOME_GROUP_LABEL,
  TABLES,
  activeKey,
  appealKey,
  applicationKey,
  printedApplicationRows,
  type FormatVersion,
  type TableId,
} from '@ogi/report-schema';

/**
 * The official printed layout of 表二, 表三 and 表四, built from the report-schema row and column
 * lists (never a copy of them): merged header cells, rowspan labels and the value cells' keys.
 */
export type LayoutCell =
  | { kind: 'head'; text: string; rowSpan?: number; colSpan?: number }
  | { kind: 'label'; text: string; rowSpan?: number; colSpan?: number }
  | { kind: 'caption'; text: string; colSpan: number }
  | { kind: 'value'; key: string; colSpan?: number };

export interface TableLayout {
  table: TableId;
  /** 表二 / 表三 / 表四 */
  title: string;
  heading: string;
  version: FormatVersion;
  /** Width of the grid in columns. */
  columns: number;
  head: LayoutCell[][];
  body: LayoutCell[][];
}

const title = (table: TableId) => `表${TABLES[table].numeral}`;

/** 表二's grid: 信息内容 and at most three value columns; narrower blocks widen their last cell. */
const ACTIVE_GRID = 4;

function activeLayout(version: FormatVersion): TableLayout {
  const body: LayoutCell[][] = [];
  for (const block of ACTIVE_LAYOUTS[version]) {
    const lastSpan = ACTIVE_GRID - block.columns.length;
    const span = (index: number) =>
      index === block.columns.length - 1 && lastSpan > 1 ? { colSpan: lastSpan } : {};
    body.push([{ kind: 'caption', text: block.caption, colSpan: ACTIVE_GRID }]);
    body.push([
      { kind: 'head', text: block.headerLead },
      ...block.columns.map(
        (column, index): LayoutCell => ({ kind: 'head', text: column.label, ...span(index) }),
      ),
    ]);
    for (const row of block.rows) {
      body.push([
        { kind: 'label', text: row.label },
        ...block.columns.map(
          (column, index): LayoutCell => ({
            kind: 'value',
            key: activeKey(row.id, column.id),
            ...span(index),
          }),
        ),
      ]);
    }
  }
  return {
    table: 'active',
    title: title('active'),
    heading: TABLES.active.heading,
    version,
    columns: ACTIVE_GRID,
    head: [],
    body,
  };
}

function applicationsLayout(version: FormatVersion): TableLayout {
  const organisations = APPLICANT_COLUMNS.filter((column) => column.organisation);
  const head: LayoutCell[][] = [
    [
      { kind: 'head', text: APPLICATIONS_HEADER.balanceNote, rowSpan: 3, colSpan: 3 },
      { kind: 'head', text: APPLICATIONS_HEADER.applicantGroup, colSpan: APPLICANT_COLUMNS.length },
    ],
    [
      ...APPLICANT_COLUMNS.filter((column) => !column.organisation).flatMap(
        (column, index): LayoutCell[] =>
          index === 0
            ? [
                { kind: 'head', text: column.label, rowSpan: 2 },
                {
                  kind: 'head',
                  text: APPLICATIONS_HEADER.organisationGroup,
                  colSpan: organisations.length,
                },
              ]
            : [{ kind: 'head', text: column.label, rowSpan: 2 }],
      ),
    ],
    organisations.map((column): LayoutCell => ({ kind: 'head', text: column.label })),
  ];
  const rows = printedApplicationRows(version);
  const outcomeRows = rows.filter((row) => row.role === 'outcome' || row.role === 'outcome_total');
  const body = rows.map((row): LayoutCell[] => {
    const labels: LayoutCell[] = [];
    if (row.level === 1) labels.push({ kind: 'label', text: row.label, colSpan: 3 });
    else {
      if (row === outcomeRows[0]) {
        labels.push({ kind: 'label', text: OUTCOME_GROUP_LABEL, rowSpan: outcomeRows.length });
      }
      if (row.level === 2) labels.push({ kind: 'label', text: row.label, colSpan: 2 });
      else if (row.parent) {
        const siblings = rows.filter((other) => other.parent === row.parent && other.level === 3);
        if (siblings[0] === row) {
          labels.push({
            kind: 'label',
            text: APPLICATION_PARENTS[row.parent].label,
            rowSpan: siblings.length,
          });
        }
        labels.push({ kind: 'label', text: row.label });
      }
    }
    return [
      ...labels,
      ...APPLICANT_COLUMNS.map(
        (column): LayoutCell => ({ kind: 'value', key: applicationKey(row.id, column.id) }),
      ),
    ];
  });
  return {
    table: 'applications',
    title: title('applications'),
    heading: TABLES.applications.heading,
    version,
    columns: 3 + APPLICANT_COLUMNS.length,
    head,
    body,
  };
}

function appealsLayout(version: FormatVersion): TableLayout {
  const width = APPEAL_RESULTS.length;
  const top: LayoutCell[] = [];
  const middle: LayoutCell[] = [];
  const bottom: LayoutCell[] = [];
  APPEAL_GROUPS.forEach((group, index) => {
    const results = APPEAL_RESULTS.map(
      (result): LayoutCell => ({ kind: 'head', text: result.label }),
    );
    if (!group.parentLabel) {
      top.push({ kind: 'head', text: group.label, colSpan: width });
      middle.push(...results.map((cell) => ({ ...cell, rowSpan: 2 })));
      return;
    }
    // Groups under one parent (行政诉讼) share its header cell.
    if (APPEAL_GROUPS[index - 1]?.parentLabel !== group.parentLabel) {
      const shared = APPEAL_GROUPS.filter((other) => other.parentLabel === group.parentLabel);
      top.push({ kind: 'head', text: group.parentLabel, colSpan: width * shared.length });
    }
    middle.push({ kind: 'head', text: group.label, colSpan: width });
    bottom.push(...results);
  });
  return {
    table: 'appeals',
    title: title('appeals'),
    heading: TABLES.appeals.heading,
    version,
    columns: APPEAL_GROUPS.length * width,
    head: [top, middle, bottom],
    body: [
      APPEAL_GROUPS.flatMap((group) =>
        APPEAL_RESULTS.map(
          (result): LayoutCell => ({ kind: 'value', key: appealKey(group.id, result.id) }),
        ),
      ),
    ],
  };
}

/** The layout of one table in one format. */
export function tableLayout(table: TableId, version: FormatVersion): TableLayout {
  if (table === 'active') return activeLayout(version);
  if (table === 'applications') return applicationsLayout(version);
  return appealsLayout(version);
}

/** Keys of a layout's value cells, in reading order. */
export function layoutKeys(layout: TableLayout): string[] {
  return layout.body.flatMap((row) =>
    row.flatMap((cell) => (cell.kind === 'value' ? [cell.key] : [])),
  );
}

/** Columns a row of cells covers, rowspans from rows above included by the caller. */
export function rowWidth(row: readonly LayoutCell[]): number {
  return row.reduce((sum, cell) => sum + ('colSpan' in cell && cell.colSpan ? cell.colSpan : 1), 0);
}
