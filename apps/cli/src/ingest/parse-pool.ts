import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DEFAULT_ARCHIVE_LIMITS, type IngestFile, type PreparedFile } from '@ogi/report-ingestion';
import type { ParseReply, ParseRequest } from './parse-messages';

const WORKSPACE = resolve(__dirname, '../../../..');
const WORKER_FILE = resolve(__dirname, 'parse-worker.ts');

/**
 * The CLI runs from TypeScript sources: each worker registers the same compiler hook first, so
 * that it also starts under Jest, which compiles in the main thread only.
 */
const BOOTSTRAP = `
require(${JSON.stringify(require.resolve('@swc-node/register'))});
require(${JSON.stringify(WORKER_FILE)});
`;

interface Pending {
  resolve: (reply: { prepared: PreparedFile[]; parseMs: number }) => void;
  reject: (err: Error) => void;
}

interface PoolWorker {
  thread: Worker;
  pending: Map<number, Pending>;
}

/**
 * Worker threads that extract and parse files while the main thread stores the previous ones:
 * parsing is CPU work that would otherwise wait for each transaction, and the reverse.
 */
export class ParsePool {
  private readonly workers: PoolWorker[];
  private nextId = 1;

  constructor(readonly size: number) {
    this.workers = Array.from({ length: size }, () => this.startWorker());
  }

  private startWorker(): PoolWorker {
    const thread = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: { archiveLimits: DEFAULT_ARCHIVE_LIMITS },
      env: { ...process.env, SWC_NODE_PROJECT: resolve(WORKSPACE, 'tsconfig.base.json') },
    });
    const worker: PoolWorker = { thread, pending: new Map() };
    thread.on('message', (reply: ParseReply) => {
      const pending = worker.pending.get(reply.id);
      if (!pending) return;
      worker.pending.delete(reply.id);
      if (reply.error !== undefined) pending.reject(new Error(reply.error));
      else pending.resolve({ prepared: reply.prepared.map(asBuffers), parseMs: reply.parseMs });
    });
    const failAll = (err: Error) => {
      for (const pending of worker.pending.values()) pending.reject(err);
      worker.pending.clear();
    };
    thread.on('error', (err) => failAll(new Error(`parse worker failed: ${err.message}`)));
    thread.on('exit', (code) => failAll(new Error(`parse worker stopped (exit code ${code})`)));
    // Idle workers must not keep the process alive.
    thread.unref();
    return worker;
  }

  /** Reads and parses a file in the least busy worker. */
  prepare(file: IngestFile): Promise<{ prepared: PreparedFile[]; parseMs: number }> {
    const worker = this.workers.reduce((least, candidate) =>
      candidate.pending.size < least.pending.size ? candidate : least,
    );
    const id = this.nextId++;
    const request: ParseRequest = { id, name: file.name, bytes: file.bytes };
    return new Promise((resolvePrepared, reject) => {
      worker.pending.set(id, { resolve: resolvePrepared, reject });
      worker.thread.ref();
      worker.thread.postMessage(request);
    }).finally(() => {
      if (worker.pending.size === 0) worker.thread.unref();
    }) as Promise<{ prepared: PreparedFile[]; parseMs: number }>;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.thread.terminate()));
  }
}

/** Buffers arrive as plain Uint8Arrays from another thread. */
function asBuffers(file: PreparedFile): PreparedFile {
  const bytes = file.bytes as Uint8Array;
  return { ...file, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}
