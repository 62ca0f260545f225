import { type Office, type Report, type Repositories } from '@ogi/api-data-access';
import type { ReadOutcome } from '@ogi/report-extract';
import { computeFigures, type ComputedFigures } from '@ogi/report-schema';
import { readingFields } from './reading-fields';
import {
  ingestResult,
  officeAmbiguousMessage,
  toFinding,
  toOfficeRef,
  type IngestOfficeRef,
  type IngestProblem,
  type IngestResult,
  type IngestStatus,
} from './ingest-result';
import type { IngestTarget, ReportViewCheck } from './ingest-target';
import type { PreparedFile } from './prepare-file';

/** A duplicate of a report the uploader may not see: that it exists, and nothing of it. */
function storedElsewhere(name: string): IngestResult {
  return ingestResult(name, 'duplicate', {
    error: {
      code: 'duplicate_elsewhere',
      message: `${name}: the same file is already stored outside your regions; nothing was stored`,
      messageZh: `${name}：相同的文件已存储在您的地区范围之外，未重复保存`,
    },
  });
}

/**
 * The stored file with that sha256 as a `duplicate` result, or null. `mayView` (null: all) says
 * whether the uploader may see the stored report; if not, nothing of it is answered.
 */
export async function findDuplicate(
  repos: Repositories,
  name: string,
  sha256: string,
  mayView: ReportViewCheck | null = null,
): Promise<IngestResult | null> {
  const fileId = await repos.sourceFiles.idBySha256(sha256);
  if (fileId === null) return null;
  const report = await repos.reports.findBySourceFile(fileId);
  if (report && mayView && !(await mayView(repos, report))) return storedElsewhere(name);
  const office = report?.officeId ? await repos.offices.findById(report.officeId) : null;
  const findings = report ? await repos.reports.findingsOf(report.id) : [];
  return ingestResult(name, 'duplicate', {
    reportId: report?.id ?? null,
    office: toOfficeRef(office),
    year: report?.year ?? null,
    findings: findings.map(toFinding),
  });
}

function insertSourceFile(
  repos: Repositories,
  file: PreparedFile,
  target: IngestTarget,
): Promise<number> {
  return repos.sourceFiles.insert({
    sha256: file.sha256,
    fileName: file.name,
    mediaType: file.mediaType,
    size: file.bytes.length,
    content: file.bytes,
    uploadedBy: target.uploadedBy,
    isDemo: target.demo,
  });
}

interface OfficeMatch {
  office: Office | null;
  problem: IngestProblem | null;
  candidates?: IngestOfficeRef[];
}

/** The office a report is for: given, found by its stated name, or created from that name. */
async function matchOffice(
  repos: Repositories,
  fileName: string,
  statedName: string | null,
  target: IngestTarget,
): Promise<OfficeMatch> {
  if (target.office || !statedName) return { office: target.office, problem: null };
  const match = await repos.offices.findOrCreateByName(statedName, target.region, target.demo);
  if (match.office) return { office: match.office, problem: null };
  const found = match.candidates;
  return {
    office: null,
    candidates: found.map((candidate) => toOfficeRef(candidate) as IngestOfficeRef),
    problem: {
      code: 'office_ambiguous',
      message: officeAmbiguousMessage(fileName, statedName, found),
    },
  };
}

function missingProblem(fileName: string, office: boolean, year: boolean): IngestProblem {
  const missing = [office ? 'office' : null, year ? 'year' : null].filter(Boolean);
  return {
    code: `${missing.join('_and_')}_not_stated`,
    message: `${fileName}: the report does not state its ${missing.join(' or ')}; give ${missing
      .map((what) => (what === 'office' ? 'officeId' : 'year'))
      .join(' and ')}`,
  };
}

/** The transaction of one file. Throws to roll everything of this file back. */
export async function storePreparedFile(
  repos: Repositories,
  file: PreparedFile,
  target: IngestTarget,
): Promise<IngestResult> {
  const duplicate = await findDuplicate(repos, file.name, file.sha256, target.mayView);
  if (duplicate) return duplicate;
  const sourceFileId = await insertSourceFile(repos, file, target);
  if (!file.outcome.ok && file.outcome.scanPages) {
    return storeScan(repos, file.name, sourceFileId, file.outcome.scanPages, target);
  }
  return storeReading(repos, file, target, (row) =>
    repos.reports.insert({ ...row, sourceFileId, isDemo: target.demo }),
  );
}

/**
 * A scan: its `processing` report (no values yet, never counted) and a queued OCR job that
 * keeps what the upload said, so the reading is stored at the end as this upload would have.
 */
async function storeScan(
  repos: Repositories,
  name: string,
  sourceFileId: number,
  pages: number,
  target: IngestTarget,
): Promise<IngestResult> {
  const reportId = await repos.reports.insert({
    sourceFileId,
    isDemo: target.demo,
    ...readingFields(null),
    officeId: target.office?.id ?? null,
    year: target.year,
    version: null,
    isCurrent: true,
    status: 'processing',
    errorCode: null,
    errorMessage: null,
  });
  const now = Date.now();
  const jobId = await repos.ocrJobs.insert({
    sourceFileId,
    reportId,
    pagesTotal: pages,
    now,
    target: {
      officeId: target.office?.id ?? null,
      regionId: target.region?.id ?? null,
      year: target.year,
      uploadedBy: target.uploadedBy,
      demo: target.demo,
    },
  });
  return ingestResult(name, 'processing', {
    reportId,
    office: toOfficeRef(target.office),
    year: target.year,
    ocr: { jobId, status: 'queued', pagesDone: 0, pagesTotal: pages },
  });
}

/** The report row's columns a reading decides (the caller adds the file and demo flag). */
export type ReportRow = Omit<
  Report,
  'id' | 'createdAt' | 'isDemo' | 'textFigures' | 'sourceFileId'
> & { textFigures: Report['textFigures'] };

/**
 * Stores a reading as a report: failed, needs_input (office or year unknown) or a new version
 * of its office and year. `place` writes the row (a new one, or the scan's `processing` report)
 * and answers its id. Throws to roll the caller's transaction back.
 */
export async function storeReading(
  repos: Repositories,
  file: { name: string; outcome: ReadOutcome; figures: ComputedFigures | null },
  target: IngestTarget,
  place: (row: ReportRow) => Promise<number>,
): Promise<IngestResult> {
  const { outcome } = file;
  const parsed = outcome.report;
  const base = {
    ...readingFields(parsed),
    textFigures: parsed?.textFigures ? { ...parsed.textFigures } : null,
  };
  const findings = parsed?.findings ?? [];

  if (!outcome.ok) {
    const reportId = await place({
      ...base,
      officeId: null,
      year: null,
      version: null,
      isCurrent: true,
      status: 'failed',
      errorCode: outcome.error.code,
      errorMessage: outcome.error.message,
    });
    await repos.reports.storeFindings(reportId, findings);
    return ingestResult(file.name, 'failed', {
      reportId,
      findings: findings.map(toFinding),
      error: outcome.error,
    });
  }

  const report = outcome.report;
  const match = await matchOffice(repos, file.name, report.office.value, target);
  const office = match.office;
  const year = target.year ?? report.year.value;
  const problem =
    match.problem ??
    (!office || year === null ? missingProblem(file.name, !office, year === null) : null);

  let status: IngestStatus;
  let reportId: number;
  if (problem || !office || year === null) {
    status = 'needs_input';
    reportId = await place({
      ...base,
      officeId: office?.id ?? null,
      year,
      version: null,
      isCurrent: true,
      status: 'needs_input',
      errorCode: problem?.code ?? 'needs_input',
      errorMessage: problem?.message ?? null,
    });
  } else {
    const version = await repos.revisions.takeNextVersion(office.id, year);
    status = version > 1 ? 'new_version' : 'created';
    // Stored as not current and made current once its content is in: the stats rollup triggers
    // then add the report's contribution once, not again for its figures and each error finding.
    reportId = await place({
      ...base,
      officeId: office.id,
      year,
      version,
      isCurrent: false,
      status: 'ok',
      errorCode: null,
      errorMessage: null,
    });
  }
  // Without textFigures: the report row already has them. The figures come computed with the
  // file when it was prepared (off the storing thread), else are computed here.
  const { cells, formatVersion } = report;
  await repos.reports.storeContent(
    reportId,
    { cells, findings, formatVersion },
    file.figures ?? computeFigures(report),
  );
  if (status !== 'needs_input') await repos.reports.markCurrent(reportId);
  return ingestResult(file.name, status, {
    reportId,
    office: toOfficeRef(office),
    year,
    findings: findings.map(toFinding),
    error: problem,
    ...(match.candidates ? { candidates: match.candidates } : {}),
  });
}

/** Only the original bytes, marked failed with the reason the full transaction failed. */
export async function storeOriginalOnly(
  repos: Repositories,
  file: PreparedFile,
  cause: unknown,
  target: IngestTarget,
): Promise<IngestResult> {
  const error: IngestProblem = {
    code: 'storage_failed',
    message: `${file.name}: could not be stored (${(cause as Error).message ?? String(cause)}); nothing of it was kept but the original file`,
  };
  const duplicate = await findDuplicate(repos, file.name, file.sha256, target.mayView);
  if (duplicate) return duplicate;
  const sourceFileId = await insertSourceFile(repos, file, target);
  const reportId = await repos.reports.insert({
    sourceFileId,
    isDemo: target.demo,
    officeId: null,
    year: null,
    version: null,
    isCurrent: true,
    status: 'failed',
    ...readingFields(null),
    errorCode: error.code,
    errorMessage: error.message,
  });
  return ingestResult(file.name, 'failed', { reportId, error });
}
