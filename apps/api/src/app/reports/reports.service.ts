import {
  BadRequestException,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { ExtractError, readableOriginal } from '@ogi/report-extract';
import { mediaTypeOf } from '@ogi/report-ingestion';
import {
  Database,
  NO_FINDINGS,
  Repositories,
  type SourceFile,
  type StatsScope,
} from '@ogi/api-data-access';
import type { EntityManager } from 'typeorm';
import type { AccessScope } from '../auth/access-scope';
import { assertOfficeUsable, assertRegionUsable, visibleReport } from '../auth/scope-checks';
import type { ReportListQuery } from '@ogi/api-params';
import { MIN_REPORT_YEAR } from '@ogi/report-schema';
import { resolveScope } from '../stats/resolve-scope';
import type { ReadableOriginalDto, ReportDetailDto, ReportListDto } from './reports.dto';
import { toDetail, toSummary } from './reports.mapper';

/** Originals whose markup the page shows as the text the parser read (PDF and text show as they are). */
const READABLE_MEDIA_TYPES: ReadonlySet<string> = new Set([
  mediaTypeOf('', 'html'),
  mediaTypeOf('', 'docx'),
]);

/**
 * The stats filters a list was given, checked and resolved as 总览 resolves them (unknown ids 400,
 * out of the caller's regions 403); undefined without any, so the caller's own uploads without an
 * office stay listed.
 */
async function reviewScope(
  manager: EntityManager,
  access: AccessScope,
  query: ReportListQuery,
): Promise<Omit<StatsScope, 'yearFrom' | 'yearTo'> | undefined> {
  const { regionIds, officeIds, officeKinds, format, selection } = query;
  if (!regionIds?.length && !officeIds?.length && !officeKinds?.length && !format && !selection)
    return undefined;
  // The years are the list's own (yearFrom/yearTo keep reports of no known year); only the
  // office and format conditions are taken.
  const years = { yearFrom: MIN_REPORT_YEAR, yearTo: MIN_REPORT_YEAR };
  const filter = { ...years, regionIds, officeIds, officeKinds, format, selection };
  const scope = await resolveScope(manager, access, filter);
  return {
    // No region asked for: the caller's regions apply through the list's own scope condition,
    // which also keeps the caller's uploads without an office.
    regionPaths: regionIds?.length ? scope.regionPaths : undefined,
    officeIds: scope.officeIds,
    officeKinds: scope.officeKinds,
    format: scope.format,
    selection: scope.selection,
  };
}

/** Reading stored reports: lists, one report with its cells and versions, the original file. */
@Injectable()
export class ReportsService {
  constructor(private readonly db: Database) {}

  list(access: AccessScope, query: ReportListQuery): Promise<ReportListDto> {
    return this.db.read(async (manager) => {
      const repos = new Repositories(manager);
      await assertRegionUsable(repos, access, query.regionId);
      await assertOfficeUsable(repos, access, query.officeId);
      const region = query.regionId ? await repos.regions.findById(query.regionId) : null;
      if (query.regionId && !region) {
        throw new BadRequestException(`regionId ${query.regionId}: no such region`);
      }
      const statsFilter = await reviewScope(manager, access, query);
      const { items, total } = await repos.reports.list({
        year: query.year,
        yearFrom: query.yearFrom,
        yearTo: query.yearTo,
        text: query.q,
        officeId: query.officeId,
        region: region ?? undefined,
        regionPaths: access.regionPaths ?? undefined,
        uploadedBy: access.userId,
        status: query.status,
        problem: query.problem,
        statsFilter,
        sort: query.sort,
        order: query.order,
        currentOnly: query.current,
        offset: (query.page - 1) * query.pageSize,
        limit: query.pageSize,
      });
      const offices = await repos.offices.findByIds(
        items.flatMap((report) => (report.officeId ? [report.officeId] : [])),
      );
      const files = await repos.sourceFiles.findInfoByIds(
        items.map((report) => report.sourceFileId),
      );
      const counts = await repos.reports.findingCounts(items.map((report) => report.id));
      const jobs = await repos.ocrJobs.findByReports(items.map((report) => report.id));
      const jobByReport = new Map(jobs.map((job) => [job.reportId, job]));
      const officeById = new Map(offices.map((office) => [office.id, office]));
      const fileById = new Map(files.map((file) => [file.id, file]));
      return {
        items: items.map((report) => ({
          ...toSummary(
            report,
            report.officeId ? officeById.get(report.officeId) : null,
            fileById.get(report.sourceFileId),
            jobByReport.get(report.id),
          ),
          findingCounts: counts.get(report.id) ?? NO_FINDINGS,
        })),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    });
  }

  get(access: AccessScope, id: number): Promise<ReportDetailDto> {
    return this.db.read(async (manager) => {
      const repos = new Repositories(manager);
      const report = await visibleReport(repos, access, id);
      const office = report.officeId ? await repos.offices.findById(report.officeId) : null;
      const versions =
        report.officeId && report.year !== null
          ? (await repos.reports.versionsOf(report.officeId, report.year)).filter(
              (version) => version.version !== null,
            )
          : [report];
      const files = await repos.sourceFiles.findInfoByIds([
        report.sourceFileId,
        ...versions.map((version) => version.sourceFileId),
      ]);
      const fileById = new Map(files.map((file) => [file.id, file]));
      const file = fileById.get(report.sourceFileId);
      if (!file) throw new NotFoundException(`report ${id}: its source file is missing`);
      return toDetail({
        report,
        office,
        file,
        cells: await repos.reports.cellsOf(id),
        findings: await repos.reports.findingsOf(id),
        versions: versions.map((version) => ({
          report: version,
          file: fileById.get(version.sourceFileId),
        })),
        corrections: await repos.corrections.listOf(id),
        ocrJob: (await repos.ocrJobs.findByReports([id]))[0] ?? null,
      });
    });
  }

  original(access: AccessScope, id: number): Promise<SourceFile> {
    return this.db.read(async (manager) => {
      const repos = new Repositories(manager);
      const report = await visibleReport(repos, access, id);
      const file = await repos.sourceFiles.findWithContent(report.sourceFileId);
      if (!file) throw new NotFoundException(`report ${id}: its source file is missing`);
      return file;
    });
  }

  /** An HTML or Word original as the lines the parser read, each with its cells' location. */
  async readableOriginal(access: AccessScope, id: number): Promise<ReadableOriginalDto> {
    const file = await this.original(access, id);
    if (!READABLE_MEDIA_TYPES.has(file.mediaType)) {
      throw new NotFoundException(
        `report ${id}: its original (${file.mediaType}) has no text view; download it instead`,
      );
    }
    try {
      return { lines: await readableOriginal(file.content, file.fileName) };
    } catch (err) {
      if (!(err instanceof ExtractError)) throw err;
      throw new UnprocessableEntityException(err.messageZh ?? err.message);
    }
  }
}
