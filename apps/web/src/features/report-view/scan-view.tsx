import { Button, Pagination, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { pageImageUrl } from '../../data-access/report-queries';
import type { ReportPage, SourceLocation } from '../../data-access/report-types';
import { locationText } from '../report-tables/cell-names';

export interface ScanViewProps {
  reportId: number;
  fileName: string;
  /** The stored page images, in page order (at least one). */
  pages: readonly ReportPage[];
  /** Where the cell under the pointer (or the chosen cell) was read: its page and word box. */
  location: SourceLocation | null;
}

/** Zoom steps: 1 is the page fitted to the panel's width. */
const ZOOMS = [1, 1.5, 2, 3] as const;

/** A word box as a share of the page, so it sits on the image at any zoom. */
function boxStyle(box: readonly number[], page: ReportPage) {
  const [x0, y0, x1, y1] = box;
  const percent = (value: number, of: number) => `${(value / of) * 100}%`;
  return {
    left: percent(x0, page.pageWidth),
    top: percent(y0, page.pageHeight),
    width: percent(x1 - x0, page.pageWidth),
    height: percent(y1 - y0, page.pageHeight),
  };
}

/**
 * A scanned original as the page images OCR read, beside the tables: a page switcher, zoom from
 * fitted to the panel's width up to 3×, and the box of the cell pointed at outlined and scrolled
 * into view (the panel scrolls, never the page).
 */
export function ScanView({ reportId, fileName, pages, location }: ScanViewProps) {
  // The page follows the last cell pointed at; paging by hand holds until another page is pointed.
  const [shown, setShown] = useState<{ page: number; located?: number }>({
    page: pages[0].page,
  });
  const [zoom, setZoom] = useState<(typeof ZOOMS)[number]>(1);
  const located = location?.page;
  if (located !== undefined && located !== shown.located && pages.some((p) => p.page === located))
    setShown({ page: located, located });
  const page = pages.find((candidate) => candidate.page === shown.page) ?? pages[0];
  const box = location?.page === page.page ? location.box : undefined;

  const scroller = useRef<HTMLDivElement>(null);
  const outline = useRef<HTMLDivElement>(null);
  const [loaded, setLoaded] = useState<string | null>(null);
  const url = pageImageUrl(reportId, page.page);
  useEffect(() => {
    const view = scroller.current;
    const mark = outline.current;
    if (!view || !mark || loaded !== url) return;
    view.scrollTo({
      top: Math.max(mark.offsetTop + mark.offsetHeight / 2 - view.clientHeight / 2, 0),
      left: Math.max(mark.offsetLeft + mark.offsetWidth / 2 - view.clientWidth / 2, 0),
    });
  }, [box, zoom, loaded, url]);

  const step = (by: number) => {
    const next = ZOOMS[ZOOMS.indexOf(zoom) + by];
    if (next !== undefined) setZoom(next);
  };
  return (
    <section className="source-view scan-view" aria-label="原文页面图像">
      <header className="source-view-head">
        <span className="source-view-name" title={fileName}>
          {fileName}
        </span>
        <Button size="small" href={`/api/reports/${reportId}/original`} download>
          下载原文件
        </Button>
      </header>
      <div className="scan-view-tools">
        {pages.length > 1 ? (
          <Pagination
            simple
            size="small"
            current={pages.indexOf(page) + 1}
            total={pages.length}
            pageSize={1}
            onChange={(index) => setShown({ page: pages[index - 1].page, located: shown.located })}
          />
        ) : (
          <span>第 {page.page} 页</span>
        )}
        <Space.Compact size="small">
          <Button onClick={() => step(-1)} disabled={zoom === ZOOMS[0]} aria-label="缩小">
            −
          </Button>
          <Button onClick={() => setZoom(1)} aria-pressed={zoom === 1}>
            适合宽度
          </Button>
          <Button
            onClick={() => step(1)}
            disabled={zoom === ZOOMS[ZOOMS.length - 1]}
            aria-label="放大"
          >
            +
          </Button>
        </Space.Compact>
        <span className="scan-view-zoom">{Math.round(zoom * 100)}%</span>
      </div>
      {location ? (
        <p className="source-view-where" aria-live="polite">
          所在位置：{locationText(location)}
          {location.confidence !== undefined
            ? `，识别置信度 ${Math.round(location.confidence * 100)}%`
            : ''}
        </p>
      ) : null}
      <div className="scan-view-scroll" ref={scroller} data-testid="scan-view-scroll">
        <div className="scan-view-page" style={{ width: `${zoom * 100}%` }}>
          <img
            src={url}
            alt={`原文第 ${page.page} 页`}
            width={page.imageWidth}
            height={page.imageHeight}
            onLoad={() => setLoaded(url)}
          />
          {box ? (
            <div
              ref={outline}
              className="scan-view-mark"
              data-testid="scan-mark"
              style={boxStyle(box, page)}
            />
          ) : null}
        </div>
      </div>
    </section>
  );
}
