import { APPLICANT_COLUMNS, APPLICATIONS_HEADER } from '@ogi/report-schema';
import type { DocBlock } from '../document';
import type { Grid, GridCell } from '../grids';
import type { PrintedCell } from '../model';
import { rowTexts } from './text-grid';

/** Values of a data row that the 8-column grid carries (cells not marked not_printed), in order. */
function carried(
  row: readonly (GridCell | null)[],
  cells: Readonly<Record<string, PrintedCell>>,
): string[] {
  return row
    .filter((item): item is GridCell => item !== null && item.role === 'value')
    .filter((item) => cells[item.key as string]?.status !== 'not_printed')
    .map((item) => item.text);
}

/**
 * 表三 on the truncated 8-column grid of the sample report (§7.4): 总计 shares the 8th column with
 * 其他 in the header, rows whose label takes 2 cells print 6 values and sub-item rows print 5.
 * Which logical columns are lost is decided by the generator (cells marked not_printed).
 */
function applications8(
  grid: Grid,
  cells: Readonly<Record<string, PrintedCell>>,
  totalLabel: string,
): string[] {
  const organisations = APPLICANT_COLUMNS.filter((column) => column.organisation).map(
    (column) => column.label,
  );
  const lines = [
    [
      APPLICATIONS_HEADER.balanceNote.replace(/^（/, '(').replace(/）$/, ')'),
      '',
      APPLICATIONS_HEADER.applicantGroup,
      '',
      '',
      '',
      '',
      '',
    ].join('\t'),
    ['', '', '自然人', APPLICATIONS_HEADER.organisationGroup, '', '', '', totalLabel].join('\t'),
    ['', '', '', ...organisations].join('\t'),
  ];
  for (const row of grid.rows.slice(grid.headerRows)) {
    const labels = row.slice(0, 3).map((item) => (item && item.role === 'label' ? item : null));
    const values = carried(row, cells);
    if (labels.some((item) => item?.level === 3)) {
      lines.push(
        [labels[0]?.text ?? '', labels[1]?.text ?? '', labels[2]?.text ?? '', ...values].join('\t'),
      );
    } else if (labels[0]?.level === 1 && labels[0].colSpan === 3) {
      lines.push([labels[0].text, '', ...values].join('\t'));
    } else {
      const level2 = row.slice(0, 3).find((item) => item?.level === 2);
      lines.push([labels[0]?.text ?? '', level2?.text ?? '', ...values].join('\t'));
    }
  }
  return lines;
}

export function renderTab8(
  blocks: readonly DocBlock[],
  cells: Readonly<Record<string, PrintedCell>>,
  totalLabel: string,
): string {
  const out: string[] = ['', ''];
  for (const block of blocks) {
    if (block.type === 'text') {
      out.push(block.text, '');
      continue;
    }
    if (block.grid.table === 'applications')
      out.push(...applications8(block.grid, cells, totalLabel));
    else for (const row of block.grid.rows) out.push(rowTexts(row).join('\t'));
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
