import { Injectable } from '@nestjs/common';
import type { CoverageOnly } from '@ogi/report-schema';
import {
  Database,
  OfficesRepository,
  StatsRepository,
  type MetricColumns,
  type OfficeMetricRow,
  type ScopeOffice,
} from '@ogi/api-data-access';
import type { AccessScope } from '../auth/access-scope';
import { resolveScope } from './resolve-scope';
import type { Page, StatsFilter } from '@ogi/api-params';
import type { CoverageDto, CoverageState, MatrixDto, RankingDto } from './stats.dto';
import type { MetricStatDto } from './stats-values.dto';
import {
  change,
  combineSums,
  coverageTotalsDto,
  filterDto,
  metricInfo,
  officeDto,
  yearsOf,
} from './stats-values';

/** One report's value of a metric (n = 1 report, or 0 when the figure is missing). */
function reportStat(metric: MetricColumns, row: OfficeMetricRow): MetricStatDto {
  const known = row.numerator !== null && (!metric.denominator || row.denominator !== null);
  return combineSums(
    metric.metric,
    [{ numerator: row.numerator, denominator: row.denominator, reports: known ? 1 : 0 }],
    1,
  );
}

const key = (officeId: number, year: number) => `${officeId}:${year}`;

/** Per-office tables: ranking, office × year matrix, coverage. */
@Injectable()
export class StatsTablesService {
  constructor(private readonly db: Database) {}

  ranking(
    access: AccessScope,
    filter: StatsFilter,
    options: { metric: MetricColumns; year: number; order: 'asc' | 'desc'; limit: number },
  ): Promise<RankingDto> {
    const { metric, year, order, limit } = options;
    return this.db.read(async (manager) => {
      const stats = new StatsRepository(manager);
      const scope = await resolveScope(manager, access, filter, { yearFrom: year, yearTo: year });
      const top = await stats.officeValues(scope, metric, { order, limit });
      const officeIds = top.map((row) => row.officeId);
      const [previous, offices, counts] = await Promise.all([
        stats.officeValues({ ...scope, yearFrom: year - 1, yearTo: year - 1 }, metric, {
          officeIds,
        }),
        new OfficesRepository(manager).findByIds(officeIds),
        stats.rankable(scope, metric),
      ]);
      const previousByOffice = new Map(previous.map((row) => [row.officeId, row]));
      const officeById = new Map(offices.map((office) => [office.id, office]));
      return {
        filter: filterDto(filter),
        metric: metricInfo(metric.metric),
        year,
        previousYear: year - 1,
        order,
        reports: counts.reports,
        ranked: counts.ranked,
        items: top.map((row, index) => {
          const current = reportStat(metric, row);
          const before = previousByOffice.get(row.officeId);
          const previousStat = before ? reportStat(metric, before) : null;
          return {
            rank: index + 1,
            office: officeDto(officeById.get(row.officeId) as ScopeOffice),
            current,
            previous: previousStat,
            change: change(current.value, previousStat?.value ?? null),
          };
        }),
      };
    });
  }

  matrix(
    access: AccessScope,
    filter: StatsFilter,
    metric: MetricColumns,
    page: Page,
  ): Promise<MatrixDto> {
    return this.db.read(async (manager) => {
      const stats = new StatsRepository(manager);
      const scope = await resolveScope(manager, access, filter);
      const offices = await stats.officesInScope(scope, {
        offset: (page.page - 1) * page.pageSize,
        limit: page.pageSize,
      });
      const values = await stats.officeValues(scope, metric, {
        officeIds: offices.items.map((office) => office.id),
      });
      const byCell = new Map(values.map((row) => [key(row.officeId, row.year), row]));
      const years = yearsOf(filter);
      return {
        filter: filterDto(filter),
        metric: metricInfo(metric.metric),
        years,
        total: offices.total,
        page: page.page,
        pageSize: page.pageSize,
        rows: offices.items.map((office) => ({
          office: officeDto(office),
          values: years.map((year) => {
            const row = byCell.get(key(office.id, year));
            return row ? reportStat(metric, row) : null;
          }),
        })),
      };
    });
  }

  coverage(
    access: AccessScope,
    filter: StatsFilter,
    page: Page,
    only?: CoverageOnly,
  ): Promise<CoverageDto> {
    return this.db.read(async (manager) => {
      const stats = new StatsRepository(manager);
      const scope = await resolveScope(manager, access, filter);
      const [offices, all, totals] = await Promise.all([
        stats.officesInScope(
          scope,
          { offset: (page.page - 1) * page.pageSize, limit: page.pageSize },
          only,
        ),
        only ? stats.officesInScope(scope, { offset: 0, limit: 1 }) : null,
        stats.coverageTotals(scope),
      ]);
      const cells = new Map(
        (
          await stats.coverageCells(
            scope,
            offices.items.map((office) => office.id),
          )
        ).map((cell) => [key(cell.officeId, cell.year), cell]),
      );
      const years = yearsOf(filter);
      return {
        ...coverageTotalsDto((all ?? offices).total, years, totals),
        filter: filterDto(filter),
        only: only ?? null,
        rowsTotal: offices.total,
        page: page.page,
        pageSize: page.pageSize,
        rows: offices.items.map((office) => {
          const row = years.map((year) => cells.get(key(office.id, year)));
          return {
            office: officeDto(office),
            years: row.map(
              (cell): CoverageState => (!cell ? 'missing' : cell.failing ? 'failing' : 'ok'),
            ),
            reportIds: row.map((cell) => cell?.reportId ?? null),
          };
        }),
      };
    });
  }
}
