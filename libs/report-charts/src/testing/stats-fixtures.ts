import type {
  BreakdownResponse,
  DistributionResponse,
  MatrixResponse,
  Kpi,
  MetricInfo,
  MetricStat,
  RankingResponse,
  SeriesResponse,
  StatsFilterEcho,
  SummaryResponse,
} from '../lib/stats-types';

/** Small API answers for tests, in the shapes of the API's DTOs. */

export const stat = (value: number | null, denominator: number | null = null): MetricStat => ({
  numerator: denominator === null ? value : value === null ? null : Math.round(value * denominator),
  denominator,
  value,
  smallSample: denominator !== null && denominator < 5,
  reports: 10,
  missing: 2,
});

const filter = (yearFrom = 2021, yearTo = 2025): StatsFilterEcho => ({
  yearFrom,
  yearTo,
  regionIds: [],
  officeIds: [],
  officeKinds: [],
  format: null,
  selection: null,
});

const info = (id: string, kind: 'count' | 'rate' = 'count'): MetricInfo => ({
  id,
  label: id,
  labelEn: id,
  kind,
  group: 'applications',
  unit: kind === 'rate' ? '%' : '件',
});

const kpi = (
  id: string,
  current: MetricStat,
  previous: MetricStat,
  kind: 'count' | 'rate' = 'count',
): Kpi => ({
  metric: info(id, kind),
  current,
  previous,
  change: {
    absolute:
      current.value !== null && previous.value !== null ? current.value - previous.value : null,
    relative:
      current.value !== null && previous.value
        ? (current.value - previous.value) / previous.value
        : null,
  },
});

export function summaryFixture(): SummaryResponse {
  return {
    filter: filter(),
    year: 2025,
    previousYear: 2024,
    reports: { current: 90, previous: 80, change: { absolute: 10, relative: 0.125 } },
    headline: [
      kpi('applications_new', stat(12345), stat(10000)),
      kpi('disclosure_rate', stat(0.456, 1000), stat(0.5, 900), 'rate'),
      kpi('correction_rate', stat(0.25, 4), stat(0, 2), 'rate'),
    ],
    refusalReasons: [],
    appeals: [kpi('review_total', stat(30), stat(40)), kpi('litigation_total', stat(12), stat(12))],
    coverage: {
      offices: 20,
      years: [2021, 2022, 2023, 2024, 2025],
      expected: 100,
      present: 93,
      missing: 7,
      failing: 1,
      unplaced: 0,
    },
  };
}

export function seriesFixture(years = [2021, 2022, 2023, 2024, 2025]): SeriesResponse {
  return {
    filter: filter(years[0], years[years.length - 1]),
    metrics: [
      info('applications_new'),
      info('applications_handled'),
      info('disclosure_rate', 'rate'),
    ],
    years: years.map((year, i) => ({
      year,
      reports: 10,
      values: {
        applications_new: stat(1000 + i * 100),
        applications_handled: stat(900 + i * 100),
        disclosure_rate: stat(0.5, 900 + i * 100),
      },
    })),
  };
}

export function distributionFixture(values: Record<string, MetricStat>): DistributionResponse {
  return { filter: filter(), metrics: [], years: [], total: { reports: 50, values } };
}

export function rankingFixture(): RankingResponse {
  return {
    filter: filter(),
    metric: info('applications_new'),
    year: 2025,
    previousYear: 2024,
    order: 'desc',
    reports: 20,
    ranked: 2,
    items: [
      {
        rank: 1,
        office: { id: 7, name: '东兴街道办事处', kind: 'street', regionId: 3 },
        current: stat(500),
        previous: stat(400),
        change: { absolute: 100, relative: 0.25 },
      },
      {
        rank: 2,
        office: { id: 8, name: '<b>西城</b>街道', kind: 'street', regionId: 3 },
        current: stat(300),
        previous: null,
        change: { absolute: null, relative: null },
      },
    ],
  };
}

/** A rate from its parts: numerator / denominator, small under 5 cases. */
export const rateStat = (numerator: number, denominator: number): MetricStat => ({
  numerator,
  denominator,
  value: denominator ? numerator / denominator : null,
  smallSample: denominator > 0 && denominator < 5,
  reports: 1,
  missing: 0,
});

/** Offices × years: `values[office][year]`, null where the office has no report. */
export function matrixFixture(
  metricId: string,
  years: number[],
  offices: { id: number; name: string; values: (MetricStat | null)[] }[],
): MatrixResponse {
  return {
    filter: filter(years[0], years[years.length - 1]),
    metric: info(metricId, metricId.endsWith('rate') ? 'rate' : 'count'),
    years,
    total: offices.length,
    page: 1,
    pageSize: 500,
    rows: offices.map((office) => ({
      office: { id: office.id, name: office.name, kind: 'street', regionId: 3 },
      values: office.values,
    })),
  };
}

/** One year's breakdown by region: groups with reports only. */
export function breakdownFixture(
  year: number,
  metricId: string,
  groups: { id: number; name: string; value: MetricStat }[],
): BreakdownResponse {
  return {
    filter: filter(year, year),
    groupBy: 'region',
    level: 'district',
    metrics: [info(metricId)],
    groups: groups.map((group) => ({
      id: group.id,
      name: group.name,
      level: 'district',
      reports: group.value.reports,
      values: { [metricId]: group.value },
    })),
    truncated: false,
  };
}
