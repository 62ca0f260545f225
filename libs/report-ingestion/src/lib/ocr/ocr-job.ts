import { Database, Repositories, type OcrJob, type StoredPageOcr } from '@ogi/api-data-access';
import { scanPageImages, type ExtractOptions, type ReadOutcome } from '@ogi/report-extract';
import type { OcrPage } from '@ogi/report-ocr';
import { computeFigures } from '@ogi/report-schema';
import { ingestResult, type IngestResult } from '../ingest-result';
import { IngestTargetError, resolveIngestTarget } from '../ingest-target';
import { storeReading } from '../store-file';
import { readStoredOcr } from './read-stored-ocr';

/** What reads one page image (report-ocr's OcrEngine; a fake in tests). */
export interface OcrPageReader {
  recognisePage(image: Uint8Array, pageNo: number): Promise<OcrPage>;
  close?(): Promise<void>;
}

export interface OcrJobSettings {
  /** Who runs the job (the runner's id in the lease). */
  owner: string;
  /** How long a claim lasts without news; renewed at every page and by a heartbeat. */
  leaseMs: number;
  /** Limit of reading one page (ms); over it the job fails, naming the page. */
  pageTimeoutMs: number;
  /** Limits of rendering the file's pages (the PDF worker's time, pages, size). */
  readOptions: ExtractOptions;
  /** Cells read with a lower confidence are flagged for review. */
  reviewThreshold: number;
  now: () => number;
}

/** The job was taken over by another runner (this one was too slow): it stops, changing nothing. */
export class LeaseLost extends Error {
  override readonly name = 'LeaseLost';
}

/** A failure of the job, with the page it happened on (null: before any page). */
export class OcrFailure extends Error {
  constructor(
    readonly page: number | null,
    readonly reason: string,
  ) {
    super(reason);
  }
}

function failureMessage(
  file: string,
  job: OcrJob,
  failure: OcrFailure,
): { en: string; zh: string } {
  if (failure.page === null) {
    return {
      en: `${file}: OCR failed before reading the pages: ${failure.reason}`,
      zh: `${file}：OCR 识别失败（读取页面之前）：${failure.reason}`,
    };
  }
  return {
    en: `${file}: OCR failed on page ${failure.page} of ${job.pagesTotal}: ${failure.reason}`,
    zh: `${file}：第 ${failure.page} 页（共 ${job.pagesTotal} 页）OCR 识别失败：${failure.reason}`,
  };
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * Runs one claimed job: the file's page images, each page not read yet through OCR and stored
 * with the job's progress in one transaction (so a job resumed after a crash starts at the next
 * page), then the reading of all pages stored into the job's `processing` report as an upload
 * would store it (office and year, needs_input, versions), in the transaction that ends the job.
 * A failure marks job and report failed, naming the file and the page. Throws LeaseLost when
 * another runner took the job over.
 */
export async function runOcrJob(
  db: Database,
  job: OcrJob,
  reader: OcrPageReader,
  settings: OcrJobSettings,
): Promise<IngestResult> {
  const file = await db.read((manager) =>
    new Repositories(manager).sourceFiles.findWithContent(job.sourceFileId),
  );
  if (!file) throw new LeaseLost(`job ${job.id}: its file is gone`);
  let pagesDone = job.pagesDone;
  let lost = false;
  const heartbeat = setInterval(
    () => {
      void db
        .write((manager) =>
          new Repositories(manager).ocrJobs.progress(
            job.id,
            settings.owner,
            pagesDone,
            settings.now(),
            settings.leaseMs,
          ),
        )
        .then((held) => {
          if (!held) lost = true;
        })
        .catch(() => undefined);
    },
    Math.max(1_000, Math.floor(settings.leaseMs / 3)),
  );
  heartbeat.unref();
  try {
    const pages = await readPages(db, job, file, reader, settings, (done) => {
      if (lost) throw new LeaseLost(`job ${job.id}: taken over by another runner`);
      pagesDone = done;
    });
    const outcome = readStoredOcr(pages, file.fileName, settings.reviewThreshold);
    return await finishJob(db, job, file.fileName, outcome, settings);
  } catch (err) {
    if (err instanceof LeaseLost) throw err;
    const failure = err instanceof OcrFailure ? err : new OcrFailure(null, reasonOf(err));
    return failOcrJob(db, job, file.fileName, settings, failure);
  } finally {
    clearInterval(heartbeat);
  }
}

/** Ends a job as failed, its report failed with the reason in English and Chinese. */
export function failOcrJob(
  db: Database,
  job: OcrJob,
  fileName: string,
  settings: OcrJobSettings,
  failure: OcrFailure,
): Promise<IngestResult> {
  const message = failureMessage(fileName, job, failure);
  return finishJob(
    db,
    job,
    fileName,
    {
      ok: false,
      kind: null,
      report: null,
      error: {
        code: 'ocr_failed',
        message: `${message.en} / ${message.zh}`,
        messageZh: message.zh,
      },
    },
    settings,
  );
}

/** Every page's reading: those stored by an earlier run, and the rest read now. */
async function readPages(
  db: Database,
  job: OcrJob,
  file: { id: number; fileName: string; content: Buffer },
  reader: OcrPageReader,
  settings: OcrJobSettings,
  onPage: (pagesDone: number) => void,
): Promise<StoredPageOcr[]> {
  let images: Uint8Array[];
  try {
    images = await scanPageImages(file.content, file.fileName, settings.readOptions);
  } catch (err) {
    throw new OcrFailure(null, reasonOf(err));
  }
  const read = new Set(
    await db.read((manager) => new Repositories(manager).sourcePages.pagesRead(file.id)),
  );
  for (let page = 1; page <= images.length; page += 1) {
    if (read.has(page)) continue;
    let ocr: OcrPage;
    try {
      ocr = await withTimeout(
        reader.recognisePage(images[page - 1], page),
        settings.pageTimeoutMs,
        'reading the page',
      );
    } catch (err) {
      throw new OcrFailure(page, reasonOf(err));
    }
    read.add(page);
    await db.write(async (manager) => {
      const repos = new Repositories(manager);
      const now = settings.now();
      const held = await repos.ocrJobs.progress(
        job.id,
        settings.owner,
        read.size,
        now,
        settings.leaseMs,
      );
      if (!held) throw new LeaseLost(`job ${job.id}: taken over by another runner`);
      await repos.sourcePages.save({
        sourceFileId: file.id,
        page,
        imageMediaType: ocr.image.mediaType,
        image: Buffer.from(ocr.image.bytes),
        imageWidth: ocr.image.width,
        imageHeight: ocr.image.height,
        pageWidth: ocr.pdfPage.width,
        pageHeight: ocr.pdfPage.height,
        ocr: { pdfPage: ocr.pdfPage, words: ocr.words, skewDegrees: ocr.skewDegrees },
        createdAt: now,
      });
    });
    onPage(read.size);
  }
  const stored = await db.read((manager) => new Repositories(manager).sourcePages.listOf(file.id));
  return stored
    .filter((page) => page.page <= images.length && page.ocr !== null)
    .map((page) => page.ocr as StoredPageOcr);
}

/**
 * Ends the job and stores its outcome into the `processing` report in one transaction: either
 * the whole reading is stored and the job is done, or nothing is.
 */
async function finishJob(
  db: Database,
  job: OcrJob,
  fileName: string,
  outcome: ReadOutcome,
  settings: OcrJobSettings,
): Promise<IngestResult> {
  const figures = outcome.report && outcome.ok ? computeFigures(outcome.report) : null;
  const store = (reading: ReadOutcome, status: 'done' | 'failed', error: string | null) =>
    db.write(async (manager) => {
      const repos = new Repositories(manager);
      const ended = await repos.ocrJobs.finish(
        job.id,
        settings.owner,
        status === 'done' ? { status } : { status, error: error ?? '' },
        settings.now(),
      );
      if (!ended) throw new LeaseLost(`job ${job.id}: taken over by another runner`);
      // A hand entry (填报) may have replaced the scan's report while it was read: it wins.
      const report = await repos.reports.findById(job.reportId);
      if (report?.status !== 'processing') {
        return ingestResult(fileName, 'duplicate', {
          reportId: job.reportId,
          year: report?.year ?? null,
        });
      }
      const { target: stored } = job;
      const target = await resolveIngestTarget(
        repos,
        {
          officeId: stored.officeId ?? undefined,
          regionId: stored.regionId ?? undefined,
          year: stored.year ?? undefined,
        },
        { demo: stored.demo, uploadedBy: stored.uploadedBy ?? undefined },
      ).catch((err: unknown) => {
        // The office or region given at upload is gone: keep the reading, ask for the office.
        if (err instanceof IngestTargetError) {
          return resolveIngestTarget(repos, {}, { demo: stored.demo });
        }
        throw err;
      });
      return storeReading(
        repos,
        { name: fileName, outcome: reading, figures: reading === outcome ? figures : null },
        target,
        async (row) => {
          await repos.revisions.update(job.reportId, row);
          return job.reportId;
        },
      );
    });
  const ok = outcome.ok;
  return store(outcome, ok ? 'done' : 'failed', ok ? null : outcome.error.message);
}
