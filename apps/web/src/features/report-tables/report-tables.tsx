import { Alert, Popover } from 'antd';
import { PROBLEM_KIND_LABELS, type FormatVersion, type TableId } from '@ogi/report-schema';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { ReportCell, ReportDetail } from '../../data-access/report-types';
import { cellDisplay } from './cell-display';
import { CellProvenance } from './cell-provenance';
import { CELL_POPUP_CLASS, revealCell } from './reveal-cell';
import { tableLayout, type LayoutCell, type TableLayout } from './table-layout';
import './report-tables.css';

export interface ReportTablesProps {
  report: Pick<ReportDetail, 'cells' | 'formatVersion' | 'sourceFile' | 'corrections'>;
  /** Cells a failing rule involves. */
  failingKeys: ReadonlySet<string>;
  /** Cells read from a scan that await a person's confirmation (待人工核对). */
  reviewKeys?: ReadonlySet<string>;
  /** Cells to point out (those of the finding under the pointer). */
  highlightKeys?: ReadonlySet<string>;
  /** The cell whose provenance is open. */
  selectedKey: string | null;
  onSelect: (key: string | null) => void;
  /**
   * A cell chosen from outside the tables (a finding): it is scrolled into view with its popup.
   * A new object each time, so choosing the same cell again scrolls again.
   */
  reveal?: { key: string } | null;
  /** The cell under the pointer or keyboard focus, for showing its place in the original. */
  onHover?: (key: string | null) => void;
  /** More in the provenance box (the correction form on the report page). */
  provenanceExtra?: (key: string, cell: ReportCell | undefined) => ReactNode;
}

/** How a cell awaiting review is named in the tables (the problem kind's name). */
const REVIEW_MARK = PROBLEM_KIND_LABELS.needs_review;

const TABLE_ORDER: readonly TableId[] = ['active', 'applications', 'appeals'];

function versionOf(table: TableId, versions: ReportDetail['formatVersion']): FormatVersion | null {
  // 表四 is printed alike in both formats.
  return table === 'appeals' ? (versions.appeals === null ? null : '2021') : versions[table];
}

/** 表二, 表三 and 表四 of one report, drawn as the official template prints them. */
export function ReportTables(props: ReportTablesProps) {
  const cells = useMemo(
    () => new Map(props.report.cells.map((cell) => [cell.key, cell])),
    [props.report.cells],
  );
  return (
    <div className="report-tables">
      {TABLE_ORDER.map((table) => {
        const version = versionOf(table, props.report.formatVersion);
        const layout = version ? tableLayout(table, version) : null;
        return layout ? (
          <PrintedTable key={table} layout={layout} cells={cells} {...props} />
        ) : (
          <Alert
            key={table}
            type="warning"
            showIcon
            className="report-table-missing"
            title={`未在原文中识别到${tableLayout(table, '2021').title}`}
          />
        );
      })}
    </div>
  );
}

interface PrintedTableProps extends ReportTablesProps {
  layout: TableLayout;
  cells: ReadonlyMap<string, ReportCell>;
}

function PrintedTable({ layout, ...props }: PrintedTableProps) {
  return (
    <LayoutTable
      layout={layout}
      renderValue={(cellKey, colSpan, at) => (
        <ValueCell key={at} cellKey={cellKey} colSpan={colSpan} {...props} />
      )}
    />
  );
}

type CellProps = Omit<PrintedTableProps, 'layout'>;

/**
 * One official table as the template prints it: its headers and row labels from the layout, each
 * value cell drawn by `renderValue` (a number to inspect here, an input on the 填报 page).
 */
export function LayoutTable({
  layout,
  renderValue,
}: {
  layout: TableLayout;
  renderValue: (cellKey: string, colSpan: number | undefined, at: number) => ReactNode;
}) {
  const caption = `${layout.title} ${layout.heading}（${layout.version} 版格式）`;
  const draw = (cell: LayoutCell, at: number) =>
    cell.kind === 'value' ? renderValue(cell.key, cell.colSpan, at) : renderCell(cell, at);
  return (
    <figure className={`report-table report-table-${layout.table}`}>
      <figcaption>{caption}</figcaption>
      <div className="report-table-scroll">
        <table aria-label={caption}>
          {layout.head.length > 0 ? (
            <thead>
              {layout.head.map((row, index) => (
                <tr key={index}>{row.map(draw)}</tr>
              ))}
            </thead>
          ) : null}
          <tbody>
            {layout.body.map((row, index) => (
              <tr key={index}>{row.map(draw)}</tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

function renderCell(cell: Exclude<LayoutCell, { kind: 'value' }>, at: number) {
  const spans = {
    rowSpan: 'rowSpan' in cell ? cell.rowSpan : undefined,
    colSpan: 'colSpan' in cell ? cell.colSpan : undefined,
  };
  switch (cell.kind) {
    case 'head':
      return (
        <th key={at} scope="col" {...spans}>
          {cell.text}
        </th>
      );
    case 'caption':
      return (
        <th key={at} className="report-table-caption" scope="colgroup" {...spans}>
          {cell.text}
        </th>
      );
    case 'label':
      return (
        <th key={at} scope="row" className="report-table-label" {...spans}>
          {cell.text}
        </th>
      );
  }
}

function ValueCell({
  cellKey,
  colSpan,
  ...props
}: CellProps & { cellKey: string; colSpan?: number }) {
  const cell = props.cells.get(cellKey);
  const shown = cellDisplay(cell);
  const failing = props.failingKeys.has(cellKey);
  const awaiting = props.reviewKeys?.has(cellKey) ?? false;
  const classes = [
    'report-value',
    `report-value-${shown.status}`,
    cell?.corrected ? 'report-value-corrected' : '',
    failing ? 'report-value-failing' : '',
    awaiting ? 'report-value-review' : '',
    props.highlightKeys?.has(cellKey) ? 'report-value-highlight' : '',
    props.selectedKey === cellKey ? 'report-value-selected' : '',
  ].filter(Boolean);
  const box = useRef<HTMLTableCellElement>(null);
  const revealed = props.reveal?.key === cellKey ? props.reveal : null;
  useEffect(() => (revealed && box.current ? revealCell(box.current) : undefined), [revealed]);
  const marks = [
    cell?.corrected ? '已更正' : '',
    failing ? '未通过校验' : '',
    awaiting ? REVIEW_MARK : '',
  ].filter(Boolean);
  return (
    <td
      ref={box}
      className={classes.join(' ')}
      colSpan={colSpan}
      data-key={cellKey}
      title={awaiting ? `${REVIEW_MARK}：请对照原图确认或更正` : undefined}
    >
      <Popover
        classNames={{ root: CELL_POPUP_CLASS }}
        trigger="click"
        open={props.selectedKey === cellKey}
        onOpenChange={(open) => props.onSelect(open ? cellKey : null)}
        destroyOnHidden
        title="数据来源"
        content={
          <>
            <CellProvenance
              cellKey={cellKey}
              cell={cell}
              report={props.report}
              corrections={props.report.corrections}
            />
            {props.provenanceExtra?.(cellKey, cell)}
          </>
        }
      >
        <button
          type="button"
          className="report-value-button"
          aria-label={`${shown.description}${marks.length ? `（${marks.join('，')}）` : ''}，查看来源`}
          onMouseEnter={() => props.onHover?.(cellKey)}
          onMouseLeave={() => props.onHover?.(null)}
          onFocus={() => props.onHover?.(cellKey)}
          onBlur={() => props.onHover?.(null)}
        >
          {shown.text}
          {awaiting ? (
            <span className="report-value-review-icon" aria-hidden="true">
              ?
            </span>
          ) : null}
        </button>
      </Popover>
    </td>
  );
}
