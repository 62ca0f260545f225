import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
// Vite copies the worker into the build and gives its URL; pdf.js runs it as a module worker.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useEffect, useRef, useState } from 'react';
import type { SourceLocation } from '../../data-access/report-types';

GlobalWorkerOptions.workerSrc = workerUrl;

export interface PdfPageProps {
  data: ArrayBuffer;
  page: number;
  /** The text position to mark (a cell's left edge and baseline, in points from the top left). */
  mark: Pick<SourceLocation, 'x' | 'y'> | null;
  width: number;
  onPageCount: (count: number) => void;
  onError: (message: string) => void;
}

/** A box around a cell's text: from its baseline up one line, a number's width to the right. */
const MARK = { left: 4, up: 12, down: 4, width: 48 };

/** One page of a PDF original drawn on a canvas, with the cell under the pointer boxed. */
export default function PdfPage({ data, page, mark, width, onPageCount, onError }: PdfPageProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [scale, setScale] = useState(1);

  useEffect(() => {
    // getDocument takes the buffer over: give it a copy so the cached original stays usable.
    const task = getDocument({ data: new Uint8Array(data.slice(0)), isEvalSupported: false });
    let live = true;
    task.promise.then(
      (loaded) => {
        if (!live) return;
        setDoc(loaded);
        onPageCount(loaded.numPages);
      },
      (err: unknown) => live && onError(`PDF 无法显示：${(err as Error).message}`),
    );
    return () => {
      live = false;
      void task.destroy();
    };
  }, [data, onPageCount, onError]);

  useEffect(() => {
    if (!doc || !canvas.current) return;
    let live = true;
    let render: { cancel: () => void } | null = null;
    void doc.getPage(Math.min(Math.max(page, 1), doc.numPages)).then((pdfPage) => {
      if (!live || !canvas.current) return;
      const unscaled = pdfPage.getViewport({ scale: 1 });
      const fit = width / unscaled.width;
      const viewport = pdfPage.getViewport({ scale: fit });
      const ratio = window.devicePixelRatio || 1;
      const target = canvas.current;
      target.width = Math.floor(viewport.width * ratio);
      target.height = Math.floor(viewport.height * ratio);
      target.style.width = `${Math.floor(viewport.width)}px`;
      target.style.height = `${Math.floor(viewport.height)}px`;
      setScale(fit);
      const task = pdfPage.render({
        canvas: target,
        viewport,
        transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
      });
      render = task;
      task.promise.catch((err: unknown) => {
        if (live && (err as Error).name !== 'RenderingCancelledException')
          onError(`PDF 页面无法绘制：${(err as Error).message}`);
      });
    });
    return () => {
      live = false;
      render?.cancel();
    };
  }, [doc, page, width, onError]);

  return (
    <div className="pdf-page">
      <canvas ref={canvas} aria-label={`原文第 ${page} 页`} role="img" />
      {mark && mark.x !== undefined && mark.y !== undefined ? (
        <div
          className="pdf-mark"
          data-testid="pdf-mark"
          style={{
            left: (mark.x - MARK.left) * scale,
            top: (mark.y - MARK.up) * scale,
            width: MARK.width * scale,
            height: (MARK.up + MARK.down) * scale,
          }}
        />
      ) : null}
    </div>
  );
}
