import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** One PDF page rendered to a PNG. */
export interface RenderedPage {
  png: Buffer;
  width: number;
  height: number;
  widthPt: number;
  heightPt: number;
}

interface PageRenderer {
  renderPdfPages(bytes: Uint8Array, dpi: number): Promise<RenderedPage[]>;
}

// pdf.js is ESM only; a real import() (not the require() the TypeScript runner makes of it)
// loads the renderer module.
const importEsm = new Function('url', 'return import(url)') as (
  url: string,
) => Promise<PageRenderer>;

/** Renders every page of a PDF at the given resolution with pdf.js and @napi-rs/canvas. */
export async function renderPdfPages(bytes: Uint8Array, dpi: number): Promise<RenderedPage[]> {
  const renderer = await importEsm(pathToFileURL(join(__dirname, 'render-pdf-pages.mjs')).href);
  return renderer.renderPdfPages(bytes, dpi);
}
