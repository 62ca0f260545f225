/**
 * The stored model as plain types. TypeORM entity schemas (entities.ts) map them onto tables;
 * nothing here leaves the API: controllers answer with their own response types.
 */

import type { OfficeKind, RegionLevel, ReportStatus } from '@ogi/report-schema';

// The words are the schema's; passed on so the model reads whole where it is imported.
export { REGION_LEVELS, OFFICE_KINDS, type RegionLevel } from '@ogi/report-schema';
export type StoredOfficeKind = OfficeKind;

export { REPORT_STATUSES, type ReportStatus } from '@ogi/report-schema';

/** Where a cell or finding was read (the parser's SourceLocation). */
export interface StoredLocation {
  line?: number;
  page?: number;
  x?: number;
  y?: number;
  table?: number;
  row?: number;
  column?: number;
  /** OCR: the box of the word the text was read from (x0, y0, x1, y1 in points, y down). */
  box?: [number, number, number, number];
  /** OCR: the word's lowest character probability (0..1). */
  confidence?: number;
}

export interface Region {
  id: number;
  parentId: number | null;
  name: string;
  level: RegionLevel;
  /** National administrative division code (optional). */
  code: string | null;
  /** Materialised path of ids, e.g. `/1/4/17/`: a subtree is `path LIKE '/1/4/%'`. */
  path: string;
  /** Part of the demo data set (removed by `DELETE /api/demo`). */
  isDemo: boolean;
  createdAt: Date;
}

export interface Office {
  id: number;
  name: string;
  /** normaliseOfficeName(name): what matching compares. */
  normalizedName: string;
  kind: StoredOfficeKind;
  regionId: number | null;
  /** Part of the demo data set (removed by `DELETE /api/demo`). */
  isDemo: boolean;
  createdAt: Date;
}

export interface OfficeAlias {
  id: number;
  officeId: number;
  alias: string;
  normalizedAlias: string;
}

export interface SourceFile {
  id: number;
  sha256: string;
  fileName: string;
  mediaType: string;
  size: number;
  content: Buffer;
  /** The account that uploaded it; null for the CLI, the demo data and files stored before. */
  uploadedBy: number | null;
  /** Part of the demo data set (removed by `DELETE /api/demo`). */
  isDemo: boolean;
  createdAt: Date;
}

export interface Report {
  id: number;
  sourceFileId: number;
  officeId: number | null;
  year: number | null;
  /** 1, 2, … per office and year; null while the office or year is unknown. */
  version: number | null;
  /** Not superseded by a later version of the same office and year. */
  isCurrent: boolean;
  status: ReportStatus;
  formatActive: string | null;
  formatApplications: string | null;
  formatAppeals: string | null;
  parserVersion: string;
  /** Office and year as printed in the report (null when not stated). */
  statedOffice: string | null;
  statedYear: number | null;
  /** Why the report failed or needs input (e.g. `not_a_report`, `office_ambiguous`). */
  errorCode: string | null;
  errorMessage: string | null;
  /**
   * Figures quoted in the prose (`applicationsReceived`, …; `{}` when none), for checking the rules
   * again; null when stored before they were kept.
   */
  textFigures: Record<string, number> | null;
  /** Part of the demo data set (removed by `DELETE /api/demo`). */
  isDemo: boolean;
  createdAt: Date;
}

/**
 * The OCR reading of one page as stored: what report-ocr's OcrPage holds besides the image (kept
 * as JSON; its shapes belong to report-extract and report-ocr, so they are not repeated here).
 */
export interface StoredPageOcr {
  /** The page as positioned text for the table reader (report-extract's PdfPage). */
  pdfPage: unknown;
  /** One word per pdfPage item, with its confidence and box (report-ocr's OcrWord). */
  words: unknown[];
  skewDegrees: number;
}

/** One page image of a stored file (a scan), and its OCR reading once read. */
export interface SourcePage {
  sourceFileId: number;
  /** 1-based. */
  page: number;
  imageMediaType: string;
  image: Buffer;
  imageWidth: number;
  imageHeight: number;
  /** The page's size in points (the coordinates of the reading's boxes). */
  pageWidth: number;
  pageHeight: number;
  /** Null until the page is read. */
  ocr: StoredPageOcr | null;
  /** Epoch milliseconds. */
  createdAt: number;
}

export const OCR_JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type OcrJobStatus = (typeof OCR_JOB_STATUSES)[number];

/** What an upload said about its files, kept with an OCR job for storing its reading later. */
export interface OcrJobTarget {
  officeId: number | null;
  regionId: number | null;
  year: number | null;
  uploadedBy: number | null;
  demo: boolean;
}

/** Reading a scanned file by OCR into its `processing` report: claimed by a lease. */
export interface OcrJob {
  id: number;
  sourceFileId: number;
  reportId: number;
  status: OcrJobStatus;
  pagesTotal: number;
  pagesDone: number;
  /** Who runs it (a runner's id) while its lease lasts. */
  leaseOwner: string | null;
  /** Epoch milliseconds; a running job whose lease is over is taken over by another runner. */
  leaseUntil: number | null;
  /** Times it was claimed. */
  attempts: number;
  /** Why it failed (English and Chinese, naming the file and page). */
  error: string | null;
  target: OcrJobTarget;
  /** Epoch milliseconds. */
  createdAt: number;
  updatedAt: number;
}

export interface ReportCell {
  reportId: number;
  key: string;
  /** Order of the cell in the parser's output. */
  position: number;
  value: number | null;
  status: string;
  raw: string | null;
  unit: string | null;
  location: StoredLocation | null;
  assignedBy: string | null;
}

export interface ReportFinding {
  id: number;
  reportId: number;
  position: number;
  code: string;
  severity: string;
  message: string;
  tableId: string | null;
  keys: string[];
  location: StoredLocation | null;
  ruleId: string | null;
  expected: number | null;
  actual: number | null;
}

export interface Correction {
  id: number;
  reportId: number;
  key: string;
  oldValue: number | null;
  newValue: number | null;
  oldStatus: string | null;
  newStatus: string | null;
  reason: string;
  userName: string;
  createdAt: Date;
}

/** A merged office as it was before the merge (restored by an undo with the same id). */
export type MergedOfficeSnapshot = Omit<Office, 'createdAt'> & { createdAt: string };

/** The aliases a merge touched. */
export interface MergeAliasChanges {
  /** Aliases of the source now on the target (same ids). */
  moved: number[];
  /** Aliases of the source the target already had: deleted, restored by an undo. */
  dropped: { id: number; alias: string; normalizedAlias: string }[];
  /** The source's name, added to the target as an alias (null when the target had it). */
  addedId: number | null;
}

/** One report a merge moved or renumbered: its state before and after. */
export interface MergeReportChange {
  id: number;
  year: number | null;
  before: { officeId: number; version: number | null; isCurrent: boolean };
  after: { version: number | null; isCurrent: boolean };
}

export interface OfficeMerge {
  id: number;
  sourceOfficeId: number;
  targetOfficeId: number;
  sourceOffice: MergedOfficeSnapshot & { aliases: string[] };
  aliases: MergeAliasChanges;
  reports: MergeReportChange[];
  createdAt: Date;
  undoneAt: Date | null;
}

export const USER_ROLES = ['viewer', 'editor', 'admin'] as const;
/** viewer reads, editor also uploads and corrects (both within their regions), admin does all. */
export type UserRole = (typeof USER_ROLES)[number];

export interface User {
  id: number;
  username: string;
  /** `scrypt$N$r$p$salt$hash` (base64): the parameters travel with the hash. */
  passwordHash: string;
  role: UserRole;
  /** Regions (each with its whole subtree) an editor or viewer may see; ignored for admins. */
  regionIds: number[];
  disabled: boolean;
  /** The documented demo account (exists only while DEMO_DATA=on). */
  isDemo: boolean;
  /** Epoch milliseconds. */
  createdAt: number;
  updatedAt: number;
}

export interface Session {
  /** SHA-256 (hex) of the cookie's token: a stolen table gives no usable cookie. */
  id: string;
  userId: number;
  csrfToken: string;
  /** Epoch milliseconds. */
  createdAt: number;
  expiresAt: number;
}

/** Failed logins of one key (`user:<name>` or `ip:<address>`) since the window started. */
export interface LoginThrottle {
  key: string;
  failures: number;
  windowStartedAt: number;
  lockedUntil: number | null;
}
