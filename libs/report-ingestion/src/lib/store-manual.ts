import type { Office, Report, ReportCell, Repositories } from '@ogi/api-data-access';
import {
  PARSER_VERSION,
  manualReading,
  type ManualReading,
  type ManualValues,
} from '@ogi/report-parser';
import { computeFigures } from '@ogi/report-schema';
import { sha256Of } from './prepare-file';

/** What a person entered by hand (填报), and for which office and year. */
export interface ManualEntry extends ManualValues {
  office: Office;
  year: number;
  /** The stored original the values were typed from; absent: a paper copy or none at all. */
  sourceFileId?: number;
  /** Who entered it: recorded as the uploader of the entry, or on each cell's correction. */
  user: { id: number | null; name: string };
  demo?: boolean;
}

export interface ManualEntryStored {
  reportId: number;
  status: 'created' | 'new_version';
}

/** The media type of an entry stored as its own original (no file was typed from). */
export const MANUAL_ENTRY_MEDIA_TYPE = 'application/vnd.ogi.manual-entry+json';

/** Why the correction rows of a hand-entered report exist (the audit trail's 原因). */
export const MANUAL_ENTRY_REASON = '手工填报';

/**
 * A report entered without a file keeps the entry as its original: the model's source file, its
 * viewer and its uploader (who entered it) work as for any upload.
 */
async function storeEntryAsFile(repos: Repositories, entry: ManualEntry): Promise<number> {
  const content = Buffer.from(
    JSON.stringify(
      {
        office: entry.office.name,
        year: entry.year,
        format: entry.format,
        values: entry.values,
        enteredBy: entry.user.name,
        enteredAt: new Date().toISOString(),
      },
      null,
      2,
    ),
  );
  return repos.sourceFiles.insert({
    sha256: sha256Of(content),
    fileName: `手工填报-${entry.office.name}-${entry.year}.json`,
    mediaType: MANUAL_ENTRY_MEDIA_TYPE,
    size: content.length,
    content,
    uploadedBy: entry.user.id,
    isDemo: entry.demo ?? false,
  });
}

/**
 * Each entered cell that differs from what the file's report held (an empty box where nothing was
 * read aside), as a correction by the user:
 * the audit trail says who typed what, and reading the file again puts the entry back on top.
 */
async function recordEntryCorrections(
  repos: Repositories,
  reportId: number,
  reading: ManualReading,
  before: readonly ReportCell[],
  user: string,
): Promise<void> {
  const old = new Map(before.map((cell) => [cell.key, cell]));
  for (const cell of reading.cells) {
    if (cell.assignedBy !== 'manual' || cell.status === 'not_printed') continue;
    const previous = old.get(cell.key);
    if (previous && previous.value === cell.value && previous.status === cell.status) continue;
    // A box left empty where nothing was read says nothing worth an audit row.
    const nothingBefore = !previous || previous.status === 'not_printed';
    if (nothingBefore && cell.status === 'blank') continue;
    await repos.corrections.insert({
      reportId,
      key: cell.key,
      oldValue: previous?.value ?? null,
      oldStatus: previous?.status ?? null,
      newValue: cell.value,
      newStatus: cell.status,
      reason: MANUAL_ENTRY_REASON,
      userName: user,
    });
  }
}

/**
 * The transaction of one hand-entered report: a new version of the office and year, current,
 * with every cell assigned `manual` and the rules' findings. A report of the named file that was
 * never stored as a reading (failed, waiting for OCR or for its office and year) becomes that
 * version itself, so the file no longer waits in the review queue; a file with a stored reading
 * gets a further report beside it. Throws ManualEntryError (nothing stored) for refused values.
 */
export async function storeManualEntry(
  repos: Repositories,
  entry: ManualEntry,
  fileReport: Report | null,
): Promise<ManualEntryStored> {
  const reading = manualReading(entry, entry.office.name);
  const takenOver = fileReport && fileReport.status !== 'ok' ? fileReport : null;
  const before = fileReport ? await repos.reports.cellsOf(fileReport.id) : [];
  const version = await repos.revisions.takeNextVersion(entry.office.id, entry.year);
  const fields = {
    officeId: entry.office.id,
    year: entry.year,
    version,
    // Made current once its content is in: the stats rollup then counts it once.
    isCurrent: false,
    status: 'ok' as const,
    formatActive: reading.formatVersion.active,
    formatApplications: reading.formatVersion.applications,
    formatAppeals: reading.formatVersion.appeals,
    parserVersion: PARSER_VERSION,
    statedOffice: null,
    statedYear: null,
    errorCode: null,
    errorMessage: null,
  };
  let reportId: number;
  if (takenOver) {
    reportId = takenOver.id;
    await repos.revisions.update(reportId, fields);
    await repos.reports.clearContent(reportId);
  } else {
    const sourceFileId = entry.sourceFileId ?? (await storeEntryAsFile(repos, entry));
    reportId = await repos.reports.insert({
      ...fields,
      sourceFileId,
      isDemo: entry.demo ?? false,
    });
  }
  await repos.reports.storeContent(
    reportId,
    { ...reading, textFigures: null },
    computeFigures(reading),
  );
  if (entry.sourceFileId !== undefined) {
    await recordEntryCorrections(repos, reportId, reading, before, entry.user.name);
  }
  await repos.revisions.makeCurrent({ id: reportId, officeId: entry.office.id, year: entry.year });
  return { reportId, status: version > 1 ? 'new_version' : 'created' };
}
