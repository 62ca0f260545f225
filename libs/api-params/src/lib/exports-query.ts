import { CHARTS, COMPARE_CHARTS, PACK_COMPARE_CHARTS } from '@ogi/report-charts';
import { REGION_LEVELS } from '@ogi/report-schema';
import { declareQuery } from './declare-query';
import { field } from './fields';
import { finishFilter, MAX_RANKING, METRIC_FIELD, STATS_FILTER_FIELDS } from './stats-query';

export const MAX_TITLE = 60;
/** The pack's title when none is given (the web's dialog starts from it). */
export const PACK_TITLE = '政府信息公开工作年度报告数据汇报';
const CHART_IDS = CHARTS.map((chart) => chart.id);

/**
 * The exports take the stats filters under the same names (`format` is the 表三 format there
 * too); the file's own type is `fileFormat`.
 */
export const exportImageQuery = declareQuery(
  {
    fileFormat: field.choice(['png', 'svg'], { default: 'png', description: 'Default png' }),
    scale: field.int(1, 4, { default: 2, description: 'PNG pixel ratio 1–4, default 2' }),
    ...STATS_FILTER_FIELDS,
  },
  ({ fileFormat, scale, ...filter }, context) => ({
    fileFormat,
    scale,
    filter: finishFilter(filter, context),
  }),
);

/** A ranking's data asks what its chart shows: the top (desc) or bottom (asc) N. */
export const exportDataQuery = declareQuery(
  {
    fileFormat: field.choice(['xlsx', 'csv'], { default: 'xlsx', description: 'Default xlsx' }),
    order: field.choice(['asc', 'desc'], {
      default: 'desc',
      description: 'A ranking: highest (desc) or lowest (asc) first, as its chart; default desc',
    }),
    limit: field.int(1, MAX_RANKING, {
      default: 10,
      description: `A ranking: rows, 1–${MAX_RANKING}, as its chart; default 10`,
    }),
    ...STATS_FILTER_FIELDS,
  },
  ({ fileFormat, order, limit, ...filter }, context) => ({
    fileFormat,
    rank: { order, limit },
    filter: finishFilter(filter, context),
  }),
);

/** What the 对比 page compares, under the names its URL has. */
const COMPARE_CHOICE_FIELDS = {
  compareBy: field.choice(['office', 'region'], {
    default: 'region',
    description: 'Offices or regions side by side; default region',
  }),
  level: field.choice(REGION_LEVELS, {
    default: 'district',
    description: 'The region level compared (compareBy=region); default district',
  }),
} as const;

export const exportPackQuery = declareQuery(
  {
    fileFormat: field.choice(['pptx', 'pdf'], { required: 'pptx or pdf' }),
    charts: field.wordList(CHART_IDS, CHART_IDS.length, {
      registry: '@ogi/report-charts CHARTS',
      description:
        'Comma list of chart ids (the chart registry, @ogi/report-charts CHARTS) in slide order, default all',
    }),
    title: field.text({
      maxLength: MAX_TITLE,
      description: `At most ${MAX_TITLE} characters; default ${PACK_TITLE}`,
    }),
    chartStyle: field.choice(['image', 'native'], {
      default: 'image',
      description: 'PPTX charts; default image',
    }),
    compare: field.wordList(PACK_COMPARE_CHARTS, PACK_COMPARE_CHARTS.length, {
      description:
        'Comma list of 对比 charts (bars, ranking) before the charts, for compareBy, metric and level; with it, charts defaults to none',
    }),
    metric: { ...METRIC_FIELD, required: undefined },
    ...COMPARE_CHOICE_FIELDS,
    ...STATS_FILTER_FIELDS,
  },
  (
    { fileFormat, charts, title, chartStyle, compare, compareBy, metric, level, ...filter },
    context,
  ) => {
    if (compare?.length && !metric?.length) context.problem('metric is required with compare');
    return {
      // A required field: read only when no problem was found, where it is there.
      fileFormat: fileFormat ?? 'pptx',
      charts: charts ?? (compare?.length ? [] : CHART_IDS),
      title,
      chartStyle,
      compare: compare?.length
        ? { charts: compare, choice: { compareBy, metric: metric?.[0] ?? '', level } }
        : null,
      filter: finishFilter(filter, context),
    };
  },
);

/**
 * The data of a chart of the 对比 page: the page's own choices (compareBy, metric, level, under
 * the names its URL has) beside the filters.
 */
export const exportCompareQuery = declareQuery(
  {
    chart: field.choice(COMPARE_CHARTS, { required: COMPARE_CHARTS.join(', ') }),
    fileFormat: field.choice(['xlsx', 'csv'], { default: 'xlsx', description: 'Default xlsx' }),
    metric: METRIC_FIELD,
    ...COMPARE_CHOICE_FIELDS,
    ...STATS_FILTER_FIELDS,
  },
  ({ chart, fileFormat, compareBy, metric, level, ...filter }, context) => ({
    // Required fields: read only when no problem was found, where they are there.
    chart: chart ?? 'bars',
    fileFormat,
    compareBy,
    metric: metric?.[0] ?? '',
    level,
    filter: finishFilter(filter, context),
  }),
);
