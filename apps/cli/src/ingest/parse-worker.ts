/**
 * A worker thread of ParsePool: extracts and parses the files it is sent (no database) and
 * answers the prepared files, so that the main thread only stores.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareFile, type ArchiveLimits } from '@ogi/report-ingestion';
import type { ParseReply, ParseRequest } from './parse-messages';

const limits = (workerData as { archiveLimits: ArchiveLimits }).archiveLimits;

async function handle(request: ParseRequest): Promise<void> {
  const started = performance.now();
  let reply: ParseReply;
  try {
    const bytes = Buffer.from(
      request.bytes.buffer,
      request.bytes.byteOffset,
      request.bytes.byteLength,
    );
    const prepared = await prepareFile({ name: request.name, bytes }, limits);
    reply = { id: request.id, prepared, parseMs: performance.now() - started };
  } catch (err) {
    reply = { id: request.id, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort?.postMessage(reply);
}

// One file at a time, so that parseMs is this file's alone (a PDF awaits its own worker).
let queue = Promise.resolve();
parentPort?.on('message', (request: ParseRequest) => {
  queue = queue.then(() => handle(request));
});
