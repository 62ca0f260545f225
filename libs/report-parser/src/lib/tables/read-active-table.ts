import {
  ACTIVE_LAYOUTS,
  activeKey,
  labelBody,
  matchesLabel,
  parseArticle20Caption,
  type ActiveBlockSpec,
  type ActiveColumnSpec,
  type ActiveRowSpec,
  type FormatVersion,
} from '@ogi/report-schema';
import { ownLabel, type LogicalRow } from '../layout/logical-rows';
import { finding } from '../parsed-report';
import {
  cellFromToken,
  emptyReading,
  fitValues,
  notPrintedCell,
  type TableReading,
} from './table-reading';
import { placeGluedRows, type PendingGluedRow } from './place-glued-rows';

const HEADER_LEAD = labelBody('信息内容');

interface BlockState {
  block: ActiveBlockSpec;
  /** Header text read so far, label bodies joined: cells wrap and split in every layout. */
  headerText: string;
  /** Columns in the order the header printed them, when a header was read. */
  columns: ActiveColumnSpec[];
  /** Rows printed as header columns (a transposed block). */
  transposedRows: ActiveRowSpec[];
}

function newState(block: ActiveBlockSpec): BlockState {
  return { block, headerText: '', columns: [], transposedRows: [] };
}

/**
 * A note in brackets after a label (`规章(设区的市、自治州人民政府应提供相关数据)`, Hubei's
 * instructions) may name another row (`其他对外管理服务事项(指行政许可以外的…)`): the label
 * is matched without it first.
 */
const LEADING_NUMBERING = /^\s*[(（][^)）]*[)）]/;

function withoutTrailingNote(label: string): string {
  const leading = LEADING_NUMBERING.exec(label)?.[0].length ?? 0;
  const at = label.slice(leading).search(/[(（]/);
  return at > 0 ? label.slice(0, leading + at) : label;
}

function findRow(
  blocks: readonly ActiveBlockSpec[],
  label: string,
): { block: ActiveBlockSpec; row: ActiveRowSpec } | null {
  const bare = withoutTrailingNote(label);
  if (bare !== label && bare.trim().length > 0) {
    const found = findRowByLabel(blocks, bare);
    if (found) return found;
  }
  return findRowByLabel(blocks, label);
}

function findRowByLabel(
  blocks: readonly ActiveBlockSpec[],
  label: string,
): { block: ActiveBlockSpec; row: ActiveRowSpec } | null {
  for (const block of blocks) {
    const row = block.rows.find((spec) => matchesLabel(spec, label));
    if (row) return { block, row };
  }
  return null;
}

/** Where a column's label first appears in the header text, or -1. */
function positionIn(headerText: string, column: ActiveColumnSpec): number {
  const positions = [...column.keywords, ...[column.label, ...column.variants].map(labelBody)]
    .map((keyword) => headerText.indexOf(keyword))
    .filter((position) => position >= 0);
  return positions.length > 0 ? Math.min(...positions) : -1;
}

/**
 * Adds a header row to the block's header and re-reads the column order from the whole header
 * text, so that a header printed on one line, one cell per line, or with cells wrapped over two
 * lines (上一年项 / 目数量) gives the same columns.
 */
function readHeaderRow(state: BlockState, labels: readonly string[]): void {
  state.headerText += labels.map(labelBody).join('');
  state.columns = state.block.columns
    .map((column) => ({ column, position: positionIn(state.headerText, column) }))
    .filter((entry) => entry.position >= 0)
    .sort((a, b) => a.position - b.position)
    .map((entry) => entry.column);
}

/**
 * Reads 表二 (§2): caption rows 第二十条第（N）项 open a block, the 信息内容 header fixes the column
 * order, data rows are found by their label. Values are assigned in header order.
 */
export function readActiveTable(rows: readonly LogicalRow[], version: FormatVersion): TableReading {
  const reading = emptyReading('active');
  const blocks = ACTIVE_LAYOUTS[version];
  let state: BlockState | null = null;
  const seenRows = new Set<string>();
  const glued: PendingGluedRow[] = [];

  for (const row of rows) {
    const labels = row.labels.map((item) => item.text);
    const captionAt = labels.findIndex((label) => parseArticle20Caption(label) !== null);
    if (captionAt >= 0) {
      const item = parseArticle20Caption(labels[captionAt]);
      const block = blocks.find((candidate) => candidate.item === item);
      state = block ? newState(block) : null;
      reading.found = true;
      reading.lastRowIndex = row.index;
      if (!block) {
        reading.findings.push(
          finding(
            'unknown_row',
            'warning',
            `表二第二十条第（${item}）项不属于 ${version} 年版格式`,
            { table: 'active', location: row.location },
          ),
        );
      }
      continue;
    }
    const label = ownLabel(row);
    if (!label) continue;

    if (row.values.length === 0) {
      // A transposed block prints its rows (规章, 行政规范性文件) as header columns.
      if (
        state &&
        labels.length > 1 &&
        labels.every(
          (text) =>
            labelBody(text) === HEADER_LEAD ||
            state?.block.rows.some((spec) => matchesLabel(spec, text)),
        )
      ) {
        state.transposedRows = labels.flatMap(
          (text) => state?.block.rows.filter((spec) => matchesLabel(spec, text)) ?? [],
        );
        continue;
      }
      if (state && !findRow(blocks, label)) {
        readHeaderRow(state, labels);
        reading.lastRowIndex = row.index;
        continue;
      }
    }

    const located = state
      ? (findRow([state.block], label) ?? findRow(blocks, label))
      : findRow(blocks, label);
    if (located) {
      if (!state || state.block !== located.block) state = newState(located.block);
      readDataRow(reading, state, located.row, row, seenRows, glued);
      continue;
    }
    if (state && state.transposedRows.length > 0) {
      const column = state.block.columns.find((spec) => matchesLabel(spec, label));
      if (column) {
        assignValues(
          reading,
          state.transposedRows.map((spec) => activeKey(spec.id, column.id)),
          row,
          'header',
          glued,
        );
        continue;
      }
    }
    if (state && row.values.some((item) => item.kind === 'value')) {
      reading.findings.push(
        finding('unknown_row', 'warning', `表二无法识别的行“${label}”`, {
          table: 'active',
          location: row.location,
        }),
      );
    }
  }
  placeGluedRows(reading, glued, version);
  return reading;
}

function readDataRow(
  reading: TableReading,
  state: BlockState,
  rowSpec: ActiveRowSpec,
  row: LogicalRow,
  seenRows: Set<string>,
  glued: PendingGluedRow[],
): void {
  reading.found = true;
  reading.lastRowIndex = row.index;
  // Only a header that named every column fixes the order: wrapped header cells printed side by
  // side (本年制 本年废 / 发件数 止件数) interleave, and a partial reading would misplace values.
  const complete = state.columns.length === state.block.columns.length;
  const columns = complete ? state.columns : [...state.block.columns];
  const keys = columns.map((column) => activeKey(rowSpec.id, column.id));
  const rowKey = `${state.block.item}:${rowSpec.id}`;
  if (seenRows.has(rowKey)) {
    reading.findings.push(
      finding('duplicate_row', 'warning', `表二“${rowSpec.label}”行重复出现，取第一次`, {
        table: 'active',
        location: row.location,
        keys,
      }),
    );
    return;
  }
  seenRows.add(rowKey);
  assignValues(reading, keys, row, complete ? 'header' : 'position', glued);
}

function assignValues(
  reading: TableReading,
  keys: readonly string[],
  row: LogicalRow,
  assignedBy: 'header' | 'position',
  glued: PendingGluedRow[],
): void {
  const runs = row.values.filter((item) => item.kind === 'value');
  if (row.glued && runs.length > 0 && runs.length < keys.length) {
    glued.push({ label: ownLabel(row), keys, runs });
    return;
  }
  const { fitted, extra } = fitValues(row.values, keys.length);
  keys.forEach((key, position) => {
    const item = fitted[position];
    reading.cells.set(key, item ? cellFromToken(key, item, assignedBy) : notPrintedCell(key));
  });
  if (extra.length > 0) {
    reading.findings.push(
      finding(
        'extra_values',
        'warning',
        `表二“${ownLabel(row)}”行多出 ${extra.length} 个数值：${extra.map((item) => item.text).join('、')}`,
        {
          table: 'active',
          location: extra[0].location,
          keys: [...keys],
        },
      ),
    );
  }
  const printed = fitted.filter((item) => item.kind !== 'empty').length;
  if (fitted.length < keys.length && printed > 0) {
    reading.findings.push(
      finding(
        'partial_row',
        'warning',
        `表二“${ownLabel(row)}”行只印出 ${fitted.length} 个数值，应有 ${keys.length} 个`,
        {
          table: 'active',
          location: row.location,
          keys: keys.slice(fitted.length),
        },
      ),
    );
  }
}
