import {
  ACTIVE_LAYOUTS,
  APPEAL_GROUPS,
  APPEAL_RESULTS,
  APPLICANT_COLUMNS,
  APPLICATIONS_HEADER,
  activeKey,
  appealKey,
  applicationKey,
  printedApplicationRows,
  type ApplicationRowSpec,
  type TableId,
} from '@ogi/report-schema';
import type { PrintedLabels } from './labels';
import type { PrintedCell } from './model';

/** One cell of a logical table; `\n` marks where a header cell wraps. */
export interface GridCell {
  text: string;
  colSpan: number;
  rowSpan: number;
  role: 'caption' | 'header' | 'label' | 'value' | 'filler';
  /** Canonical key of a value cell. */
  key?: string;
  /** 表三 data rows: the label level (1: spans 3 label columns, 2: 2 columns, 3: sub-item). */
  level?: 1 | 2 | 3;
}

/** A table as printed: origin cells with spans; positions covered by a span hold null. */
export interface Grid {
  table: TableId;
  width: number;
  rows: (GridCell | null)[][];
  /** Rows before the data (header rows), for layouts that repeat or stack them. */
  headerRows: number;
}

const cell = (
  text: string,
  role: GridCell['role'],
  colSpan = 1,
  rowSpan = 1,
  extra: Partial<GridCell> = {},
): GridCell => ({
  text,
  role,
  colSpan,
  rowSpan,
  ...extra,
});

/** Lays out rows of origin cells onto a grid of `width` columns, filling span positions with null. */
function place(width: number, source: GridCell[][]): (GridCell | null)[][] {
  const grid: (GridCell | null | undefined)[][] = source.map(() =>
    Array.from({ length: width }, () => undefined),
  );
  source.forEach((cells, rowIndex) => {
    let column = 0;
    for (const item of cells) {
      while (column < width && grid[rowIndex][column] !== undefined) column += 1;
      if (column >= width) throw new Error(`grid overflow at row ${rowIndex}`);
      for (let r = 0; r < item.rowSpan; r += 1)
        for (let c = 0; c < item.colSpan; c += 1)
          if (grid[rowIndex + r]) grid[rowIndex + r][column + c] = r === 0 && c === 0 ? item : null;
      column += item.colSpan;
    }
  });
  return grid.map((row) => row.map((item) => item ?? null));
}

function valueCell(
  cells: Readonly<Record<string, PrintedCell>>,
  key: string,
  colSpan = 1,
): GridCell {
  return cell(cells[key]?.text ?? '', 'value', colSpan, 1, { key });
}

/** Wraps a header label in two (as table headers do in narrow columns). */
export function wrapHeader(text: string): string {
  if (text.length < 4) return text;
  const middle = Math.ceil(text.length / 2);
  return `${text.slice(0, middle)}\n${text.slice(middle)}`;
}

/** 表二 on a 4-column grid: caption row, header row, data rows per 第二十条 block. */
export function activeGrid(
  version: keyof typeof ACTIVE_LAYOUTS,
  cells: Readonly<Record<string, PrintedCell>>,
  labels: PrintedLabels,
  wrap: boolean,
): Grid {
  const source: GridCell[][] = [];
  for (const block of ACTIVE_LAYOUTS[version]) {
    source.push([cell(labels[`act:caption:${block.item}`], 'caption', 4)]);
    const spans =
      block.columns.length === 3 ? [1, 1, 1] : block.columns.length === 2 ? [1, 2] : [3];
    source.push([
      cell('信息内容', 'header'),
      ...block.columns.map((column, index) => {
        const text = labels[`act:col:${block.item}:${column.id}`];
        return cell(wrap ? wrapHeader(text) : text, 'header', spans[index]);
      }),
    ]);
    for (const row of block.rows) {
      source.push([
        cell(labels[`act:row:${row.id}`], 'label'),
        ...block.columns.map((column, index) =>
          valueCell(cells, activeKey(row.id, column.id), spans[index]),
        ),
      ]);
    }
  }
  return { table: 'active', width: 4, rows: place(4, source), headerRows: 0 };
}

/** Label text of a 表三 row as printed. */
export function applicationRowLabel(row: ApplicationRowSpec, labels: PrintedLabels): string {
  return labels[`app:${row.id}`];
}

/** 表三 on the logical 10-column grid (3 label columns + 7 applicant columns, §3.1). */
export function applicationsGrid(
  version: '2019' | '2021',
  cells: Readonly<Record<string, PrintedCell>>,
  labels: PrintedLabels,
  wrap: boolean,
): Grid {
  const head = (text: string, colSpan = 1, rowSpan = 1) =>
    cell(wrap ? wrapHeader(text) : text, 'header', colSpan, rowSpan);
  const organisations = APPLICANT_COLUMNS.filter((column) => column.organisation);
  const source: GridCell[][] = [
    [
      cell(APPLICATIONS_HEADER.balanceNote, 'header', 3, 3),
      head(APPLICATIONS_HEADER.applicantGroup, 7),
    ],
    [
      head('自然人', 1, 2),
      head(APPLICATIONS_HEADER.organisationGroup, 5),
      head(labels['app:col:total'], 1, 2),
    ],
    organisations.map((column) => head(column.label)),
  ];
  const rows = printedApplicationRows(version);
  const outcomeRows = rows.filter((row) => row.role === 'outcome' || row.role === 'outcome_total');
  let groupPlaced = false;
  const parentPlaced = new Set<string>();
  for (const row of rows) {
    const values = APPLICANT_COLUMNS.map((column) =>
      valueCell(cells, applicationKey(row.id, column.id)),
    );
    const label = applicationRowLabel(row, labels);
    if (row.role === 'received' || row.role === 'carried_forward') {
      source.push([cell(label, 'label', 3, 1, { level: 1 }), ...values]);
      continue;
    }
    const lead: GridCell[] = [];
    if (!groupPlaced) {
      lead.push(cell(labels['app:group'], 'label', 1, outcomeRows.length, { level: 1 }));
      groupPlaced = true;
    }
    if (row.level === 3 && row.parent) {
      if (!parentPlaced.has(row.parent)) {
        const children = rows.filter(
          (other) => other.parent === row.parent && other.level === 3,
        ).length;
        lead.push(cell(labels[`app:parent:${row.parent}`], 'label', 1, children, { level: 2 }));
        parentPlaced.add(row.parent);
      }
      source.push([...lead, cell(label, 'label', 1, 1, { level: 3 }), ...values]);
    } else {
      source.push([...lead, cell(label, 'label', 2, 1, { level: 2 }), ...values]);
    }
  }
  return { table: 'applications', width: 10, rows: place(10, source), headerRows: 3 };
}

/** 表四 on its 15-column grid with 3 header rows and one data row (§4). */
export function appealsGrid(
  cells: Readonly<Record<string, PrintedCell>>,
  labels: PrintedLabels,
  wrap: boolean,
): Grid {
  const result = (id: string, rowSpan = 1) =>
    cell(
      wrap ? wrapHeader(labels[`appeal:result:${id}`]) : labels[`appeal:result:${id}`],
      'header',
      1,
      rowSpan,
    );
  const [review, direct, after] = APPEAL_GROUPS;
  const source: GridCell[][] = [
    [
      cell(labels[`appeal:group:${review.id}`], 'header', 5),
      cell(direct.parentLabel ?? '行政诉讼', 'header', 10),
    ],
    [
      ...APPEAL_RESULTS.map((item) => result(item.id, 2)),
      cell(labels[`appeal:group:${direct.id}`], 'header', 5),
      cell(labels[`appeal:group:${after.id}`], 'header', 5),
    ],
    [
      ...APPEAL_RESULTS.map((item) => result(item.id)),
      ...APPEAL_RESULTS.map((item) => result(item.id)),
    ],
    APPEAL_GROUPS.flatMap((group) =>
      APPEAL_RESULTS.map((item) => valueCell(cells, appealKey(group.id, item.id))),
    ),
  ];
  return { table: 'appeals', width: 15, rows: place(15, source), headerRows: 3 };
}
