import type {
  Correction,
  OcrJob,
  Office,
  Report,
  ReportCell,
  ReportFinding,
  SourceFileInfo,
} from '@ogi/api-data-access';
// Ingestion results and report details answer offices, locations and findings alike.
import { toFinding as toFindingDto, toLocation, toOfficeRef } from '@ogi/report-ingestion';
import type {
  CellDto,
  CorrectionDto,
  OcrProgressDto,
  ProblemDto,
  ReportDetailDto,
  ReportSummaryDto,
  ReportVersionDto,
  SourceFileDto,
} from './reports.dto';

/** Entities → response shapes. Nothing else turns stored rows into JSON. */

export function toProblem(report: Report): ProblemDto | null {
  return report.errorCode
    ? { code: report.errorCode, message: report.errorMessage ?? report.errorCode }
    : null;
}

export function toOcrProgress(job: OcrJob | null | undefined): OcrProgressDto | null {
  return job ? { status: job.status, pagesDone: job.pagesDone, pagesTotal: job.pagesTotal } : null;
}

export function toSummary(
  report: Report,
  office: Office | null | undefined,
  file: SourceFileInfo | null | undefined,
  ocrJob?: OcrJob | null,
): ReportSummaryDto {
  return {
    id: report.id,
    office: toOfficeRef(office),
    year: report.year,
    version: report.version,
    isCurrent: report.isCurrent,
    status: report.status,
    formatVersion: {
      active: report.formatActive,
      applications: report.formatApplications,
      appeals: report.formatAppeals,
    },
    parserVersion: report.parserVersion,
    fileName: file?.fileName ?? '',
    createdAt: report.createdAt.toISOString(),
    error: toProblem(report),
    ocr: toOcrProgress(ocrJob),
  };
}

export function toCellDto(cell: ReportCell, corrected = false): CellDto {
  return {
    key: cell.key,
    value: cell.value,
    status: cell.status,
    raw: cell.raw,
    unit: cell.unit,
    location: toLocation(cell.location),
    assignedBy: cell.assignedBy,
    corrected,
  };
}

export function toCorrectionDto(correction: Correction): CorrectionDto {
  return {
    id: correction.id,
    key: correction.key,
    oldValue: correction.oldValue,
    oldStatus: correction.oldStatus,
    newValue: correction.newValue,
    newStatus: correction.newStatus,
    reason: correction.reason,
    user: correction.userName,
    createdAt: correction.createdAt.toISOString(),
  };
}

export function toSourceFileDto(file: SourceFileInfo): SourceFileDto {
  return {
    id: file.id,
    fileName: file.fileName,
    mediaType: file.mediaType,
    size: file.size,
    sha256: file.sha256,
  };
}

export function toDetail(input: {
  report: Report;
  office: Office | null;
  file: SourceFileInfo;
  cells: ReportCell[];
  findings: ReportFinding[];
  versions: { report: Report; file: SourceFileInfo | undefined }[];
  corrections: Correction[];
  ocrJob: OcrJob | null;
}): ReportDetailDto {
  const values: Record<string, number | null> = {};
  for (const cell of input.cells) values[cell.key] = cell.value;
  const correctedKeys = new Set(input.corrections.map((correction) => correction.key));
  return {
    ...toSummary(input.report, input.office, input.file, input.ocrJob),
    statedOffice: input.report.statedOffice,
    statedYear: input.report.statedYear,
    sourceFile: toSourceFileDto(input.file),
    values,
    cells: input.cells.map((cell) => toCellDto(cell, correctedKeys.has(cell.key))),
    findings: input.findings.map(toFindingDto),
    versions: input.versions.map(
      ({ report, file }): ReportVersionDto => ({
        id: report.id,
        version: report.version,
        isCurrent: report.isCurrent,
        status: report.status,
        fileName: file?.fileName ?? '',
        parserVersion: report.parserVersion,
        createdAt: report.createdAt.toISOString(),
      }),
    ),
    corrections: input.corrections.map(toCorrectionDto),
  };
}
