import { parentPort } from 'node:worker_threads';
import { OcrEngine } from './ocr-engine';
import type { OcrPage } from './ocr-page';

/** A page to read: the image's buffer is transferred, not copied. */
export interface OcrWorkerRequest {
  id: number;
  image: ArrayBuffer;
  pageNo: number;
}

export type OcrWorkerReply =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { id: number; ok: true; page: OcrPage }
  | { id: number; ok: false; message: string };

/**
 * Worker thread running one OcrEngine: the models are loaded once, when the thread starts, and
 * each message is one page. The thread is stopped from outside when a page overruns its limit.
 */
async function serve(): Promise<void> {
  const port = parentPort;
  if (!port) return;
  let engine: OcrEngine;
  try {
    engine = await OcrEngine.load();
  } catch (err) {
    port.postMessage({ type: 'failed', message: messageOf(err) } satisfies OcrWorkerReply);
    return;
  }
  port.on('message', (request: OcrWorkerRequest) => {
    void engine.recognisePage(new Uint8Array(request.image), request.pageNo).then(
      (page) => {
        const reply: OcrWorkerReply = { id: request.id, ok: true, page };
        // The page image for review goes back without a copy too.
        const bytes = page.image.bytes;
        const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
        port.postMessage(reply, own ? [bytes.buffer as ArrayBuffer] : []);
      },
      (err: unknown) =>
        port.postMessage({
          id: request.id,
          ok: false,
          message: messageOf(err),
        } satisfies OcrWorkerReply),
    );
  });
  port.postMessage({ type: 'ready' } satisfies OcrWorkerReply);
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

void serve();
