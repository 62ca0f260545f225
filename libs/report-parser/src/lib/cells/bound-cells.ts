import { boundProblem, describeBoundZh, fieldByKey, valueBounds } from '@ogi/report-schema';
import { finding } from '../parsed-report';
import { tableName } from '../tables/table-name';
import type { TableReading } from '../tables/table-reading';

/**
 * Numbers no real report prints (beyond the schema's bounds, fractions of a count, more decimals
 * than 分): a misreading or a hostile file. The cell keeps its printed text but no value
 * (`unparseable`), so no sum or rule reads it, and an `out_of_range` error names it.
 */
export function boundCells(reading: TableReading): void {
  for (const [key, cell] of reading.cells) {
    if (cell.status !== 'number' || cell.value === null) continue;
    const field = fieldByKey(key);
    if (!field) continue;
    const bounds = valueBounds(field);
    const problem = boundProblem(cell.value, bounds);
    if (!problem) continue;
    reading.cells.set(key, { ...cell, value: null, status: 'unparseable' });
    reading.findings.push(
      finding(
        'out_of_range',
        'error',
        `${tableName(reading.table)}“${field.row}”×“${field.column}”印为“${cell.raw ?? cell.value}”，${describeBoundZh(problem, bounds)}：未录入`,
        { table: reading.table, keys: [key], location: cell.location },
      ),
    );
  }
}
