import type { CellStatus } from '@ogi/report-schema';
import type { ReportCell } from '../../data-access/report-types';

export interface CellDisplay {
  /** What the printed table shows in the cell. */
  text: string;
  status: CellStatus;
  /** Plain words for assistive technology and tooltips. */
  description: string;
}

const DASH = '—';

/**
 * A cell as it was printed: a number as the number, a blank stays blank, a dash stays the printed
 * dash; an unreadable cell shows its raw text, a cell the report does not print stays empty.
 */
export function cellDisplay(cell: ReportCell | undefined): CellDisplay {
  if (!cell) return { text: '', status: 'not_printed', description: '未印出' };
  switch (cell.status) {
    case 'number':
      return {
        text: cell.value === null ? '' : String(cell.value),
        status: 'number',
        description: cell.value === null ? '空' : `数值 ${cell.value}`,
      };
    case 'blank':
      return { text: '', status: 'blank', description: '空白' };
    case 'dash':
      return { text: cell.raw?.trim() || DASH, status: 'dash', description: '横线（未填数字）' };
    case 'unparseable':
      return {
        text: cell.raw ?? '',
        status: 'unparseable',
        description: `无法识别：${cell.raw ?? ''}`,
      };
    case 'not_printed':
      return { text: '', status: 'not_printed', description: '未印出' };
  }
}

/** The status words used for old and new values in the audit trail. */
export function statusValueText(value: number | null, status: CellStatus | null): string {
  if (status === null) return '（无此单元格）';
  if (status === 'number' && value !== null) return String(value);
  if (status === 'blank') return '（空白）';
  if (status === 'dash') return DASH;
  if (status === 'unparseable') return '（无法识别）';
  return '（未印出）';
}
