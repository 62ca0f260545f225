import type { Report, ReportPatch, Repositories } from '@ogi/api-data-access';
import type { ReadOutcome } from '@ogi/report-extract';
import { PARSER_VERSION, ruleFindings, type ParseFinding } from '@ogi/report-parser';
import { computeFigures } from '@ogi/report-schema';
import type { IngestProblem } from './ingest-result';
import { withoutReviewed } from './flag-ocr-cells';
import { readingFields } from './reading-fields';
import { asParseFinding } from './recheck-report';
import {
  applyCorrections,
  changedCells,
  type CellChange,
  type CorrectionConflict,
} from './reread-corrections';

/** The stated office or year a report is now read with, when it differs from before. */
export interface StatedChange {
  field: 'office' | 'year';
  before: string | null;
  after: string | null;
}

/** What reading a stored report again did. */
export interface RereadResult {
  reportId: number;
  /** The stored file's name ('' when the report is gone). */
  file: string;
  /** failed: not readable now (a stored reading is kept), or the report is gone. */
  outcome: 'changed' | 'unchanged' | 'failed';
  statusBefore: string | null;
  statusAfter: string | null;
  parserVersionBefore: string | null;
  /** Values as stored, corrections included. */
  changedCells: CellChange[];
  findingsBefore: number;
  findingsAfter: number;
  /** Corrections whose cell the parser now reads differently than when corrected. */
  corrections: CorrectionConflict[];
  /** Office or year now read differently (the report is not moved). */
  statedChanges: StatedChange[];
  error: IngestProblem | null;
}

/** The answer for a report that no longer exists. */
export function rereadGone(id: number): RereadResult {
  return {
    reportId: id,
    file: '',
    outcome: 'failed',
    statusBefore: null,
    statusAfter: null,
    parserVersionBefore: null,
    changedCells: [],
    findingsBefore: 0,
    findingsAfter: 0,
    corrections: [],
    statedChanges: [],
    error: { code: 'not_found', message: `report ${id} no longer exists` },
  };
}

/** The answer for a report entered by hand without a file: nothing to read, nothing changed. */
export function rereadEntry(id: number, fileName: string): RereadResult {
  return {
    ...rereadGone(id),
    file: fileName,
    outcome: 'unchanged',
    statusBefore: 'ok',
    statusAfter: 'ok',
    parserVersionBefore: null,
    error: null,
  };
}

/** A report a re-read leaves alone (a scan not read by OCR yet): unchanged, with the reason. */
export function rereadSkipped(
  report: Report,
  fileName: string,
  reason: IngestProblem,
  findings: number,
): RereadResult {
  return {
    ...rereadGone(report.id),
    file: fileName,
    outcome: 'unchanged',
    statusBefore: report.status,
    statusAfter: report.status,
    parserVersionBefore: report.parserVersion,
    findingsBefore: findings,
    findingsAfter: findings,
    error: reason,
  };
}

/** What the findings of a report say, for telling whether a re-read changed them. */
function findingsSignature(findings: readonly ParseFinding[]): string {
  return JSON.stringify(
    findings.map((finding) => [
      finding.code,
      finding.ruleId ?? null,
      finding.keys,
      finding.message,
    ]),
  );
}

/** Stated office or year read differently now (the report's assignment stays as it is). */
function statedChanges(report: Report, patch: ReportPatch): StatedChange[] {
  const changes: StatedChange[] = [];
  if ((patch.statedOffice ?? null) !== report.statedOffice) {
    changes.push({
      field: 'office',
      before: report.statedOffice,
      after: patch.statedOffice ?? null,
    });
  }
  if ((patch.statedYear ?? null) !== report.statedYear) {
    changes.push({
      field: 'year',
      before: report.statedYear === null ? null : String(report.statedYear),
      after: patch.statedYear == null ? null : String(patch.statedYear),
    });
  }
  return changes;
}

/**
 * The transaction of re-reading one stored report: its cells, findings and figures replaced by
 * the new reading with the manual corrections put back on top (the rules checked again when a
 * correction changed a cell). A report the new reading fails keeps its stored reading; a report
 * that failed before and now reads waits for its office and year; office and year never change.
 */
export async function storeReread(
  repos: Repositories,
  report: Report,
  fileName: string,
  outcome: ReadOutcome,
): Promise<RereadResult> {
  const cellsBefore = await repos.reports.cellsOf(report.id);
  const findingsBefore = (await repos.reports.findingsOf(report.id)).map(asParseFinding);
  const base = {
    reportId: report.id,
    file: fileName,
    statusBefore: report.status,
    parserVersionBefore: report.parserVersion,
    findingsBefore: findingsBefore.length,
  };
  if (!outcome.ok && report.status !== 'failed') {
    // Never trade a stored reading for nothing: the report stays as it was.
    return {
      ...base,
      outcome: 'failed',
      statusAfter: report.status,
      changedCells: [],
      findingsAfter: findingsBefore.length,
      corrections: [],
      statedChanges: [],
      error: {
        code: outcome.error.code,
        message: `${outcome.error.message}; the reading by ${report.parserVersion} was kept`,
      },
    };
  }
  const parsed = outcome.report;
  const corrections = await repos.corrections.listOf(report.id);
  const corrected = applyCorrections(parsed?.cells ?? [], corrections);
  // A cell a person confirmed or corrected stays so: the new reading's doubt about it is dropped.
  let findings = withoutReviewed(
    parsed?.findings ?? [],
    new Set(corrections.map((correction) => correction.key)),
  );
  if (parsed && corrected.applied) {
    findings = [
      ...findings.filter((finding) => finding.code !== 'rule'),
      ...ruleFindings({
        cells: corrected.cells,
        formatVersion: parsed.formatVersion,
        office: parsed.office.value,
        textFigures: parsed.textFigures,
      }),
    ];
  }
  const patch: ReportPatch = {
    ...readingFields(parsed),
    ...(outcome.ok ? {} : { errorCode: outcome.error.code, errorMessage: outcome.error.message }),
    ...(outcome.ok && report.status === 'failed'
      ? {
          status: 'needs_input' as const,
          errorCode: 'needs_input',
          errorMessage: `${fileName}: read by ${PARSER_VERSION} after failing; give its office and year (POST /api/reports/${report.id}/resolve)`,
        }
      : {}),
  };
  const formatVersion = parsed?.formatVersion ?? {
    active: null,
    applications: null,
    appeals: null,
  };
  await repos.reports.clearContent(report.id);
  await repos.reports.storeContent(
    report.id,
    { cells: corrected.cells, findings, formatVersion, textFigures: parsed?.textFigures ?? null },
    computeFigures({ cells: corrected.cells, formatVersion }),
  );
  await repos.revisions.update(report.id, patch);

  const cellChanges = changedCells(cellsBefore, corrected.cells);
  const stated = statedChanges(report, patch);
  const statusAfter = patch.status ?? report.status;
  const changed =
    cellChanges.length > 0 ||
    stated.length > 0 ||
    statusAfter !== report.status ||
    findingsSignature(findingsBefore) !== findingsSignature(findings) ||
    patch.formatActive !== report.formatActive ||
    patch.formatApplications !== report.formatApplications ||
    patch.formatAppeals !== report.formatAppeals;
  return {
    ...base,
    outcome: outcome.ok ? (changed ? 'changed' : 'unchanged') : 'failed',
    statusAfter,
    changedCells: cellChanges,
    findingsAfter: findings.length,
    corrections: corrected.conflicts,
    statedChanges: stated,
    error: outcome.ok ? null : outcome.error,
  };
}
