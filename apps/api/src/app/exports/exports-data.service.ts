import { Injectable } from '@nestjs/common';
import {
  Database,
  OfficesRepository,
  RegionsRepository,
  StatsRepository,
} from '@ogi/api-data-access';
import {
  queryParams,
  queryString,
  statsFilterQuery,
  statsRequestParams,
  type StatsFilter,
} from '@ogi/api-params';
import {
  DATA_SOURCE,
  exportById,
  filterLines,
  type ChartContext,
  type RegisteredExport,
  type StatsAnswers,
  type StatsEndpoint,
  type StatsRequests,
} from '@ogi/report-charts';
import { exportTimestamp, type ExportHeader } from '@ogi/report-exports';
import type { AccessScope } from '../auth/access-scope';
import { visibleSelection } from '../selections/find-selection';
import { resolveScope } from '../stats/resolve-scope';
import { StatsTablesService } from '../stats/stats-tables.service';
import { metricColumns } from '../stats/metric-columns';
import { StatsService } from '../stats/stats.service';

/** The registered table a briefing pack shows on its data slide. */
export const PACK_TABLE = 'kpis';

/**
 * What the exports draw: the stats service's answers to the requests a registered chart or
 * table names (the same service and numbers as GET /api/stats/...), and the header every export
 * states (filters with region and office names, the time, the source).
 */
@Injectable()
export class ExportsDataService {
  constructor(
    private readonly db: Database,
    private readonly stats: StatsService,
    private readonly tables: StatsTablesService,
  ) {}

  /** The table of a briefing pack's data slide: the main indicators. */
  tableForPack(): RegisteredExport {
    return exportById(PACK_TABLE) as RegisteredExport;
  }

  context(filter: StatsFilter): ChartContext {
    return { yearFrom: filter.yearFrom, yearTo: filter.yearTo };
  }

  /**
   * The answers for several charts and tables; an endpoint asked twice with the same
   * parameters within this call is read once (nothing is kept after it).
   */
  async answersFor(
    access: AccessScope,
    items: readonly RegisteredExport[],
    filter: StatsFilter,
  ): Promise<Partial<StatsAnswers>[]> {
    const pending = new Map<string, Promise<unknown>>();
    return Promise.all(
      items.map(async (item) => {
        const entries = await Promise.all(
          Object.entries(item.requests).map(async ([endpoint, params]) => {
            const key = `${endpoint}:${JSON.stringify(params)}`;
            let answer = pending.get(key);
            if (!answer) {
              answer = this.ask(access, endpoint as StatsEndpoint, params as never, filter);
              pending.set(key, answer);
            }
            return [endpoint, await answer] as const;
          }),
        );
        return Object.fromEntries(entries) as Partial<StatsAnswers>;
      }),
    );
  }

  private ask<E extends StatsEndpoint>(
    access: AccessScope,
    endpoint: E,
    params: StatsRequests[E],
    filter: StatsFilter,
  ): Promise<unknown> {
    switch (endpoint) {
      case 'summary':
        return this.stats.summary(access, filter);
      case 'series':
        return this.stats.series(
          access,
          filter,
          (params as StatsRequests['series']).metrics.map(metricColumns),
        );
      case 'outcomes':
      case 'applicants':
      case 'appeals':
        return this.stats.distribution(access, filter, endpoint);
      case 'ranking': {
        const ranking = params as StatsRequests['ranking'];
        return this.tables.ranking(access, filter, {
          metric: metricColumns(ranking.metric),
          year: filter.yearTo,
          order: ranking.order ?? 'desc',
          limit: ranking.limit ?? 10,
        });
      }
      default:
        throw new Error(`no stats endpoint ${String(endpoint)}`);
    }
  }

  /**
   * The stats API calls behind an export, as a reader can repeat them (for notes): the chart's
   * own parameters, then the filters, each written by its endpoint's declaration.
   */
  sources(item: RegisteredExport, filter: StatsFilter): string[] {
    const filterParams = queryParams(statsFilterQuery, filter);
    return Object.entries(item.requests).map(([endpoint, params]) => {
      const own = statsRequestParams(endpoint as StatsEndpoint, params as object);
      return `GET /api/stats/${endpoint}${queryString({ ...own, ...filterParams })}`;
    });
  }

  /**
   * Title, filters (region and office names looked up), data as of (the newest current report
   * within the filters and the caller's regions), time and source of an export. A stored
   * selection shows as the lists it holds (those the caller may see) where none is given inline.
   */
  async header(
    access: AccessScope,
    filter: StatsFilter,
    title: string,
    now = new Date(),
  ): Promise<ExportHeader> {
    const [regions, offices, regionIds, officeIds, latest] = await this.db.read(async (manager) => {
      const chosen = filter.selection
        ? await visibleSelection(manager, access, filter.selection)
        : { regionIds: [], officeIds: [] };
      const regionIds = filter.regionIds?.length ? filter.regionIds : chosen.regionIds;
      const officeIds = filter.officeIds?.length ? filter.officeIds : chosen.officeIds;
      return [
        await new RegionsRepository(manager).findByIds(regionIds.slice(0, 5)),
        await new OfficesRepository(manager).findByIds(officeIds.slice(0, 5)),
        regionIds,
        officeIds,
        await new StatsRepository(manager).latestReportTime(
          await resolveScope(manager, access, filter),
        ),
      ] as const;
    });
    const regionNames = new Map(regions.map((region) => [region.id, region.name]));
    const officeNames = new Map(offices.map((office) => [office.id, office.name]));
    return {
      title,
      filters: filterLines(
        {
          yearFrom: filter.yearFrom,
          yearTo: filter.yearTo,
          regionIds,
          officeIds,
          officeKinds: filter.officeKinds ?? [],
          format: filter.format ?? null,
        },
        (id) => regionNames.get(id),
        (id) => officeNames.get(id),
      ),
      generatedAt: exportTimestamp(now),
      dataAsOf: latest ? exportTimestamp(latest) : null,
      source: DATA_SOURCE,
    };
  }
}
