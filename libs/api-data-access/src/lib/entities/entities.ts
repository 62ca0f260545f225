import { EntitySchema, type EntitySchemaColumnOptions } from 'typeorm';
import type { DatabaseType } from '../database/database-config';
import type { FigureFlags } from '@ogi/report-schema';
import { FIGURE_COLUMNS, figureProperty } from '../figures/report-figures';
import type {
  Correction,
  Office,
  OfficeAlias,
  LoginThrottle,
  OcrJob,
  OfficeMerge,
  Region,
  Report,
  ReportCell,
  ReportFinding,
  Session,
  SourceFile,
  SourcePage,
  User,
} from './model';

/** Entity names, for `manager.getRepository(ENTITY.report)`. */
export const ENTITY = {
  region: 'Region',
  office: 'Office',
  officeAlias: 'OfficeAlias',
  sourceFile: 'SourceFile',
  report: 'Report',
  reportCell: 'ReportCell',
  reportFinding: 'ReportFinding',
  reportFigures: 'ReportFigures',
  correction: 'Correction',
  officeMerge: 'OfficeMerge',
  user: 'User',
  session: 'Session',
  loginThrottle: 'LoginThrottle',
  sourcePage: 'SourcePage',
  ocrJob: 'OcrJob',
} as const;

/** A report's figures row: one nullable number per FIGURE_COLUMNS entry (camelCase), plus flags. */
export interface ReportFiguresRow {
  reportId: number;
  flags: FigureFlags;
  [column: string]: number | null | FigureFlags;
}

type Columns = Record<string, EntitySchemaColumnOptions>;

/** Epoch milliseconds in a bigint (PostgreSQL's driver answers bigint as a string). */
const millis = (name: string, nullable = false): EntitySchemaColumnOptions => ({
  type: 'bigint',
  name,
  nullable,
  transformer: {
    to: (value: number | null | undefined) => value,
    from: (value: string | number | null) => (value === null ? null : Number(value)),
  },
});

const id = (): EntitySchemaColumnOptions => ({
  type: 'integer',
  primary: true,
  generated: 'increment',
});
const int = (name: string, nullable = false): EntitySchemaColumnOptions => ({
  type: 'integer',
  name,
  nullable,
});
const text = (name: string, nullable = false): EntitySchemaColumnOptions => ({
  type: 'varchar',
  name,
  nullable,
});
const json = (name: string, nullable = false): EntitySchemaColumnOptions => ({
  type: 'simple-json',
  name,
  nullable,
});

/**
 * The entity schemas for one database. Only two types differ: bytes (BLOB / BYTEA) and times
 * (datetime text in UTC / timestamptz). The tables themselves come from the migrations.
 */
export function createEntitySchemas(type: DatabaseType): EntitySchema[] {
  const number = (name: string, nullable = true): EntitySchemaColumnOptions => ({
    type: type === 'postgres' ? 'double precision' : 'real',
    name,
    nullable,
  });
  const time = (name: string): EntitySchemaColumnOptions => ({
    type: type === 'postgres' ? 'timestamptz' : 'datetime',
    name,
  });
  const bool = (name: string): EntitySchemaColumnOptions => ({ type: 'boolean', name });

  const region = new EntitySchema<Region>({
    name: ENTITY.region,
    tableName: 'regions',
    columns: {
      id: id(),
      parentId: int('parent_id', true),
      name: text('name'),
      level: text('level'),
      code: text('code', true),
      path: text('path'),
      isDemo: bool('is_demo'),
      createdAt: time('created_at'),
    } satisfies Columns,
  });

  const office = new EntitySchema<Office>({
    name: ENTITY.office,
    tableName: 'offices',
    columns: {
      id: id(),
      name: text('name'),
      normalizedName: text('normalized_name'),
      kind: text('kind'),
      regionId: int('region_id', true),
      isDemo: bool('is_demo'),
      createdAt: time('created_at'),
    } satisfies Columns,
  });

  const officeAlias = new EntitySchema<OfficeAlias>({
    name: ENTITY.officeAlias,
    tableName: 'office_aliases',
    columns: {
      id: id(),
      officeId: int('office_id'),
      alias: text('alias'),
      normalizedAlias: text('normalized_alias'),
    } satisfies Columns,
  });

  const sourceFile = new EntitySchema<SourceFile>({
    name: ENTITY.sourceFile,
    tableName: 'source_files',
    columns: {
      id: id(),
      sha256: text('sha256'),
      fileName: text('file_name'),
      mediaType: text('media_type'),
      size: int('size'),
      content: { type: type === 'postgres' ? 'bytea' : 'blob', name: 'content' },
      uploadedBy: int('uploaded_by', true),
      isDemo: bool('is_demo'),
      createdAt: time('created_at'),
    } satisfies Columns,
  });

  const report = new EntitySchema<Report>({
    name: ENTITY.report,
    tableName: 'reports',
    columns: {
      id: id(),
      sourceFileId: int('source_file_id'),
      officeId: int('office_id', true),
      year: int('year', true),
      version: int('version', true),
      isCurrent: bool('is_current'),
      status: text('status'),
      formatActive: text('format_active', true),
      formatApplications: text('format_applications', true),
      formatAppeals: text('format_appeals', true),
      parserVersion: text('parser_version'),
      statedOffice: text('stated_office', true),
      statedYear: int('stated_year', true),
      errorCode: text('error_code', true),
      errorMessage: text('error_message', true),
      textFigures: json('text_figures', true),
      isDemo: bool('is_demo'),
      createdAt: time('created_at'),
    } satisfies Columns,
  });

  const reportCell = new EntitySchema<ReportCell>({
    name: ENTITY.reportCell,
    tableName: 'report_cells',
    columns: {
      reportId: { type: 'integer', name: 'report_id', primary: true },
      key: { type: 'varchar', name: 'key', primary: true },
      position: int('position'),
      value: number('value'),
      status: text('status'),
      raw: text('raw', true),
      unit: text('unit', true),
      location: json('location', true),
      assignedBy: text('assigned_by', true),
    } satisfies Columns,
  });

  const reportFinding = new EntitySchema<ReportFinding>({
    name: ENTITY.reportFinding,
    tableName: 'report_findings',
    columns: {
      id: id(),
      reportId: int('report_id'),
      position: int('position'),
      code: text('code'),
      severity: text('severity'),
      message: text('message'),
      tableId: text('table_id', true),
      keys: json('keys'),
      location: json('location', true),
      ruleId: text('rule_id', true),
      expected: number('expected'),
      actual: number('actual'),
    } satisfies Columns,
  });

  const figureColumns: Columns = {};
  for (const column of FIGURE_COLUMNS)
    figureColumns[figureProperty(column.column)] = number(column.column);
  const reportFigures = new EntitySchema<ReportFiguresRow>({
    name: ENTITY.reportFigures,
    tableName: 'report_figures',
    columns: {
      reportId: { type: 'integer', name: 'report_id', primary: true },
      flags: json('flags'),
      ...figureColumns,
    },
  });

  const correction = new EntitySchema<Correction>({
    name: ENTITY.correction,
    tableName: 'corrections',
    columns: {
      id: id(),
      reportId: int('report_id'),
      key: text('key'),
      oldValue: number('old_value'),
      newValue: number('new_value'),
      oldStatus: text('old_status', true),
      newStatus: text('new_status', true),
      reason: text('reason'),
      userName: text('user_name'),
      createdAt: time('created_at'),
    } satisfies Columns,
  });

  const officeMerge = new EntitySchema<OfficeMerge>({
    name: ENTITY.officeMerge,
    tableName: 'office_merges',
    columns: {
      id: id(),
      sourceOfficeId: int('source_office_id'),
      targetOfficeId: int('target_office_id'),
      sourceOffice: json('source_office'),
      aliases: json('aliases'),
      reports: json('reports'),
      createdAt: time('created_at'),
      undoneAt: { ...time('undone_at'), nullable: true },
    } satisfies Columns,
  });

  const user = new EntitySchema<User>({
    name: ENTITY.user,
    tableName: 'users',
    columns: {
      id: id(),
      username: text('username'),
      passwordHash: text('password_hash'),
      role: text('role'),
      regionIds: json('region_ids'),
      disabled: bool('disabled'),
      isDemo: bool('is_demo'),
      createdAt: millis('created_at'),
      updatedAt: millis('updated_at'),
    } satisfies Columns,
  });

  const session = new EntitySchema<Session>({
    name: ENTITY.session,
    tableName: 'sessions',
    columns: {
      id: { type: 'varchar', name: 'id', primary: true },
      userId: int('user_id'),
      csrfToken: text('csrf_token'),
      createdAt: millis('created_at'),
      expiresAt: millis('expires_at'),
    } satisfies Columns,
  });

  const loginThrottle = new EntitySchema<LoginThrottle>({
    name: ENTITY.loginThrottle,
    tableName: 'login_throttle',
    columns: {
      key: { type: 'varchar', name: 'key', primary: true },
      failures: int('failures'),
      windowStartedAt: millis('window_started_at'),
      lockedUntil: millis('locked_until', true),
    } satisfies Columns,
  });

  const sourcePage = new EntitySchema<SourcePage>({
    name: ENTITY.sourcePage,
    tableName: 'source_pages',
    columns: {
      sourceFileId: { type: 'integer', name: 'source_file_id', primary: true },
      page: { type: 'integer', name: 'page', primary: true },
      imageMediaType: text('image_media_type'),
      image: { type: type === 'postgres' ? 'bytea' : 'blob', name: 'image' },
      imageWidth: int('image_width'),
      imageHeight: int('image_height'),
      pageWidth: number('page_width', false),
      pageHeight: number('page_height', false),
      ocr: json('ocr', true),
      createdAt: millis('created_at'),
    } satisfies Columns,
  });

  const ocrJob = new EntitySchema<OcrJob>({
    name: ENTITY.ocrJob,
    tableName: 'ocr_jobs',
    columns: {
      id: id(),
      sourceFileId: int('source_file_id'),
      reportId: int('report_id'),
      status: text('status'),
      pagesTotal: int('pages_total'),
      pagesDone: int('pages_done'),
      leaseOwner: text('lease_owner', true),
      leaseUntil: millis('lease_until', true),
      attempts: int('attempts'),
      error: text('error', true),
      target: json('target'),
      createdAt: millis('created_at'),
      updatedAt: millis('updated_at'),
    } satisfies Columns,
  });

  return [
    user,
    session,
    loginThrottle,
    region,
    office,
    officeAlias,
    sourceFile,
    report,
    reportCell,
    reportFinding,
    reportFigures,
    correction,
    officeMerge,
    sourcePage,
    ocrJob,
  ];
}
