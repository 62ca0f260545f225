import type { DrillEntity } from './drill';
import { rankChoiceText, rankRows, type RankChoice } from './rank-choice';
import { formatCount, formatValue, type ValueKind } from './format';
import { changeText, changeTone, metricKind, metricLabel, type Direction } from './overview-models';
import type { CartesianModel, CategoryMark } from './options';
import type { BreakdownResponse, MatrixResponse, MetricStat } from './stats-types';

/** One office or region of a comparison: a value per year of `CompareData.years`. */
export interface CompareEntity {
  id: number;
  name: string;
  /** null: no current report in that year (offices) or no report in the region. */
  values: (MetricStat | null)[];
}

/** Offices or regions × years for one metric: what every chart of the 对比 page draws. */
export interface CompareData {
  metricId: string;
  kind: ValueKind;
  /** 单位 or 地区: names the rows in tables and titles. */
  entityLabel: string;
  /** What the ids of the entities are (drill-through). */
  entity: DrillEntity;
  years: number[];
  entities: CompareEntity[];
}

export const SMALL_SAMPLE_TEXT = '样本较小';

/** Offices × years from GET /api/stats/matrix. */
export function officeCompareData(matrix: MatrixResponse): CompareData {
  return {
    metricId: matrix.metric.id,
    kind: metricKind(matrix.metric.id),
    entityLabel: '单位',
    entity: 'office',
    years: matrix.years,
    entities: matrix.rows.map((row) => ({
      id: row.office.id,
      name: row.office.name,
      values: row.values,
    })),
  };
}

/**
 * Regions × years from one GET /api/stats/breakdown per year (`breakdowns[i]` is `years[i]`): a
 * region missing from a year's answer had no report that year.
 */
export function regionCompareData(
  metricId: string,
  years: readonly number[],
  breakdowns: readonly BreakdownResponse[],
): CompareData {
  const entities = new Map<number, CompareEntity>();
  breakdowns.forEach((breakdown, yearIndex) => {
    for (const group of breakdown.groups) {
      let entity = entities.get(group.id);
      if (!entity) {
        entity = { id: group.id, name: group.name, values: years.map(() => null) };
        entities.set(group.id, entity);
      }
      entity.values[yearIndex] = group.values[metricId] ?? null;
    }
  });
  return {
    metricId,
    kind: metricKind(metricId),
    entityLabel: '地区',
    entity: 'region',
    years: [...years],
    entities: [...entities.values()].sort(
      (a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.id - b.id,
    ),
  };
}

/** The same data restricted to the years from `yearFrom` to `yearTo`. */
export function yearsWithin(data: CompareData, yearFrom: number, yearTo: number): CompareData {
  const keep = data.years.map((year) => year >= yearFrom && year <= yearTo);
  return {
    ...data,
    years: data.years.filter((_, i) => keep[i]),
    entities: data.entities.map((entity) => ({
      ...entity,
      values: entity.values.filter((_, i) => keep[i]),
    })),
  };
}

/** A rate's numerator/denominator, with 样本较小 under 5 cases; counts have none. */
export function statNote(stat: MetricStat | null, kind: ValueKind): string | null {
  if (stat === null) return '无报告';
  if (kind !== 'rate' || stat.denominator === null) return null;
  const parts = `${formatCount(stat.numerator)}/${formatCount(stat.denominator)}`;
  return stat.smallSample ? `${parts}，${SMALL_SAMPLE_TEXT}` : parts;
}

const valueOf = (stat: MetricStat | null) => stat?.value ?? null;
const isWeak = (stat: MetricStat | null) => stat?.smallSample === true;

/** Entities side by side, one bar per year. */
export function groupedBarsModel(data: CompareData): CartesianModel {
  return {
    title: `${metricLabel(data.metricId)}（按${data.entityLabel}和年份）`,
    categories: data.entities.map((entity) => entity.name),
    series: data.years.map((year, i) => ({
      name: `${year}年`,
      type: 'bar',
      kind: data.kind,
      values: data.entities.map((entity) => valueOf(entity.values[i])),
      notes: data.entities.map((entity) => statNote(entity.values[i], data.kind)),
      weak: data.entities.map((entity) => isWeak(entity.values[i])),
    })),
    // About sixty bars fit side by side: ten entities of seven years, twenty of three.
    zoomAfter: Math.max(10, Math.floor(60 / Math.max(1, data.years.length))),
    drill: {
      entity: data.entity,
      ids: data.entities.map((entity) => entity.id),
      years: data.years,
    },
  };
}

const ARROWS: Record<Direction, string> = { up: '↑', down: '↓', flat: '→', unknown: '' };

function directionOf(current: number | null, previous: number | null): Direction {
  if (current === null || previous === null) return 'unknown';
  if (current > previous) return 'up';
  if (current < previous) return 'down';
  return 'flat';
}

/** The year-on-year mark of a value: "↑ +12.5%" (counts) or "↓ -1.2 个百分点" (rates). */
export function changeMark(
  metricId: string,
  current: number | null,
  previous: number | null,
): CategoryMark | null {
  const kind = metricKind(metricId);
  const direction = directionOf(current, previous);
  if (direction === 'unknown') return null;
  const absolute = (current as number) - (previous as number);
  const relative = previous ? absolute / (previous as number) : null;
  const text = changeText({ absolute, relative }, kind);
  return {
    text: `${ARROWS[direction]} ${text}`,
    tone: changeTone(metricId, direction),
    value: kind === 'rate' ? absolute : relative,
  };
}

/**
 * Entities ranked by their value in `year` (highest or lowest first as chosen, no value last, cut
 * to the chosen number), each with its change on the year before (when that year is in the data).
 */
export function compareRankingModel(
  data: CompareData,
  year: number,
  choice: RankChoice = { order: 'desc', limit: null },
): CartesianModel {
  const at = data.years.indexOf(year);
  const before = data.years.indexOf(year - 1);
  const rows = rankRows(
    data.entities.map((entity) => ({
      entity,
      current: at >= 0 ? entity.values[at] : null,
      previous: before >= 0 ? entity.values[before] : null,
    })),
    (row) => valueOf(row.current),
    choice,
  );
  const cut = choice.limit === null && choice.order === 'desc' ? '' : `，${rankChoiceText(choice)}`;
  return {
    title: `${metricLabel(data.metricId)}排名（${year}年${cut}）`,
    horizontal: true,
    categories: rows.map((row) => row.entity.name),
    series: [
      {
        name: `${year}年`,
        type: 'bar',
        kind: data.kind,
        values: rows.map((row) => valueOf(row.current)),
        notes: rows.map((row) => {
          const parts = [statNote(row.current, data.kind)];
          parts.push(
            before < 0
              ? null
              : row.previous === null
                ? '上年无报告'
                : `上年 ${formatValue(valueOf(row.previous), data.kind)}`,
          );
          return parts.filter(Boolean).join('；');
        }),
        weak: rows.map((row) => isWeak(row.current)),
      },
    ],
    marks: rows.map((row) =>
      changeMark(data.metricId, valueOf(row.current), valueOf(row.previous)),
    ),
    zoomAfter: 15,
    drill: { entity: data.entity, ids: rows.map((row) => row.entity.id), years: [year] },
  };
}
