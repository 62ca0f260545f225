import { Alert, Button, Popconfirm } from 'antd';
import { PROBLEM_KIND_LABELS } from '@ogi/report-schema';
import { ErrorAlert } from '../../app/load-states';
import { useCan } from '../../app/session-context';
import { useConfirmAll, useCorrectCell } from '../../data-access/report-queries';
import type { ReportCell } from '../../data-access/report-types';

/** The reason recorded when a person confirms one cell as read. */
export const CONFIRM_REASON = '确认：与原图核对无误';

/** "3 个单元格待人工核对", the report's status line for a scan awaiting review. */
export function reviewStatusText(count: number): string {
  return `${count} 个单元格${PROBLEM_KIND_LABELS.needs_review}`;
}

export interface ConfirmCellProps {
  reportId: number;
  cellKey: string;
  cell: ReportCell;
  onDone: () => void;
}

/**
 * 确认: the cell is right as read. A correction with the value unchanged, so the audit trail
 * says who confirmed it, and the cell no longer awaits review.
 */
export function ConfirmCell({ reportId, cellKey, cell, onDone }: ConfirmCellProps) {
  const correct = useCorrectCell(reportId);
  const status = cell.status === 'blank' || cell.status === 'dash' ? cell.status : 'number';
  // A cell that could not be read as a number has nothing to confirm: it can only be corrected;
  // a derived sum is confirmed with its parts.
  const derived = cell.assignedBy === 'derived';
  const confirmable = !derived && (status !== 'number' || cell.value !== null);
  return (
    <div className="cell-review" data-testid="cell-review">
      <Alert
        type="info"
        showIcon
        title={`${PROBLEM_KIND_LABELS.needs_review}：请对照左侧原图`}
        description={
          derived
            ? '此数由其他单元格相加得出：请确认或更正标为待人工核对的组成单元格。'
            : '与原图一致请点“确认”，不一致请在下方更正。'
        }
      />
      {correct.isError ? <ErrorAlert title="确认未保存" error={correct.error} /> : null}
      {confirmable ? (
        <Button
          type="primary"
          loading={correct.isPending}
          onClick={() =>
            // Awaited, not mutate's callback: the cell stops awaiting review once the report is
            // updated, which unmounts this button before a callback would run.
            void correct
              .mutateAsync({
                key: cellKey,
                value: status === 'number' ? cell.value : null,
                status,
                reason: CONFIRM_REASON,
              })
              .then(onDone, () => undefined)
          }
        >
          确认
        </Button>
      ) : null}
    </div>
  );
}

export interface ConfirmAllProps {
  reportId: number;
  /** Cells still awaiting review. */
  count: number;
  onDone: (count: number) => void;
}

/** 全部确认 for an editor: every remaining cell confirmed as read, after a confirmation dialog. */
export function ConfirmAll({ reportId, count, onDone }: ConfirmAllProps) {
  const confirmAll = useConfirmAll(reportId);
  const mayEdit = useCan('editor');
  if (!mayEdit || count === 0) return null;
  return (
    <>
      <Popconfirm
        title={`确认其余 ${count} 个单元格？`}
        description="将按识别结果确认所有待人工核对的单元格，每个单元格记入更正记录。"
        okText="全部确认"
        cancelText="取消"
        // Awaited: the button goes once nothing awaits review, before a callback would run.
        onConfirm={() =>
          void confirmAll.mutateAsync().then(
            () => onDone(count),
            () => undefined,
          )
        }
      >
        <Button loading={confirmAll.isPending}>全部确认</Button>
      </Popconfirm>
      {confirmAll.isError ? <ErrorAlert title="未能全部确认" error={confirmAll.error} /> : null}
    </>
  );
}
