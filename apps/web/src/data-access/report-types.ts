/** Answers and bodies of /api/reports: names for the generated contract's schemas (@ogi/api-contract). */
import type { ResponseOf, Schema } from '@ogi/api-contract';
import type { BodyInput, correctionBody, manualEntryBody, resolveBody } from '@ogi/api-params';

export type OfficeRef = Schema<'OfficeRefDto'>;
export type ReportFormatVersions = Schema<'FormatVersionDto'>;
export type Problem = Schema<'ProblemDto'>;
export type ReportList = ResponseOf<'get', '/reports'>;
/** A row of GET /api/reports: the summary and its counts of failing rules and warnings. */
export type ReportListItem = Schema<'ReportListItemDto'>;
/** The fields every report answer has (list rows and details alike). */
export type ReportSummary = Omit<ReportListItem, 'findingCounts'>;
export type ReportStatus = ReportListItem['status'];
export type ReportDetail = ResponseOf<'get', '/reports/{id}'>;
export type ReportCell = Schema<'CellDto'>;
export type ReportFinding = Schema<'FindingDto'>;
export type SourceLocation = Schema<'LocationDto'>;
export type SourceFileInfo = Schema<'SourceFileDto'>;
export type ReportVersion = Schema<'ReportVersionDto'>;
export type Correction = Schema<'CorrectionDto'>;
/** An HTML or Word original as the lines the parser read (GET /api/reports/{id}/original/text). */
export type ReportPages = ResponseOf<'get', '/reports/{id}/pages'>;
export type ReportPage = Schema<'ReportPageDto'>;
export type ReadableOriginal = ResponseOf<'get', '/reports/{id}/original/text'>;
export type ReadableLine = Schema<'ReadableLineDto'>;
export type ResolveResult = ResponseOf<'post', '/reports/{id}/resolve'>;
export type ManualEntryResult = ResponseOf<'post', '/reports/manual'>;

/** What the web sends: the declarations of @ogi/api-params the api checks them with. */
export type CorrectionRequest = BodyInput<typeof correctionBody>;
export type ResolveRequest = BodyInput<typeof resolveBody>;
export type ManualEntryRequest = BodyInput<typeof manualEntryBody>;
