import { Button, Empty, Tag } from 'antd';
import type { ReportFormatVersions } from '../../data-access/report-types';
import { cellName } from './cell-names';
import type { PlainFinding } from './findings';

const SEVERITY = {
  error: { color: 'red', text: '错误' },
  warning: { color: 'orange', text: '提示' },
  info: { color: 'blue', text: '说明' },
} as const;

export interface FindingsListProps {
  findings: readonly PlainFinding[];
  versions: ReportFormatVersions;
  /** Last year's formats, for naming the cells of cross-year findings. */
  previousVersions?: ReportFormatVersions | null;
  emptyText: string;
  /** The finding under the pointer: its cells are highlighted in the tables. */
  onFocus?: (keys: string[] | null) => void;
  /** Open a cell's provenance. */
  onSelectCell?: (key: string) => void;
}

/** Findings in plain words, each with the cells involved (a click opens the cell). */
export function FindingsList(props: FindingsListProps) {
  if (props.findings.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={props.emptyText} />;
  }
  return (
    // A plain list: antd's List is deprecated and warns on every render.
    <ul className="findings-list">
      {props.findings.map((finding) => (
        <li
          key={finding.id}
          className="findings-list-item"
          onMouseEnter={() => props.onFocus?.(finding.keys)}
          onMouseLeave={() => props.onFocus?.(null)}
        >
          <div className="finding">
            <div>
              <Tag color={SEVERITY[finding.severity].color}>{SEVERITY[finding.severity].text}</Tag>
              <strong>{finding.title}</strong>
            </div>
            <p className="finding-message">{finding.message}</p>
            {finding.keys.length + finding.previousYearKeys.length > 0 ? (
              <ul className="finding-cells" aria-label="涉及的单元格">
                {finding.keys.map((key) => (
                  <li key={key}>
                    <Button
                      type="link"
                      size="small"
                      onClick={() => props.onSelectCell?.(key)}
                      onFocus={() => props.onFocus?.([key])}
                      onBlur={() => props.onFocus?.(null)}
                    >
                      {cellName(key, props.versions)}
                    </Button>
                  </li>
                ))}
                {finding.previousYearKeys.map((key) => (
                  <li key={`previous-${key}`} className="finding-previous">
                    上一年度：{cellName(key, props.previousVersions ?? props.versions)}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
