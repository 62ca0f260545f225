import {
  APPLICANT_COLUMN_IDS,
  applicationKey,
  fullApplicationRowLabel,
  type ApplicantColumnId,
  type CellValue,
  type FormatVersion,
} from '@ogi/report-schema';
import { ownLabel, type LogicalRow } from '../layout/logical-rows';
import type { Token } from '../layout/token-rows';
import { finding, type Assignment } from '../parsed-report';
import { alignShortRows, type ShortRow } from './align-applicant-values';
import { joinWrappedLabels } from './join-wrapped-labels';
import { placeGluedRows, type PendingGluedRow } from './place-glued-rows';
import { placeUnlabelledRows, type PrintedRow } from './unlabelled-rows';
import {
  applicationRowLabel,
  applicantColumnOf,
  headerSlots,
  isHeaderLabel,
  placeByHeader,
  recogniseApplicationRow,
  specificRow,
  type RowContext,
} from './applications-rows';
import {
  cellFromToken,
  emptyReading,
  fitValues,
  notPrintedCell,
  type TableReading,
} from './table-reading';

const COLUMN_COUNT = APPLICANT_COLUMN_IDS.length;

function assignRow(
  reading: TableReading,
  rowId: string,
  placed: ReadonlyMap<ApplicantColumnId, Token>,
  assignedBy: Assignment,
): void {
  for (const column of APPLICANT_COLUMN_IDS) {
    const key = applicationKey(rowId, column);
    const item = placed.get(column);
    reading.cells.set(key, item ? cellFromToken(key, item, assignedBy) : notPrintedCell(key));
  }
}

function inOrder(
  values: readonly Token[],
  columns: readonly ApplicantColumnId[],
): Map<ApplicantColumnId, Token> {
  return new Map(values.map((item, position) => [columns[position], item]));
}

function fixedValues(reading: TableReading): Record<string, CellValue> {
  const values: Record<string, CellValue> = {};
  for (const cell of reading.cells.values())
    values[cell.key] = { value: cell.value, status: cell.status };
  return values;
}

/**
 * Reads 表三 (§3): rows are found by their label keywords, with rowspan parents carried down; a
 * row's 7 values are placed by the header's grid slots when the header gives them, by position when
 * all 7 are printed, and otherwise by the alignment the row and column rules accept (§7.4).
 */
export function readApplicationsTable(
  rows: readonly LogicalRow[],
  version: FormatVersion,
): TableReading {
  const reading = emptyReading('applications');
  const context: RowContext = { inOutcomes: false, parent: null, dataSeen: false };
  const headerRows: LogicalRow[] = [];
  let slots: Map<number, ApplicantColumnId> | null | undefined;
  let valueStart = 0;
  const shortRows: ShortRow[] = [];
  const gluedRows: PendingGluedRow[] = [];
  const printedRows: PrintedRow[] = [];
  const seen = new Set<string>();

  const joined = joinWrappedLabels(rows, (label) => specificRow(label, version)?.id ?? null);
  for (const row of joined) {
    const spec = recogniseApplicationRow(row, context, version, seen);
    if (!spec) {
      const loose = row.values.filter((item) => item.kind === 'value');
      if (context.dataSeen && row.labels.length === 0 && loose.length > 0) {
        if (!takeValuesPrintedApart(reading, printedRows, shortRows, loose, version))
          printedRows.push({ kind: 'unlabelled', values: loose });
        continue;
      }
      if (!context.dataSeen && row.labels.some((label) => isHeaderLabel(label.text))) {
        headerRows.push(row);
        reading.found = true;
        reading.lastRowIndex = row.index;
      } else if (
        context.dataSeen &&
        row.values.some((item) => item.kind === 'value') &&
        row.labels.length > 0
      ) {
        reading.findings.push(
          finding('unknown_row', 'warning', `表三无法识别的行“${ownLabel(row)}”`, {
            table: 'applications',
            location: row.location,
          }),
        );
      }
      continue;
    }
    reading.found = true;
    reading.lastRowIndex = row.index;
    if (seen.has(spec.id)) {
      reading.findings.push(
        finding(
          'duplicate_row',
          'warning',
          `表三“${fullApplicationRowLabel(spec)}”行重复出现，取第一次`,
          { table: 'applications', location: row.location },
        ),
      );
      continue;
    }
    seen.add(spec.id);
    printedRows.push({
      kind: 'row',
      rowId: spec.id,
      withValues: row.values.some((item) => item.kind === 'value'),
    });
    if (context.bySimilarity) {
      reading.findings.push(
        finding(
          'label_variant',
          'info',
          `表三“${ownLabel(row)}”与模板行名不同，按序号和相近的行名识别为“${fullApplicationRowLabel(spec)}”`,
          {
            table: 'applications',
            location: row.location,
            keys: APPLICANT_COLUMN_IDS.map((column) => applicationKey(spec.id, column)),
          },
        ),
      );
    }
    if (slots === undefined) {
      slots = headerSlots(headerRows);
      valueStart = firstValueSlot(headerRows);
    }

    const values = row.positional
      ? row.values.filter((item) => item.slot >= valueStart)
      : row.values.filter((item) => item.kind === 'value');
    const runs = values.filter((item) => item.kind === 'value');
    if (row.glued && runs.length > 0 && runs.length < COLUMN_COUNT) {
      gluedRows.push({
        label: fullApplicationRowLabel(spec),
        keys: APPLICANT_COLUMN_IDS.map((column) => applicationKey(spec.id, column)),
        runs,
      });
      continue;
    }
    const byHeader = row.positional && slots ? placeByHeader(values, slots) : null;
    if (byHeader) {
      assignRow(reading, spec.id, byHeader, 'header');
      continue;
    }
    const { fitted, extra } = fitValues(values, COLUMN_COUNT);
    if (extra.length > 0) {
      reading.findings.push(
        finding(
          'extra_values',
          'warning',
          `表三“${fullApplicationRowLabel(spec)}”行多出 ${extra.length} 个数值`,
          { table: 'applications', location: extra[0].location },
        ),
      );
    }
    const printed = fitted.filter((item) => item.kind !== 'empty');
    if (fitted.length === COLUMN_COUNT) {
      assignRow(reading, spec.id, inOrder(fitted, APPLICANT_COLUMN_IDS), 'position');
    } else if (printed.length === 0) {
      assignRow(reading, spec.id, new Map(), 'position');
    } else {
      assignRow(reading, spec.id, new Map(), 'position');
      shortRows.push({ rowId: spec.id, values: printed });
    }
  }

  placeGluedRows(reading, gluedRows, version);
  if (shortRows.length > 0) placeShortRows(reading, shortRows, version);
  placeUnlabelledRows(reading, printedRows, version);
  return reading;
}

/**
 * A row whose label printed one or two stray numbers, followed at once by a full row of 7 values
 * without a label (a PDF converted to Markdown separates a row's numbers from its wrapped label):
 * the full row is that row's, and the stray numbers are not used.
 */
function takeValuesPrintedApart(
  reading: TableReading,
  printed: PrintedRow[],
  shortRows: ShortRow[],
  values: readonly Token[],
  version: FormatVersion,
): boolean {
  const last = printed[printed.length - 1];
  const short = shortRows[shortRows.length - 1];
  if (values.length !== COLUMN_COUNT || last?.kind !== 'row' || short?.rowId !== last.rowId)
    return false;
  shortRows.pop();
  assignRow(reading, short.rowId, inOrder(values, APPLICANT_COLUMN_IDS), 'position');
  reading.findings.push(
    finding(
      'extra_values',
      'warning',
      `表三“${applicationRowLabel(short.rowId, version)}”行的数值与行名分开印出：按其后无行名的一行“${values.map((item) => item.text).join('|')}”读取，行名旁的“${short.values.map((item) => item.text).join(' ')}”未采用`,
      {
        table: 'applications',
        location: values[0].location,
        keys: APPLICANT_COLUMN_IDS.map((column) => applicationKey(short.rowId, column)),
      },
    ),
  );
  return true;
}

/**
 * The grid slot of 自然人 in a positional header: value cells start there, whatever empty cells
 * the label's colspan left before it.
 */
function firstValueSlot(headerRows: readonly LogicalRow[]): number {
  const slots = headerRows
    .filter((row) => row.positional)
    .flatMap((row) =>
      row.labels
        .filter((label) => applicantColumnOf(label.text) === 'natural_person')
        .map((label) => label.slot),
    );
  return slots.length > 0 ? Math.min(...slots) : 0;
}

function placeShortRows(
  reading: TableReading,
  shortRows: readonly ShortRow[],
  version: FormatVersion,
): void {
  const { choices, ambiguousKeys } = alignShortRows(shortRows, fixedValues(reading), version);
  const missingKeys: string[] = [];
  choices.forEach((choice, index) => {
    const placed = inOrder(shortRows[index].values, choice.columns);
    for (const column of APPLICANT_COLUMN_IDS) {
      const key = applicationKey(choice.rowId, column);
      const item = placed.get(column);
      reading.cells.set(
        key,
        item
          ? cellFromToken(key, item, choice.assignedBy[column] ?? 'default')
          : notPrintedCell(key),
      );
      if (!item) missingKeys.push(key);
    }
  });
  const sizes = [...new Set(shortRows.map((row) => row.values.length))].sort().join('、');
  const labels = shortRows
    .slice(0, 3)
    .map((row) => `“${applicationRowLabel(row.rowId, version)}”`)
    .join('、');
  const byRules = choices.every((choice) =>
    Object.values(choice.assignedBy).every((by) => by === 'rules'),
  );
  reading.findings.push(
    finding(
      'partial_row',
      'info',
      `表三有 ${shortRows.length} 行只印出 ${sizes} 个数值（如${labels}${shortRows.length > 3 ? '等' : ''}），${byRules ? '已按勾稽关系对齐' : '已按从左到右对齐'}，其余 ${missingKeys.length} 个单元格视为未印出`,
      { table: 'applications', location: shortRows[0].values[0].location, keys: missingKeys },
    ),
  );
  if (ambiguousKeys.length > 0) {
    reading.findings.push(
      finding(
        'alignment_ambiguous',
        'warning',
        `表三有 ${ambiguousKeys.length} 个单元格的列位置无法由勾稽关系确定，已按从左到右对齐，请核对`,
        {
          table: 'applications',
          keys: ambiguousKeys,
        },
      ),
    );
  }
}
