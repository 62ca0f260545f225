import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { Database, Repositories, type SourceFile } from '@ogi/api-data-access';
import type { ReportListQuery } from './report-params';
import type { ReportDetailDto, ReportListDto } from './reports.dto';
import { toDetail, toSummary } from './reports.mapper';

/** Reading stored reports: lists, one report with its cells and versions, the original file. */
@Injectable()
export class ReportsService {
  constructor(private readonly db: Database) {}

  list(query: ReportListQuery): Promise<ReportListDto> {
    return this.db.read(async (manager) => {
      const repos = new Repositories(manager);
      const region = query.regionId ? await repos.regions.findById(query.regionId) : null;
      if (query.regionId && !region) {
        throw new BadRequestException(`regionId ${query.regionId}: no such region`);
      }
      const { items, total } = await repos.reports.list({
        year: query.year,
        officeId: query.officeId,
        region: region ?? undefined,
        status: query.status,
        problem: query.problem,
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
      const officeById = new Map(offices.map((office) => [office.id, office]));
      const fileById = new Map(files.map((file) => [file.id, file]));
      return {
        items: items.map((report) => ({
          ...toSummary(
            report,
            report.officeId ? officeById.get(report.officeId) : null,
            fileById.get(report.sourceFileId),
          ),
          findingCounts: counts.get(report.id) ?? { rules: 0, warnings: 0 },
        })),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    });
  }

  get(id: number): Promise<ReportDetailDto> {
    return this.db.read(async (manager) => {
      const repos = new Repositories(manager);
      const report = await repos.reports.findById(id);
      if (!report) throw new NotFoundException(`report ${id} does not exist`);
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
      });
    });
  }

  original(id: number): Promise<SourceFile> {
    return this.db.read(async (manager) => {
      const repos = new Repositories(manager);
      const report = await repos.reports.findById(id);
      if (!report) throw new NotFoundException(`report ${id} does not exist`);
      const file = await repos.sourceFiles.findWithContent(report.sourceFileId);
      if (!file) throw new NotFoundException(`report ${id}: its source file is missing`);
      return file;
    });
  }
}
