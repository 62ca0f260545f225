import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ExtractError } from '../errors';
import type { PdfPage } from './pdf-layout';

export interface PdfWorkerResult {
  numPages: number;
  pages: PdfPage[];
  /** False when pdf.js could not be loaded in its faster text-only font mode (another version). */
  textOnlyFonts: boolean;
  /** Rendering only: each page as PNG bytes. */
  images?: Uint8Array[];
}

interface WorkerReply {
  id?: number;
  type?: string;
  ok?: boolean;
  code?: string;
  message?: string;
  numPages?: number;
  pages?: PdfPage[];
  textOnlyFonts?: boolean;
  images?: ArrayBuffer[];
}

interface Job {
  id: number;
  data: Uint8Array;
  maxPages: number;
  timeoutMs: number;
  fileName: string;
  /** Render the pages at this resolution instead of reading their text. */
  renderDpi?: number;
  resolve: (r: PdfWorkerResult) => void;
  reject: (e: ExtractError) => void;
}

const WORKER_FILE = 'pdf-worker.mjs';

/**
 * Where the worker script is: $OGI_PDF_WORKER, next to this module (TypeScript sources run by Jest
 * or @swc-node/register, or compiled output that copied the .mjs along), or the library's source
 * folder under the current directory (a bundle run from the repo root).
 */
export function resolvePdfWorkerPath(): string {
  const candidates: string[] = [];
  if (process.env['OGI_PDF_WORKER']) candidates.push(path.resolve(process.env['OGI_PDF_WORKER']));
  if (typeof __dirname === 'string') {
    candidates.push(path.join(__dirname, WORKER_FILE), path.join(__dirname, 'pdf', WORKER_FILE));
  }
  candidates.push(path.resolve(process.cwd(), 'libs/report-extract/src/lib/pdf', WORKER_FILE));
  const found = candidates.find((c) => existsSync(c));
  if (!found) {
    throw new ExtractError(
      'internal',
      `PDF extractor worker not found (looked in ${candidates.join(', ')}); set OGI_PDF_WORKER`,
      '找不到 PDF 解析程序（pdf-worker.mjs），请设置 OGI_PDF_WORKER',
    );
  }
  return found;
}

const MEMORY_LIMIT_MB = 512;

/**
 * One worker thread (by default) running pdf.js, reused across files. A job that overruns its
 * time limit terminates the worker; the next job starts a fresh one. The worker is unref'd while
 * idle so it never keeps the process alive.
 */
class PdfWorkerSlot {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private current: Job | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readyResolve: (() => void) | null = null;
  private readyReject: ((e: unknown) => void) | null = null;
  private started = false;

  get busy(): boolean {
    return this.current !== null;
  }

  private spawn(): Promise<void> {
    if (this.worker && this.ready) return this.ready;
    const file = resolvePdfWorkerPath();
    const worker = new Worker(file, {
      resourceLimits: { maxOldGenerationSizeMb: MEMORY_LIMIT_MB },
    });
    worker.unref();
    this.worker = worker;
    this.started = false;
    this.ready = new Promise<void>((resolve, reject) => {
      this.readyResolve = resolve;
      this.readyReject = reject;
    });
    // Avoid unhandled rejections when nobody awaits a failed start.
    this.ready.catch(() => undefined);
    worker.on('message', (msg: WorkerReply) => this.onMessage(worker, msg));
    worker.on('error', (err) => this.onFailure(worker, err));
    worker.on('exit', (code) =>
      this.onFailure(worker, new Error(`PDF worker exited with code ${code}`)),
    );
    return this.ready;
  }

  private onMessage(worker: Worker, msg: WorkerReply): void {
    if (worker !== this.worker) return;
    if (msg.type === 'ready') {
      this.started = true;
      this.readyResolve?.();
      return;
    }
    const job = this.current;
    if (!job || msg.id !== job.id) return;
    this.finish();
    if (msg.ok && msg.images) {
      job.resolve({
        numPages: msg.numPages ?? msg.images.length,
        pages: [],
        textOnlyFonts: false,
        images: msg.images.map((image) => new Uint8Array(image)),
      });
    } else if (msg.ok && msg.pages) {
      job.resolve({
        numPages: msg.numPages ?? msg.pages.length,
        pages: msg.pages,
        textOnlyFonts: msg.textOnlyFonts === true,
      });
    } else {
      job.reject(
        workerError(
          job.fileName,
          msg.code ?? 'corrupt',
          msg.message ?? 'unknown error',
          msg.numPages,
        ),
      );
    }
  }

  private onFailure(worker: Worker, err: Error): void {
    if (worker !== this.worker) return;
    this.worker = null;
    this.ready = null;
    this.readyReject?.(err);
    const job = this.current;
    // A worker that never got ready: run() reports the failed start.
    if (!this.started) return;
    // It had started, so another will: start it now (unref'd), not when the next file comes.
    void this.spawn().catch(() => undefined);
    if (!job) return;
    this.finish();
    const oom = /ERR_WORKER_OUT_OF_MEMORY|out of memory|heap/i.test(
      `${(err as { code?: string }).code} ${err.message}`,
    );
    job.reject(
      oom
        ? new ExtractError(
            'too_large',
            `${job.fileName}: the PDF needs more than ${MEMORY_LIMIT_MB} MB to read`,
            `${job.fileName}：PDF 解析所需内存超过 ${MEMORY_LIMIT_MB} MB`,
            job.fileName,
          )
        : workerError(job.fileName, 'corrupt', err.message),
    );
  }

  private finish(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.current = null;
    this.worker?.unref();
  }

  async run(job: Job): Promise<void> {
    this.current = job;
    try {
      const ready = this.spawn();
      // Keep the process alive while a job waits for the worker.
      this.worker?.ref();
      await ready;
    } catch (err) {
      if (this.current === job) this.finish();
      job.reject(
        new ExtractError(
          'internal',
          `${job.fileName}: the PDF extractor could not start (${err instanceof Error ? err.message : String(err)})`,
          `${job.fileName}：PDF 解析程序无法启动`,
          job.fileName,
        ),
      );
      return;
    }
    const worker = this.worker;
    if (!worker || this.current !== job) return;
    worker.ref();
    this.timer = setTimeout(() => {
      if (this.current !== job) return;
      this.finish();
      this.worker = null;
      this.ready = null;
      void worker.terminate();
      // Start the replacement now (unref'd while idle): the next file need not wait for it.
      void this.spawn().catch(() => undefined);
      job.reject(
        new ExtractError(
          'timeout',
          `${job.fileName}: reading the PDF took longer than ${job.timeoutMs} ms and was stopped`,
          `${job.fileName}：PDF 解析超过 ${job.timeoutMs} 毫秒，已中止`,
          job.fileName,
        ),
      );
    }, job.timeoutMs);
    // A copy of our own: Buffer#slice is a view, and transferring it would empty the caller's bytes.
    const copy = new Uint8Array(job.data);
    worker.postMessage(
      { id: job.id, data: copy.buffer, maxPages: job.maxPages, renderDpi: job.renderDpi },
      [copy.buffer],
    );
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    this.ready = null;
    if (this.current) {
      const job = this.current;
      this.finish();
      job.reject(
        new ExtractError(
          'internal',
          `${job.fileName}: extractor closed`,
          `${job.fileName}：解析程序已关闭`,
          job.fileName,
        ),
      );
    }
    if (w) await w.terminate();
  }
}

function workerError(
  fileName: string,
  code: string,
  message: string,
  numPages?: number,
): ExtractError {
  switch (code) {
    case 'encrypted':
      return new ExtractError(
        'encrypted',
        `${fileName}: the PDF is password-protected; remove the password and upload it again`,
        `${fileName}：PDF 文件设有密码，请去除密码后重新上传`,
        fileName,
      );
    case 'too_large':
      return new ExtractError(
        'too_large',
        `${fileName}: the PDF has ${numPages ?? 'too many'} pages, more than allowed (${message})`,
        `${fileName}：PDF 共 ${numPages ?? '过多'} 页，超过上限`,
        fileName,
      );
    default:
      return new ExtractError(
        'corrupt',
        `${fileName}: the PDF is damaged and could not be read (${message.slice(0, 200)})`,
        `${fileName}：PDF 文件已损坏，无法读取`,
        fileName,
      );
  }
}

class PdfWorkerPool {
  private slots: PdfWorkerSlot[] = [];
  private queue: Job[] = [];
  private nextId = 1;

  constructor(private size: number) {}

  extract(
    data: Uint8Array,
    fileName: string,
    maxPages: number,
    timeoutMs: number,
    renderDpi?: number,
  ): Promise<PdfWorkerResult> {
    return new Promise<PdfWorkerResult>((resolve, reject) => {
      this.queue.push({
        id: this.nextId++,
        data,
        fileName,
        maxPages,
        timeoutMs,
        renderDpi,
        resolve,
        reject,
      });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.busy);
      if (!slot && this.slots.length < this.size) {
        slot = new PdfWorkerSlot();
        this.slots.push(slot);
      }
      if (!slot) return;
      const job = this.queue.shift() as Job;
      const done = () => this.pump();
      const wrapped: Job = {
        ...job,
        resolve: (r) => {
          job.resolve(r);
          queueMicrotask(done);
        },
        reject: (e) => {
          job.reject(e);
          queueMicrotask(done);
        },
      };
      void slot.run(wrapped);
    }
  }

  async close(): Promise<void> {
    const queued = this.queue.splice(0);
    for (const job of queued) {
      job.reject(
        new ExtractError(
          'internal',
          `${job.fileName}: extractor closed`,
          `${job.fileName}：解析程序已关闭`,
          job.fileName,
        ),
      );
    }
    await Promise.all(this.slots.map((s) => s.close()));
    this.slots = [];
  }
}

let pool: PdfWorkerPool | null = null;

function poolSize(): number {
  const n = Number.parseInt(process.env['OGI_PDF_WORKERS'] ?? '', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 16) : 1;
}

/** Runs pdf.js on the bytes in the shared worker pool. */
export function extractPdfPages(
  data: Uint8Array,
  fileName: string,
  maxPages: number,
  timeoutMs: number,
): Promise<PdfWorkerResult> {
  pool ??= new PdfWorkerPool(poolSize());
  return pool.extract(data, fileName, maxPages, timeoutMs);
}

/**
 * Renders every page at `dpi` in the same worker pool, under the same time and memory limits:
 * PNG bytes per page.
 */
export async function renderPdfPages(
  data: Uint8Array,
  fileName: string,
  maxPages: number,
  timeoutMs: number,
  dpi: number,
): Promise<Uint8Array[]> {
  pool ??= new PdfWorkerPool(poolSize());
  const result = await pool.extract(data, fileName, maxPages, timeoutMs, dpi);
  return result.images ?? [];
}

/** Stops the PDF worker threads (tests, CLI exit). Later extractions start new ones. */
export async function closePdfWorkers(): Promise<void> {
  const p = pool;
  pool = null;
  if (p) await p.close();
}
