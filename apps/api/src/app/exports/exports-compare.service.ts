import { Injectable } from '@nestjs/common';
import type { StatsFilter } from '@ogi/api-params';
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

  async data(access: AccessScope, filter: StatsFilter, choice: CompareChoice): Promise<CompareData> {
    const years = { yearFrom: Math.min(filter.yearFrom, filter.yearTo - 1), yearTo: filter.yearTo };
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
