import { Injectable } from '@nestjs/common';
import {
  queryParams,
  queryString,
  statsBreakdownQuery,
  statsMatrixQuery,
  type StatsFilter,
} from '@ogi/api-params';
import {
  officeCompareData,
  regionCompareData,
  type BreakdownResponse,
  type CompareData,
  type MatrixResponse,
} from '@ogi/report-charts';
import type { RegionLevel } from '@ogi/report-schema';
import type { AccessScope } from '../auth/access-scope';
import { metricColumns } from '../stats/metric-columns';
import { StatsTablesService } from '../stats/stats-tables.service';
import { StatsService } from '../stats/stats.service';

/** Offices per matrix page and region groups per breakdown: the stats API's largest. */
const MATRIX_PAGE = 500;
const BREAKDOWN_LIMIT = 5000;

// The services answer in their DTO classes, which the contract's answer types are generated from
// (enums there are plain strings here): the answers are what GET /api/stats/... sends.

/** The years the page asks for: the filter's and the year before its last (the ranking's change). */
function fetchedYears(filter: StatsFilter): { yearFrom: number; yearTo: number } {
  return { yearFrom: Math.min(filter.yearFrom, filter.yearTo - 1), yearTo: filter.yearTo };
}

/** What the 对比 page compares: offices or regions of one level, for one metric. */
export interface CompareChoice {
  compareBy: 'office' | 'region';
  metric: string;
  level: RegionLevel;
}

/**
 * The 对比 page's entities × years from the same stats services and requests as the page: the
 * matrix (every page of offices) or one breakdown per year (regions of a level), over the filter's
 * years and the year before its last (the ranking's change).
 */
@Injectable()
export class ExportsCompareService {
  constructor(
    private readonly stats: StatsService,
    private readonly tables: StatsTablesService,
  ) {}

  /**
   * The stats calls behind a comparison, as a reader can repeat them (for notes): the matrix, or
   * the breakdown of one year (asked once per year).
   */
  sources(filter: StatsFilter, choice: CompareChoice | null): string[] {
    if (!choice) return [];
    const fetched = { ...filter, ...fetchedYears(filter) };
    if (choice.compareBy === 'office') {
      const params = queryParams(statsMatrixQuery, {
        ...fetched,
        metric: [choice.metric],
        pageSize: MATRIX_PAGE,
      });
      return [`GET /api/stats/matrix${queryString(params)}`];
    }
    const params = queryParams(statsBreakdownQuery, {
      ...fetched,
      yearFrom: fetched.yearTo,
      metrics: [choice.metric],
      groupBy: 'region',
      level: choice.level,
      limit: BREAKDOWN_LIMIT,
    });
    return [
      `GET /api/stats/breakdown${queryString(params)}（每年一次，${fetched.yearFrom}–${fetched.yearTo}年）`,
    ];
  }

  async data(
    access: AccessScope,
    filter: StatsFilter,
    choice: CompareChoice,
  ): Promise<CompareData> {
    const years = fetchedYears(filter);
    const fetched = { ...filter, ...years };
    const metric = metricColumns(choice.metric);
    if (choice.compareBy === 'office') {
      const first = await this.tables.matrix(access, fetched, metric, {
        page: 1,
        pageSize: MATRIX_PAGE,
      });
      const rows = [...first.rows];
      for (let page = 2; (page - 1) * MATRIX_PAGE < first.total; page += 1) {
        const next = await this.tables.matrix(access, fetched, metric, {
          page,
          pageSize: MATRIX_PAGE,
        });
        rows.push(...next.rows);
      }
      return officeCompareData({ ...first, rows } as unknown as MatrixResponse);
    }
    const list: number[] = [];
    for (let year = years.yearFrom; year <= years.yearTo; year += 1) list.push(year);
    const answers = await Promise.all(
      list.map((year) =>
        this.stats.breakdown(
          access,
          { ...filter, yearFrom: year, yearTo: year },
          [metric],
          { by: 'region', level: choice.level },
          BREAKDOWN_LIMIT,
        ),
      ),
    );
    return regionCompareData(choice.metric, list, answers as unknown as BreakdownResponse[]);
  }
}
