import { MoreThan, Not, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { ENTITY, type ReportFiguresRow } from '../entities/entities';
import type { Report, ReportCell } from '../entities/model';
import type { ComputedFigures } from '@ogi/report-schema';
import { ReportsRepository, type ReportContent } from './reports.repository';

/** The columns of a report that a resolution, a version change or a re-read may change. */
export type ReportPatch = Partial<
  Pick<
    Report,
    | 'officeId'
    | 'year'
    | 'version'
    | 'isCurrent'
    | 'status'
    | 'formatActive'
    | 'formatApplications'
    | 'formatAppeals'
    | 'parserVersion'
    | 'statedOffice'
    | 'statedYear'
    | 'errorCode'
    | 'errorMessage'
    | 'textFigures'
  >
>;

/**
 * Changes to stored reports after they were read: corrected cells, findings and figures checked
 * again, office/year resolved, the current version chosen, the whole content read again.
 */
export class ReportRevisionsRepository {
  private readonly reports: ReportsRepository;

  constructor(private readonly manager: EntityManager) {
    this.reports = new ReportsRepository(manager);
  }

  private get repo() {
    return this.manager.getRepository<Report>(ENTITY.report);
  }

  /**
   * A report, locked until the transaction ends, so that two changes of its cells (a correction
   * and a re-read) never interleave. SQLite runs one write transaction at a time anyway.
   */
  findForUpdate(id: number): Promise<Report | null> {
    const query = this.repo.createQueryBuilder('report').where('report.id = :id', { id });
    if (this.manager.connection.driver.options.type === 'postgres') {
      query.setLock('pessimistic_write');
    }
    return query.getOne();
  }

  async update(id: number, patch: ReportPatch): Promise<void> {
    await this.repo.update({ id }, patch);
  }

  /** A cell's value and status; its raw text, location and assignment stay as read. */
  async updateCell(
    reportId: number,
    key: string,
    cell: Pick<ReportCell, 'value' | 'status'>,
  ): Promise<void> {
    await this.manager
      .getRepository<ReportCell>(ENTITY.reportCell)
      .update({ reportId, key }, { value: cell.value, status: cell.status });
  }

  /** Replaces every finding of a report. */
  async replaceFindings(reportId: number, findings: ReportContent['findings']): Promise<void> {
    await this.manager.getRepository(ENTITY.reportFinding).delete({ reportId });
    await this.reports.storeFindings(reportId, findings);
  }

  async replaceFigures(reportId: number, figures: ComputedFigures): Promise<void> {
    await this.manager.getRepository<ReportFiguresRow>(ENTITY.reportFigures).delete({ reportId });
    await this.reports.insertFigures(reportId, figures);
  }

  /**
   * The next version number of an office and year, with the current version superseded: the
   * caller makes its report that version, current.
   */
  async takeNextVersion(officeId: number, year: number): Promise<number> {
    const version = await this.reports.nextVersion(officeId, year);
    if (version > 1) await this.reports.supersede(officeId, year);
    return version;
  }

  /** Makes one version of its office and year the current one (the others not). */
  async makeCurrent(report: Pick<Report, 'id' | 'officeId' | 'year'>): Promise<void> {
    if (report.officeId !== null && report.year !== null) {
      await this.reports.supersede(report.officeId, report.year);
    }
    await this.reports.markCurrent(report.id);
  }

  /**
   * The next reports to read again, by ascending id after `afterId`: all of them, or only those
   * read by another parser version.
   */
  pageToReread(options: {
    afterId: number;
    limit: number;
    outdatedFor?: string;
  }): Promise<Report[]> {
    const where: FindOptionsWhere<Report> = { id: MoreThan(options.afterId) };
    if (options.outdatedFor !== undefined) where.parserVersion = Not(options.outdatedFor);
    return this.repo.find({ where, order: { id: 'ASC' }, take: options.limit });
  }
}
