// Renders the pages of a PDF to PNG images with pdf.js and @napi-rs/canvas (pdf.js's own Node
// canvas). Plain JavaScript (ESM) so Node imports pdfjs-dist natively, whatever runs the caller
// (@swc-node/register transpiles TypeScript to CommonJS, which cannot `require` pdf.js).
//   renderPdfPages(bytes: Uint8Array, dpi: number) → Promise<Array<{ png: Buffer, width, height,
//     widthPt, heightPt }>>
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const pdfjsRoot = path.dirname(require.resolve('pdfjs-dist/package.json'));
const pdfjs = await import(pathToFileURL(path.join(pdfjsRoot, 'legacy/build/pdf.mjs')).href);
// The in-thread worker: no worker thread is needed for a tool that renders a few pages.
globalThis.pdfjsWorker = await import(
  pathToFileURL(path.join(pdfjsRoot, 'legacy/build/pdf.worker.mjs')).href
);

const cMapUrl = path.join(pdfjsRoot, 'cmaps') + path.sep;
const standardFontDataUrl = path.join(pdfjsRoot, 'standard_fonts') + path.sep;
const wasmUrl = path.join(pdfjsRoot, 'wasm') + path.sep;

export async function renderPdfPages(bytes, dpi) {
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl,
    cMapPacked: true,
    standardFontDataUrl,
    wasmUrl,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const pages = [];
  try {
    for (let pageNo = 1; pageNo <= doc.numPages; pageNo += 1) {
      const page = await doc.getPage(pageNo);
      const viewport = page.getViewport({ scale: dpi / 72 });
      const width = Math.round(viewport.width);
      const height = Math.round(viewport.height);
      const canvasAndContext = doc.canvasFactory.create(width, height);
      const { canvas, context } = canvasAndContext;
      // Paper is white; pdf.js paints only what the page draws.
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, width, height);
      await page.render({ canvasContext: context, canvas, viewport }).promise;
      const png = await canvas.encode('png');
      const base = page.getViewport({ scale: 1 });
      pages.push({ png, width, height, widthPt: base.width, heightPt: base.height });
      doc.canvasFactory.destroy(canvasAndContext);
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return pages;
}
