import { Descriptions, Empty, Tag } from 'antd';
import type { Correction, ReportCell, ReportDetail } from '../../data-access/report-types';
import { cellDisplay, statusValueText } from './cell-display';
import { cellName, locationText } from './cell-names';

export interface CellProvenanceProps {
  cellKey: string;
  cell: ReportCell | undefined;
  report: Pick<ReportDetail, 'formatVersion' | 'sourceFile'>;
  corrections: readonly Correction[];
}

const STATUS_WORDS: Record<string, string> = {
  number: '数字',
  blank: '空白',
  dash: '横线',
  unparseable: '无法识别',
  not_printed: '未印出',
};

/** Where a number came from: the file, the line or page, the text as printed, its corrections. */
export function CellProvenance({ cellKey, cell, report, corrections }: CellProvenanceProps) {
  const history = corrections.filter((correction) => correction.key === cellKey);
  const shown = cellDisplay(cell);
  return (
    <div className="cell-provenance" data-testid="cell-provenance">
      <p className="cell-provenance-name">{cellName(cellKey, report.formatVersion)}</p>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label="当前值">
          {shown.text === '' ? `（${STATUS_WORDS[shown.status]}）` : shown.text}
          {cell?.corrected ? (
            <Tag color="blue" className="cell-provenance-tag">
              已更正
            </Tag>
          ) : null}
        </Descriptions.Item>
        <Descriptions.Item label="来源文件">{report.sourceFile.fileName}</Descriptions.Item>
        <Descriptions.Item label="位置">{locationText(cell?.location ?? null)}</Descriptions.Item>
        <Descriptions.Item label="原文">
          {cell?.raw === null || cell?.raw === undefined ? (
            '（无）'
          ) : cell.raw === '' ? (
            '（空白）'
          ) : (
            <code className="cell-provenance-raw">{cell.raw}</code>
          )}
        </Descriptions.Item>
        {cell?.assignedBy ? (
          <Descriptions.Item label="识别方式">{cell.assignedBy}</Descriptions.Item>
        ) : null}
      </Descriptions>
      <p className="cell-provenance-sub">更正记录</p>
      {history.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未更正过" />
      ) : (
        <ol className="cell-provenance-history">
          {history.map((correction) => (
            <li key={correction.id}>
              {new Date(correction.createdAt).toLocaleString('zh-CN')} {correction.user}：
              {statusValueText(correction.oldValue, correction.oldStatus)} →{' '}
              {statusValueText(correction.newValue, correction.newStatus)}（{correction.reason}）
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
