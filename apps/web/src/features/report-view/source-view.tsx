import { Alert, Button, Empty, Pagination } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { WhenLoaded } from '../../app/load-states';
import { useReadableOriginal, useReportOriginal } from '../../data-access/report-queries';
import type { ReadableLine, SourceFileInfo, SourceLocation } from '../../data-access/report-types';
import { locationText } from '../report-tables/cell-names';
import {
  decodeOriginal,
  numberedLines,
  readableLineIndex,
  readableShownLines,
  sourceKind,
  sourceLines,
  textLineIndex,
  type ShownLine,
} from './source-lines';

// pdf.js is large: only a PDF original loads it.
const PdfPage = lazy(() => import('./pdf-page'));

export interface SourceViewProps {
  reportId: number;
  file: SourceFileInfo;
  /** Where the cell under the pointer (or the chosen cell) was read. */
  location: SourceLocation | null;
}

/**
 * The original beside the tables: a text file as its lines, HTML and Word as the text the parser
 * read (never their markup), both with line numbers; PDF as pages.
 */
export function SourceView({ reportId, file, location }: SourceViewProps) {
  const kind = sourceKind(file.mediaType);
  const original = useReportOriginal(reportId, kind === 'text' || kind === 'pdf');
  const readable = useReadableOriginal(reportId, kind === 'readable');
  const download = (
    <Button size="small" href={`/api/reports/${reportId}/original`} download>
      下载原文件
    </Button>
  );
  return (
    <section className="source-view" aria-label="原文">
      <header className="source-view-head">
        <span className="source-view-name" title={file.fileName}>
          {file.fileName}
        </span>
        {download}
      </header>
      {location ? (
        <p className="source-view-where" aria-live="polite">
          所在位置：{locationText(location)}
        </p>
      ) : null}
      {kind === 'other' ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description="此类文件（如 .doc 文档）无法在页面中直接显示，请下载查看；单元格位置按表格、行、列给出。"
        />
      ) : kind === 'readable' ? (
        <WhenLoaded query={readable} failed="无法读取原文" loading="正在读取原文…" rows={8}>
          {({ lines }) => <ReadableSource lines={lines} location={location} />}
        </WhenLoaded>
      ) : (
        <WhenLoaded query={original} failed="无法读取原文" loading="正在读取原文…" rows={8}>
          {(bytes) =>
            kind === 'pdf' ? (
              <PdfView data={bytes} location={location} />
            ) : (
              <TextSource bytes={bytes} location={location} />
            )
          }
        </WhenLoaded>
      )}
    </section>
  );
}

function TextSource({ bytes, location }: { bytes: ArrayBuffer; location: SourceLocation | null }) {
  const lines = useMemo(
    () => numberedLines(sourceLines(decodeOriginal(new Uint8Array(bytes)))),
    [bytes],
  );
  return <NumberedLines lines={lines} marked={textLineIndex(lines.length, location)} />;
}

function ReadableSource({
  lines,
  location,
}: {
  lines: readonly ReadableLine[];
  location: SourceLocation | null;
}) {
  const shown = useMemo(() => readableShownLines(lines), [lines]);
  return <NumberedLines lines={shown} marked={readableLineIndex(lines, location)} wideLabels />;
}

/** Lines with their numbers, the marked one (a cell's place) scrolled to the middle of the box. */
function NumberedLines({
  lines,
  marked,
  wideLabels = false,
}: {
  lines: readonly ShownLine[];
  marked: number | null;
  /** Labels like 表2·13 for table rows need more room than line numbers. */
  wideLabels?: boolean;
}) {
  const box = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (marked === null || !box.current) return;
    const line = box.current.children[marked] as HTMLElement | undefined;
    if (!line) return;
    // Scroll the source box only, never the page.
    const top = line.offsetTop - box.current.clientHeight / 2;
    box.current.scrollTo({ top: Math.max(top, 0) });
  }, [marked]);
  return (
    // Plain text only: nothing of an original is ever rendered as markup.
    <ol
      className={wideLabels ? 'source-lines source-lines-wide' : 'source-lines'}
      ref={box}
      data-testid="source-lines"
    >
      {lines.map((line, index) => (
        <li
          key={index}
          className={index === marked ? 'source-line source-line-marked' : 'source-line'}
          aria-current={index === marked ? 'location' : undefined}
        >
          <span className="source-line-number" aria-hidden="true">
            {line.label}
          </span>
          <span className="source-line-text">{line.text || ' '}</span>
        </li>
      ))}
    </ol>
  );
}

const PDF_WIDTH = 560;

function PdfView({ data, location }: { data: ArrayBuffer; location: SourceLocation | null }) {
  // The page follows the last cell pointed at; paging by hand holds until another page is pointed.
  const [shown, setShown] = useState<{ page: number; located?: number }>({ page: 1 });
  const [pages, setPages] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const located = location?.page;
  if (located !== undefined && located !== shown.located) setShown({ page: located, located });
  const page = shown.page;
  const setPage = (next: number) => setShown({ page: next, located: shown.located });
  const onError = useCallback((message: string) => setError(message), []);
  if (error) return <Alert type="error" showIcon title={error} />;
  return (
    <div className="pdf-view">
      {pages > 1 ? (
        <Pagination
          simple
          size="small"
          current={page}
          total={pages}
          pageSize={1}
          onChange={setPage}
        />
      ) : null}
      <Suspense
        fallback={
          <div role="status" className="page-loading">
            正在加载 PDF 显示组件…
          </div>
        }
      >
        <PdfPage
          data={data}
          page={page}
          width={PDF_WIDTH}
          mark={location?.page === page ? location : null}
          onPageCount={setPages}
          onError={onError}
        />
      </Suspense>
    </div>
  );
}
