// PDF text extraction in a worker thread. Plain JavaScript (ESM) so Node imports pdfjs-dist natively,
// whatever runs the main thread (Jest, @swc-node/register, a webpack bundle).
// Protocol: receives { id, data: ArrayBuffer, maxPages }, answers
//   { id, ok: true, numPages, pages: [{ width, height, items: [[str, x, y, width, fontSize], ...] }] }
//   { id, ok: false, code, message }
// and posts { type: 'ready' } once pdfjs is loaded.
import { parentPort } from 'node:worker_threads';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const pdfjsRoot = path.dirname(require.resolve('pdfjs-dist/package.json'));
// The legacy build's core-js replaces Array.prototype.push with a slow JavaScript version on Node 20
// (V8 < 12.2); pdf.js pushes a lot, so that costs about a fifth of the time. Load the library and its
// in-thread worker part up front, then put the native push back (this thread runs only pdf.js).
const nativePush = Array.prototype.push;
const pdfjs = await import(pathToFileURL(path.join(pdfjsRoot, 'legacy/build/pdf.mjs')).href);
globalThis.pdfjsWorker = await import(
  pathToFileURL(path.join(pdfjsRoot, 'legacy/build/pdf.worker.mjs')).href
);
if (Array.prototype.push !== nativePush) {
  Object.defineProperty(Array.prototype, 'push', {
    value: nativePush,
    writable: true,
    configurable: true,
    enumerable: false,
  });
}
const cMapUrl = path.join(pdfjsRoot, 'cmaps') + path.sep;
const standardFontDataUrl = path.join(pdfjsRoot, 'standard_fonts') + path.sep;
const wasmUrl = path.join(pdfjsRoot, 'wasm') + path.sep;

function classify(err) {
  const name = (err && err.name) || '';
  const message = (err && err.message) || String(err);
  if (name === 'PasswordException') return { code: 'encrypted', message };
  return { code: 'corrupt', message: `${name ? name + ': ' : ''}${message}` };
}

async function extract(data, maxPages) {
  const task = pdfjs.getDocument({
    data: new Uint8Array(data),
    cMapUrl,
    cMapPacked: true,
    standardFontDataUrl,
    wasmUrl,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    const numPages = doc.numPages;
    if (numPages > maxPages) {
      return {
        ok: false,
        code: 'too_large',
        message: `${numPages} pages (limit ${maxPages})`,
        numPages,
      };
    }
    const pages = [];
    for (let p = 1; p <= numPages; p++) {
      let page;
      try {
        page = await doc.getPage(p);
      } catch (err) {
        pages.push({ width: 0, height: 0, items: [], error: classify(err).message });
        continue;
      }
      const vp = page.getViewport({ scale: 1 });
      const [a, b, c, d, e, f] = vp.transform;
      const content = await page.getTextContent();
      const items = [];
      for (const it of content.items) {
        if (typeof it.str !== 'string' || it.str.trim() === '') continue;
        const t = it.transform;
        const x = a * t[4] + c * t[5] + e;
        const y = b * t[4] + d * t[5] + f;
        const size = Math.hypot(t[2], t[3]) || it.height || 0;
        items.push([it.str, x, y, it.width, size]);
      }
      pages.push({ width: vp.width, height: vp.height, items });
      page.cleanup();
    }
    return { ok: true, numPages, pages };
  } finally {
    await doc.destroy();
  }
}

parentPort.on('message', async (msg) => {
  if (!msg || typeof msg.id !== 'number') return;
  let reply;
  try {
    reply = await extract(msg.data, msg.maxPages);
  } catch (err) {
    reply = { ok: false, ...classify(err) };
  }
  parentPort.postMessage({ id: msg.id, ...reply });
});
parentPort.postMessage({ type: 'ready' });
