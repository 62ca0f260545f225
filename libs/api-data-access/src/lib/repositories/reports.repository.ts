import type { ParsedReport } from '@ogi/report-parser';
import { PROBLEM_KINDS, type ComputedFigures, type ReportSort } from '@ogi/report-schema';
import { Brackets, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { ENTITY, type ReportFiguresRow } from '../entities/entities';
import type { Region, Report, ReportCell, ReportFinding, ReportStatus } from '../entities/model';
import { FIGURE_COLUMNS, figureProperty } from '../figures/report-figures';
import { inRegionSubtrees } from './region-paths';
import { officeColumnInScope, type StatsScope } from '../stats/stats-scope';
import { insertRowReturningId, insertRows } from './bulk-insert';
import { queryWithParameters } from './parameterised-sql';
import { normaliseOfficeName } from '../names/office-names';
import { likeLiteral } from './offices.repository';
import {
  findingOfKind,
  NO_FINDINGS,
  SERIOUS_FINDING,
  whereProblem,
  type FindingCounts,
  type ReportProblem,
} from './report-problems';

/** What the parser read from a file: stored as cells, findings and the dashboard's figures. */
export type ReportContent = Pick<ParsedReport, 'cells' | 'findings' | 'formatVersion'> &
  Partial<Pick<ParsedReport, 'textFigures'>>;

export interface ReportFilter {
  year?: number;
  /** Years from … to (both ends included; reports of no known year too); either end may be open. */
  yearFrom?: number;
  yearTo?: number;
  /** Words in the office's name (or an alias) or in the file name. */
  text?: string;
  officeId?: number;
  /** Offices anywhere in this region's subtree. */
  region?: Region;
  /** Only reports of offices in these regions' subtrees (a user's scope); absent: every report. */
  regionPaths?: readonly string[];
  /**
   * With `regionPaths`: also the reports without an office (needs_input, failed) whose file this
   * account uploaded; such a report has no region to decide by.
   */
  uploadedBy?: number;
  status?: ReportStatus;
  /** Only reports not superseded by a later version (default in the API). */
  currentOnly?: boolean;
  /** Only reports with this kind of problem (the review queue). */
  problem?: ReportProblem;
  /**
   * The stats filter's offices (ids, kinds, region subtrees, a stored selection) and 表三 format,
   * by the stats' own SQL: the review queue lists what 总览 counts under the same filter.
   */
  statsFilter?: Omit<StatsScope, 'yearFrom' | 'yearTo'>;
  sort?: ReportSort;
  order?: 'asc' | 'desc';
  offset: number;
  limit: number;
}

export class ReportsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository<Report>(ENTITY.report);
  }

  findById(id: number): Promise<Report | null> {
    return this.repo.findOneBy({ id });
  }

  /** The report made from a stored file (the latest one, should it have been re-read). */
  findBySourceFile(sourceFileId: number): Promise<Report | null> {
    return this.repo.findOne({ where: { sourceFileId }, order: { id: 'DESC' } });
  }

  /** Every version of an office's report for a year, newest first. */
  versionsOf(officeId: number, year: number): Promise<Report[]> {
    return this.repo.find({ where: { officeId, year }, order: { version: 'DESC', id: 'DESC' } });
  }

  async nextVersion(officeId: number, year: number): Promise<number> {
    const rows: { max: number | string | null }[] = await queryWithParameters(
      this.manager,
      `SELECT MAX("version") AS "max" FROM "reports" WHERE "office_id" = ? AND "year" = ?`,
      [officeId, year],
    );
    return Number(rows[0]?.max ?? 0) + 1;
  }

  /** Marks the current version of an office and year as superseded. */
  async supersede(officeId: number, year: number): Promise<void> {
    await queryWithParameters(
      this.manager,
      `UPDATE "reports" SET "is_current" = FALSE WHERE "office_id" = ? AND "year" = ? AND "is_current" = TRUE`,
      [officeId, year],
    );
  }

  /** Flags one report as current; the caller has superseded the other versions of its office and year. */
  async markCurrent(reportId: number): Promise<void> {
    await queryWithParameters(
      this.manager,
      `UPDATE "reports" SET "is_current" = TRUE WHERE "id" = ?`,
      [reportId],
    );
  }

  async insert(
    report: Omit<Report, 'id' | 'createdAt' | 'isDemo' | 'textFigures'> &
      Partial<Pick<Report, 'isDemo' | 'textFigures'>>,
  ): Promise<number> {
    return insertRowReturningId<Report>(this.manager, ENTITY.report, {
      ...report,
      isDemo: report.isDemo ?? false,
      textFigures: report.textFigures ?? null,
      createdAt: new Date(),
    });
  }

  insertCells(cells: readonly ReportCell[]): Promise<void> {
    return insertRows<ReportCell>(this.manager, ENTITY.reportCell, cells);
  }

  insertFindings(findings: readonly Omit<ReportFinding, 'id'>[]): Promise<void> {
    return insertRows<ReportFinding>(this.manager, ENTITY.reportFinding, findings);
  }

  /** The figures computed by @ogi/report-schema `computeFigures`, each in its column. */
  insertFigures(reportId: number, figures: ComputedFigures): Promise<void> {
    const row: ReportFiguresRow = { reportId, flags: figures.flags };
    for (const column of FIGURE_COLUMNS) {
      row[figureProperty(column.column)] = figures.values[column.id] ?? null;
    }
    return insertRows<ReportFiguresRow>(this.manager, ENTITY.reportFigures, [row]);
  }

  /**
   * Stores the cells, findings and figures of a report (after `clearContent` when re-reading).
   * What they are is the caller's (@ogi/report-ingestion): findings may be only the parser's or
   * include rule results, and the figures are computed from the cells stored.
   */
  async storeContent(
    reportId: number,
    content: ReportContent,
    figures: ComputedFigures,
  ): Promise<void> {
    if (content.textFigures !== undefined) {
      await this.repo.update({ id: reportId }, { textFigures: { ...content.textFigures } });
    }
    await this.insertCells(
      content.cells.map((cell, position) => ({
        reportId,
        key: cell.key,
        position,
        value: cell.value,
        status: cell.status,
        raw: cell.raw,
        unit: cell.unit,
        location: cell.location,
        assignedBy: cell.assignedBy,
      })),
    );
    await this.storeFindings(reportId, content.findings);
    await this.insertFigures(reportId, figures);
  }

  storeFindings(reportId: number, findings: ReportContent['findings']): Promise<void> {
    return this.insertFindings(
      findings.map((finding, position) => ({
        reportId,
        position,
        code: finding.code,
        severity: finding.severity,
        message: finding.message,
        tableId: finding.table,
        keys: finding.keys,
        location: finding.location,
        ruleId: finding.ruleId ?? null,
        expected: finding.expected ?? null,
        actual: finding.actual ?? null,
      })),
    );
  }

  /** Removes a report's cells, findings and figures (the report row and its file stay). */
  async clearContent(reportId: number): Promise<void> {
    await this.manager.getRepository(ENTITY.reportCell).delete({ reportId });
    await this.manager.getRepository(ENTITY.reportFinding).delete({ reportId });
    await this.manager.getRepository(ENTITY.reportFigures).delete({ reportId });
  }

  cellsOf(reportId: number): Promise<ReportCell[]> {
    return this.manager
      .getRepository<ReportCell>(ENTITY.reportCell)
      .find({ where: { reportId }, order: { position: 'ASC' } });
  }

  findingsOf(reportId: number): Promise<ReportFinding[]> {
    return this.manager
      .getRepository<ReportFinding>(ENTITY.reportFinding)
      .find({ where: { reportId }, order: { position: 'ASC' } });
  }

  figuresOf(reportId: number): Promise<ReportFiguresRow | null> {
    return this.manager
      .getRepository<ReportFiguresRow>(ENTITY.reportFigures)
      .findOneBy({ reportId });
  }

  /** One page of reports matching a filter, newest first, and the number of all matches. */
  async list(filter: ReportFilter): Promise<{ items: Report[]; total: number }> {
    const query = this.repo.createQueryBuilder('report');
    if (filter.year !== undefined) query.andWhere('report.year = :year', { year: filter.year });
    // A report whose year is not known yet stays in any range: it waits for a person.
    if (filter.yearFrom !== undefined)
      query.andWhere('(report.year IS NULL OR report.year >= :yearFrom)', {
        yearFrom: filter.yearFrom,
      });
    if (filter.yearTo !== undefined)
      query.andWhere('(report.year IS NULL OR report.year <= :yearTo)', { yearTo: filter.yearTo });
    if (filter.text) whereText(query, filter.text);
    if (filter.officeId !== undefined)
      query.andWhere('report.officeId = :officeId', { officeId: filter.officeId });
    if (filter.status !== undefined)
      query.andWhere('report.status = :status', { status: filter.status });
    if (filter.currentOnly) query.andWhere('report.isCurrent = :current', { current: true });
    if (filter.regionPaths) {
      const scope = inRegionSubtrees('scope_office.region_id', filter.regionPaths);
      const inScope = `report.officeId IN (SELECT scope_office.id FROM offices scope_office WHERE ${scope.sql})`;
      if (filter.uploadedBy === undefined) query.andWhere(inScope, scope.params);
      else {
        query.andWhere(
          `(${inScope} OR (report.officeId IS NULL AND EXISTS (SELECT 1 FROM source_files own_file WHERE own_file.id = report.source_file_id AND own_file.uploaded_by = :scopeUploader)))`,
          { ...scope.params, scopeUploader: filter.uploadedBy },
        );
      }
    }
    if (filter.region) {
      query.andWhere(
        `report.officeId IN (SELECT office.id FROM offices office JOIN regions region ON region.id = office.region_id WHERE region.path LIKE :prefix)`,
        { prefix: `${filter.region.path}%` },
      );
    }
    if (filter.statsFilter) whereInStatsFilter(query, filter.statsFilter);
    if (filter.problem) whereProblem(query, filter.problem);
    orderReports(query, filter.sort ?? 'createdAt', filter.order ?? 'desc');
    const [items, total] = await query.skip(filter.offset).take(filter.limit).getManyAndCount();
    return { items, total };
  }

  /** Error and warning findings per report and kind of problem, for the given reports. */
  async findingCounts(reportIds: readonly number[]): Promise<Map<number, FindingCounts>> {
    const counts = new Map<number, FindingCounts>();
    if (reportIds.length === 0) return counts;
    const query = this.manager
      .getRepository<ReportFinding>(ENTITY.reportFinding)
      .createQueryBuilder('f')
      .select('f.report_id', 'reportId');
    for (const kind of PROBLEM_KINDS) {
      query.addSelect(`SUM(CASE WHEN ${findingOfKind(kind)} THEN 1 ELSE 0 END)`, kind);
    }
    const rows = await query
      .where(SERIOUS_FINDING)
      .andWhere('f.report_id IN (:...ids)', { ids: [...reportIds] })
      .groupBy('f.report_id')
      .getRawMany<Record<string, number | string>>();
    for (const row of rows) {
      const count = { ...NO_FINDINGS };
      for (const kind of PROBLEM_KINDS) count[kind] = Number(row[kind] ?? 0);
      counts.set(Number(row['reportId']), count);
    }
    return counts;
  }
}

/** Reports of the offices and format a stats filter holds (stats-scope.ts decides which). */
function whereInStatsFilter(
  query: SelectQueryBuilder<Report>,
  filter: Omit<StatsScope, 'yearFrom' | 'yearTo'>,
): void {
  const offices = officeColumnInScope('report.officeId', filter);
  if (offices) query.andWhere(offices.sql, offices.params);
  if (filter.format) {
    query.andWhere('report.formatApplications = :statsFormat', { statsFormat: filter.format });
  }
}

/** Reports whose office's name (or an alias) or file name holds the words; no user text in SQL. */
function whereText(query: SelectQueryBuilder<Report>, text: string): void {
  const office = `%${likeLiteral(normaliseOfficeName(text))}%`;
  const file = `%${likeLiteral(text.trim())}%`;
  query.andWhere(
    new Brackets((match) =>
      match
        .where(
          `report.officeId IN (SELECT text_office.id FROM offices text_office WHERE text_office.normalized_name LIKE :officeText ESCAPE '\\' OR text_office.id IN (SELECT text_alias.office_id FROM office_aliases text_alias WHERE text_alias.normalized_alias LIKE :officeText ESCAPE '\\'))`,
          { officeText: office },
        )
        .orWhere(
          `report.sourceFileId IN (SELECT text_file.id FROM source_files text_file WHERE text_file.file_name LIKE :fileText ESCAPE '\\')`,
          { fileText: file },
        ),
    ),
  );
}

const SORT_SQL: Record<ReportSort, string> = {
  createdAt: 'report.id',
  year: 'report.year',
  office:
    '(SELECT sort_office.normalized_name FROM offices sort_office WHERE sort_office.id = report.office_id)',
  file: '(SELECT sort_file.file_name FROM source_files sort_file WHERE sort_file.id = report.source_file_id)',
};

/** Orders by a column, then newest first; reports without the value (no office, no year) last. */
function orderReports(
  query: SelectQueryBuilder<Report>,
  sort: ReportSort,
  order: 'asc' | 'desc',
): void {
  const direction = order === 'asc' ? 'ASC' : 'DESC';
  if (sort !== 'createdAt') {
    query.addOrderBy(`CASE WHEN ${SORT_SQL[sort]} IS NULL THEN 1 ELSE 0 END`, 'ASC');
    query.addOrderBy(SORT_SQL[sort], direction);
    query.addOrderBy('report.id', 'DESC');
  } else query.addOrderBy('report.id', direction);
}
