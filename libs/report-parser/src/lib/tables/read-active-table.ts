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

const HEADER_LEAD = labelBody('信息内容');

interface BlockState {
  block: ActiveBlockSpec;
  /** Columns in the order the header printed them, when a header was read. */
  columns: ActiveColumnSpec[];
  /** Rows printed as header columns (a transposed block). */
  transposedRows: ActiveRowSpec[];
}

function findRow(
  blocks: readonly ActiveBlockSpec[],
  label: string,
): { block: ActiveBlockSpec; row: ActiveRowSpec } | null {
  for (const block of blocks) {
    const row = block.rows.find((spec) => matchesLabel(spec, label));
    if (row) return { block, row };
  }
  return null;
}

function readHeaderLabel(state: BlockState, label: string): boolean {
  if (labelBody(label) === HEADER_LEAD) return true;
  const column = state.block.columns.find((spec) => matchesLabel(spec, label));
  if (column) {
    if (!state.columns.includes(column)) state.columns.push(column);
    return true;
  }
  const row = state.block.rows.find((spec) => matchesLabel(spec, label));
  if (row && state.transposedRows.length > 0 && !state.transposedRows.includes(row)) {
    state.transposedRows.push(row);
    return true;
  }
  return false;
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

  for (const row of rows) {
    const labels = row.labels.map((item) => item.text);
    const captionAt = labels.findIndex((label) => parseArticle20Caption(label) !== null);
    if (captionAt >= 0) {
      const item = parseArticle20Caption(labels[captionAt]);
      const block = blocks.find((candidate) => candidate.item === item);
      state = block ? { block, columns: [], transposedRows: [] } : null;
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
      if (state && labels.every((text) => readHeaderLabel(state as BlockState, text))) {
        reading.lastRowIndex = row.index;
        continue;
      }
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
    }

    const located = state
      ? (findRow([state.block], label) ?? findRow(blocks, label))
      : findRow(blocks, label);
    if (located) {
      if (!state || state.block !== located.block)
        state = { block: located.block, columns: [], transposedRows: [] };
      readDataRow(reading, state, located.row, row, seenRows);
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
  return reading;
}

function readDataRow(
  reading: TableReading,
  state: BlockState,
  rowSpec: ActiveRowSpec,
  row: LogicalRow,
  seenRows: Set<string>,
): void {
  reading.found = true;
  reading.lastRowIndex = row.index;
  const columns = state.columns.length > 0 ? state.columns : [...state.block.columns];
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
  // The header fixed the order unless it was not read (one-cell-per-line dumps lose it sometimes).
  const complete = state.columns.length === state.block.columns.length;
  assignValues(reading, keys, row, complete ? 'header' : 'position');
}

function assignValues(
  reading: TableReading,
  keys: readonly string[],
  row: LogicalRow,
  assignedBy: 'header' | 'position',
): void {
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
