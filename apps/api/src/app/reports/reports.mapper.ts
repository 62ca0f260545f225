import type {
  Correction,
  Office,
  Report,
  ReportCell,
  ReportFinding,
  SourceFileInfo,
  StoredLocation,
} from '@ogi/api-data-access';
import type { ParseFinding } from '@ogi/report-parser';
import type {
  CellDto,
  CorrectionDto,
  FindingDto,
  OfficeRefDto,
  ProblemDto,
  ReportDetailDto,
  ReportSummaryDto,
  ReportVersionDto,
  SourceFileDto,
} from './reports.dto';

/** Entities → response shapes. Nothing else turns stored rows into JSON. */

export function toOfficeRef(office: Office | null | undefined): OfficeRefDto | null {
  return office ? { id: office.id, name: office.name, regionId: office.regionId } : null;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function toLocation(location: StoredLocation | null | undefined): StoredLocation | null {
  return location ? withoutUndefined({ ...location }) : null;
}

/** A parser finding as stored and as answered (the same shape). */
export function toFindingDto(finding: ParseFinding | ReportFinding): FindingDto {
  const table = 'table' in finding ? finding.table : finding.tableId;
  return withoutUndefined({
    code: finding.code,
    severity: finding.severity,
    message: finding.message,
    table: table ?? null,
    keys: [...finding.keys],
    location: toLocation(finding.location),
    ruleId: finding.ruleId ?? undefined,
    expected: finding.expected ?? undefined,
    actual: finding.actual ?? undefined,
  });
}

export function toProblem(report: Report): ProblemDto | null {
  return report.errorCode
    ? { code: report.errorCode, message: report.errorMessage ?? report.errorCode }
    : null;
}

export function toSummary(
  report: Report,
  office: Office | null | undefined,
  file: SourceFileInfo | null | undefined,
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
}): ReportDetailDto {
  const values: Record<string, number | null> = {};
  for (const cell of input.cells) values[cell.key] = cell.value;
  const correctedKeys = new Set(input.corrections.map((correction) => correction.key));
  return {
    ...toSummary(input.report, input.office, input.file),
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
