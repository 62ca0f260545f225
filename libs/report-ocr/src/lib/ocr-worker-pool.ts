import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { OcrPage } from './ocr-page';
import type { OcrWorkerReply, OcrWorkerRequest } from './ocr-worker';

export interface OcrWorkerPoolOptions {
  /** Worker threads, each with its own engine (pages read at once). */
  size: number;
  /** Limit of reading one page: over it the page's thread is stopped and the page fails. */
  pageTimeoutMs: number;
  /** Heap limit of each thread (maxOldGenerationSizeMb): over it the page fails. */
  memoryMb: number;
}

export const DEFAULT_OCR_MEMORY_MB = 1024;

const SCRIPT_NAMES = ['ocr-worker.js', 'ocr-worker.ts'];

/**
 * Where the worker script is: $OGI_OCR_WORKER, next to this module (the api bundle's
 * ocr-worker.js, or the TypeScript source under Jest and the CLI), or the library's source folder
 * under the current directory (a bundle run from the repo root).
 */
export function resolveOcrWorkerPath(): string {
  const candidates: string[] = [];
  if (process.env['OGI_OCR_WORKER']) candidates.push(path.resolve(process.env['OGI_OCR_WORKER']));
  if (typeof __dirname === 'string') {
    candidates.push(...SCRIPT_NAMES.map((name) => path.join(__dirname, name)));
  }
  candidates.push(path.resolve(process.cwd(), 'libs/report-ocr/src/lib/ocr-worker.ts'));
  const found = candidates.find((c) => existsSync(c));
  if (!found) {
    throw new Error(
      `OCR worker not found (looked in ${candidates.join(', ')}); set OGI_OCR_WORKER`,
    );
  }
  return found;
}

/** TypeScript sources run through @swc-node/register with the workspace's path aliases. */
function workerOptions(script: string, memoryMb: number): ConstructorParameters<typeof Worker>[1] {
  const resourceLimits = { maxOldGenerationSizeMb: memoryMb };
  if (!script.endsWith('.ts')) return { resourceLimits };
  return {
    resourceLimits,
    execArgv: ['--require', '@swc-node/register'],
    env: {
      ...process.env,
      SWC_NODE_PROJECT: process.env['SWC_NODE_PROJECT'] ?? baseTsconfig(script),
    },
  };
}

function baseTsconfig(from: string): string {
  for (let dir = path.dirname(from); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'tsconfig.base.json');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return 'tsconfig.base.json';
  }
}

interface PageTask {
  id: number;
  image: Uint8Array;
  pageNo: number;
  resolve: (page: OcrPage) => void;
  reject: (err: Error) => void;
}

/** One thread and its engine; a thread stopped at a limit is replaced at the next page. */
class OcrWorkerSlot {
  private worker: Worker | null = null;
  private ready: Promise<Worker> | null = null;
  private task: PageTask | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly options: OcrWorkerPoolOptions) {}

  get busy(): boolean {
    return this.task !== null;
  }

  /** Starts the thread and waits until its models are loaded. */
  start(): Promise<Worker> {
    if (this.ready) return this.ready;
    const script = resolveOcrWorkerPath();
    const worker = new Worker(script, workerOptions(script, this.options.memoryMb));
    worker.unref();
    this.worker = worker;
    const ready = new Promise<Worker>((resolve, reject) => {
      worker.on('message', (reply: OcrWorkerReply) => {
        if ('type' in reply) {
          if (reply.type === 'ready') resolve(worker);
          else reject(new Error(`the OCR models could not be loaded: ${reply.message}`));
          return;
        }
        this.onReply(worker, reply);
      });
      worker.on('error', (err) => {
        reject(err);
        this.onFailure(worker, err);
      });
      worker.on('exit', (code) => {
        const err = new Error(`the OCR worker stopped (exit code ${code})`);
        reject(err);
        this.onFailure(worker, err);
      });
    });
    this.ready = ready;
    ready.catch(() => this.discard(worker));
    return ready;
  }

  async read(task: PageTask): Promise<void> {
    this.task = task;
    let worker: Worker;
    try {
      worker = await this.start();
    } catch (err) {
      this.settle(task)?.reject(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    if (this.task !== task) return;
    worker.ref();
    this.timer = setTimeout(() => {
      this.discard(worker);
      void worker.terminate();
      this.settle(task)?.reject(
        new Error(
          `reading the page took longer than ${this.options.pageTimeoutMs} ms and was stopped`,
        ),
      );
    }, this.options.pageTimeoutMs);
    // A copy of our own: the caller's bytes may be a view on a larger buffer it still uses.
    const copy = new Uint8Array(task.image);
    const request: OcrWorkerRequest = { id: task.id, image: copy.buffer, pageNo: task.pageNo };
    worker.postMessage(request, [copy.buffer]);
  }

  private onReply(worker: Worker, reply: Exclude<OcrWorkerReply, { type: string }>): void {
    const task = this.task;
    if (worker !== this.worker || !task || reply.id !== task.id) return;
    this.settle(task);
    if (reply.ok) task.resolve(reply.page);
    else task.reject(new Error(reply.message));
  }

  private onFailure(worker: Worker, err: Error): void {
    if (worker !== this.worker) return;
    this.discard(worker);
    const task = this.task;
    if (!task) return;
    this.settle(task);
    const oom = /ERR_WORKER_OUT_OF_MEMORY|out of memory/i.test(
      `${(err as { code?: string }).code} ${err.message}`,
    );
    task.reject(
      oom
        ? new Error(`reading the page needed more than ${this.options.memoryMb} MB and was stopped`)
        : err,
    );
  }

  /** Forgets a thread that is stopped or stopping: the next page starts a fresh one. */
  private discard(worker: Worker): void {
    if (worker !== this.worker) return;
    this.worker = null;
    this.ready = null;
  }

  /** Ends the slot's current task (if it is still `task`) and gives it back to settle. */
  private settle(task: PageTask): PageTask | null {
    if (this.task !== task) return null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.task = null;
    this.worker?.unref();
    return task;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.ready = null;
    const task = this.task;
    if (task) this.settle(task)?.reject(new Error('the OCR worker was closed'));
    if (worker) await worker.terminate();
  }
}

/**
 * An OCR page reader running OcrEngine in worker threads (at most `size` at once), each under a
 * heap limit, each page under a time limit that stops its thread: a page that runs away cannot
 * hold the api's thread or memory, and the next page gets a fresh thread.
 */
export class OcrWorkerPool {
  private readonly slots: OcrWorkerSlot[];
  private readonly queue: PageTask[] = [];
  private nextId = 1;

  private constructor(private readonly options: OcrWorkerPoolOptions) {
    this.slots = Array.from(
      { length: Math.max(1, options.size) },
      () => new OcrWorkerSlot(options),
    );
  }

  /** Starts one thread and waits for its models, so a broken install fails here, not per page. */
  static async start(options: OcrWorkerPoolOptions): Promise<OcrWorkerPool> {
    const pool = new OcrWorkerPool(options);
    try {
      await pool.slots[0].start();
    } catch (err) {
      await pool.close();
      throw err;
    }
    return pool;
  }

  recognisePage(image: Uint8Array, pageNo: number): Promise<OcrPage> {
    return new Promise<OcrPage>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, image, pageNo, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    for (let slot = this.freeSlot(); slot && this.queue.length > 0; slot = this.freeSlot()) {
      const task = this.queue.shift() as PageTask;
      const next = () => queueMicrotask(() => this.pump());
      void slot.read({
        ...task,
        resolve: (page) => {
          task.resolve(page);
          next();
        },
        reject: (err) => {
          task.reject(err);
          next();
        },
      });
    }
  }

  private freeSlot(): OcrWorkerSlot | undefined {
    return this.slots.find((slot) => !slot.busy);
  }

  async close(): Promise<void> {
    for (const task of this.queue.splice(0)) task.reject(new Error('the OCR worker was closed'));
    await Promise.all(this.slots.map((slot) => slot.close()));
  }
}
