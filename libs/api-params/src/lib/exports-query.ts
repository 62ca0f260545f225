import { CHARTS } from '@ogi/report-charts';
import { declareQuery } from './declare-query';
import { field } from './fields';
import { finishFilter, STATS_FILTER_FIELDS } from './stats-query';

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

export const exportDataQuery = declareQuery(
  {
    fileFormat: field.choice(['xlsx', 'csv'], { default: 'xlsx', description: 'Default xlsx' }),
    ...STATS_FILTER_FIELDS,
  },
  ({ fileFormat, ...filter }, context) => ({ fileFormat, filter: finishFilter(filter, context) }),
);

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
    ...STATS_FILTER_FIELDS,
  },
  ({ fileFormat, charts, title, chartStyle, ...filter }, context) => ({
    // A required field: read only when no problem was found, where it is there.
    fileFormat: fileFormat ?? 'pptx',
    charts: charts ?? CHART_IDS,
    title,
    chartStyle,
    filter: finishFilter(filter, context),
  }),
);
