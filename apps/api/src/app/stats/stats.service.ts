import { Injectable } from '@nestjs/common';
import {
  Database,
  OfficesRepository,
  STATS_METRICS,
  StatsRepository,
  statsMetric,
  type AggregateRow,
  type MetricColumns,
} from '@ogi/api-data-access';
import type { BreakdownGrouping, StatsFilter } from '@ogi/api-params';
import {
  APPEAL_RESULTS,
  MAX_REPORT_YEAR,
  MAX_YEAR_SPAN,
  MIN_REPORT_YEAR,
  OVERVIEW_METRICS,
  type MetricGroup,
} from '@ogi/report-schema';
import type { AccessScope } from '../auth/access-scope';
import { resolveScope } from './resolve-scope';
import type {
  BreakdownDto,
  DistributionDto,
  KpiDto,
  MetricListDto,
  SeriesDto,
  SummaryDto,
} from './stats.dto';
import {
  change,
  coverageTotalsDto,
  filterDto,
  metricInfo,
  rowValues,
  totalValues,
  yearsOf,
} from './stats-values';

const pick = (ids: readonly string[]): MetricColumns[] =>
  ids.flatMap((id) => statsMetric(id) ?? []);

/** The summary's headline: the metrics the schema puts on 总览 (`overview`). */
const HEADLINE = pick(OVERVIEW_METRICS.map((metric) => metric.id));
const REFUSAL_REASONS = [...STATS_METRICS.values()].filter(({ metric }) =>
  /^reason_(withheld|unable|not_processed)_/.test(metric.id),
);
const APPEALS = pick(
  ['review', 'litigation'].flatMap((group) => APPEAL_RESULTS.map((r) => `${group}_${r.id}`)),
);

const metricsOfGroup = (group: MetricGroup): MetricColumns[] =>
  [...STATS_METRICS.values()].filter(({ metric }) => metric.group === group);

/** Aggregates over years and groups: summary, series, distributions and breakdowns. */
@Injectable()
export class StatsService {
  constructor(private readonly db: Database) {}

  metrics(): MetricListDto {
    return { items: [...STATS_METRICS.values()].map(({ metric }) => metricInfo(metric)) };
  }

  summary(access: AccessScope, filter: StatsFilter): Promise<SummaryDto> {
    return this.db.read(async (manager) => {
      const year = filter.yearTo;
      const previousYear = year - 1;
      const stats = new StatsRepository(manager);
      const scope = await resolveScope(manager, access, filter, {
        yearFrom: previousYear,
        yearTo: year,
      });
      const metrics = [...HEADLINE, ...REFUSAL_REASONS, ...APPEALS];
      const rows = await stats.aggregate(scope, metrics, { by: 'year' });
      const current = rowValues(
        metrics,
        rows.find((row) => row.key === year),
      );
      const previous = rowValues(
        metrics,
        rows.find((row) => row.key === previousYear),
      );
      const kpis = (list: readonly MetricColumns[]): KpiDto[] =>
        list.map(({ metric }) => ({
          metric: metricInfo(metric),
          current: current.values[metric.id],
          previous: previous.values[metric.id],
          change: change(current.values[metric.id].value, previous.values[metric.id].value),
        }));
      const rangeScope = { ...scope, yearFrom: filter.yearFrom, yearTo: filter.yearTo };
      const [offices, totals] = await Promise.all([
        stats.officesInScope(rangeScope, { offset: 0, limit: 1 }),
        stats.coverageTotals(rangeScope),
      ]);
      return {
        filter: filterDto(filter),
        year,
        previousYear,
        reports: {
          current: current.reports,
          previous: previous.reports,
          change: change(current.reports, previous.reports),
        },
        headline: kpis(HEADLINE),
        refusalReasons: kpis(REFUSAL_REASONS),
        appeals: kpis(APPEALS),
        coverage: coverageTotalsDto(offices.total, yearsOf(filter), totals),
      };
    });
  }

  /**
   * The years with at least one counted report, oldest first, over the widest range a filter may
   * span that ends this year: what the web app's year filter offers and defaults from.
   */
  async availableYears(access: AccessScope, now = new Date()): Promise<number[]> {
    const yearTo = Math.min(now.getFullYear(), MAX_REPORT_YEAR);
    const filter: StatsFilter = {
      yearFrom: Math.max(MIN_REPORT_YEAR, yearTo - MAX_YEAR_SPAN + 1),
      yearTo,
    };
    const series = await this.series(access, filter, pick(['applications_handled']));
    return series.years.filter((row) => row.reports > 0).map((row) => row.year);
  }

  series(
    access: AccessScope,
    filter: StatsFilter,
    metrics: readonly MetricColumns[],
  ): Promise<SeriesDto> {
    return this.db.read(async (manager) => {
      const scope = await resolveScope(manager, access, filter);
      const rows = await new StatsRepository(manager).aggregate(scope, metrics, { by: 'year' });
      return {
        filter: filterDto(filter),
        metrics: metrics.map(({ metric }) => metricInfo(metric)),
        years: byYear(filter, metrics, rows),
      };
    });
  }

  /** A metric group (outcomes, applicants, appeals) per year and over the whole range. */
  async distribution(
    access: AccessScope,
    filter: StatsFilter,
    group: MetricGroup,
  ): Promise<DistributionDto> {
    const metrics = metricsOfGroup(group);
    const series = await this.series(access, filter, metrics);
    return { ...series, total: totalValues(metrics, yearRows(series, metrics)) };
  }

  breakdown(
    access: AccessScope,
    filter: StatsFilter,
    metrics: readonly MetricColumns[],
    grouping: BreakdownGrouping,
    limit: number,
  ): Promise<BreakdownDto> {
    return this.db.read(async (manager) => {
      const stats = new StatsRepository(manager);
      const scope = await resolveScope(manager, access, filter);
      const rows = await stats.aggregate(scope, metrics, grouping);
      const kept = rows.slice(0, limit);
      const ids = kept.map((row) => row.key);
      const names = new Map<number, { name: string; level?: string; kind?: string }>(
        grouping.by === 'office'
          ? (await new OfficesRepository(manager).findByIds(ids)).map((o) => [o.id, o])
          : (await stats.regionsByIds(ids)).map((region) => [region.id, region]),
      );
      const groups = kept.map((row) => {
        const named = names.get(row.key);
        return {
          id: row.key,
          name: named?.name ?? '',
          ...(grouping.by === 'office' ? { kind: named?.kind } : { level: named?.level }),
          ...rowValues(metrics, row),
        };
      });
      groups.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.id - b.id);
      return {
        filter: filterDto(filter),
        groupBy: grouping.by,
        ...('level' in grouping ? { level: grouping.level } : {}),
        ...('parentId' in grouping ? { parentId: grouping.parentId } : {}),
        metrics: metrics.map(({ metric }) => metricInfo(metric)),
        groups,
        truncated: rows.length > limit,
      };
    });
  }
}

function byYear(filter: StatsFilter, metrics: readonly MetricColumns[], rows: AggregateRow[]) {
  const rowByYear = new Map(rows.map((row) => [row.key, row]));
  return yearsOf(filter).map((year) => ({ year, ...rowValues(metrics, rowByYear.get(year)) }));
}

/** The series' years back as aggregate rows, to combine them over the range. */
function yearRows(series: SeriesDto, metrics: readonly MetricColumns[]): AggregateRow[] {
  return series.years.map((year) => ({
    key: year.year,
    reports: year.reports,
    sums: Object.fromEntries(
      metrics.map(({ metric }) => {
        const stat = year.values[metric.id];
        return [
          metric.id,
          { numerator: stat.numerator, denominator: stat.denominator, reports: stat.reports },
        ];
      }),
    ),
  }));
}
