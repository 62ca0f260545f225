import { NotFoundException } from '@nestjs/common';
import {
  CHARTS,
  EXPORTS,
  chartById,
  exportById,
  type RegisteredChart,
  type RegisteredExport,
} from '@ogi/report-charts';
import { parseFilterWith } from '../stats/stats-params';

type Raw = Record<string, unknown>;

export const MAX_TITLE = 60;
const CHART_IDS = CHARTS.map((chart) => chart.id);

/** A chart of the registry by the id in the path (404 naming the ids there are). */
export function chartParam(id: string): RegisteredChart {
  const chart = chartById(id);
  if (!chart) {
    throw new NotFoundException(`no chart "${id}" (charts: ${CHART_IDS.join(', ')})`);
  }
  return chart;
}

/** A chart or table of the registry by the id in the path. */
export function exportParam(id: string): RegisteredExport {
  const item = exportById(id);
  if (!item) {
    throw new NotFoundException(
      `no chart or table "${id}" (ids: ${EXPORTS.map((entry) => entry.id).join(', ')})`,
    );
  }
  return item;
}

/** `GET /api/exports/charts/:id`: the filters, `format` svg|png, `scale` for PNG (1–4, default 2). */
export function parseImageQuery(query: Raw, now = new Date()) {
  return parseFilterWith(
    query,
    (reader) => ({
      format: reader.oneOf('format', ['svg', 'png'] as const) ?? 'png',
      scale: reader.int('scale', 1, 4) ?? 2,
    }),
    now,
  );
}

/** `GET /api/exports/data/:id`: the filters and `format` xlsx|csv (default xlsx). */
export function parseDataQuery(query: Raw, now = new Date()) {
  return parseFilterWith(
    query,
    (reader) => ({ format: reader.oneOf('format', ['xlsx', 'csv'] as const) ?? 'xlsx' }),
    now,
  );
}

/**
 * `GET /api/exports/pack`: the filters, `format` pptx|pdf (required), `charts` (comma list of
 * chart ids in the order wanted; default all), `title`, `chartStyle` image|native (PPTX).
 */
export function parsePackQuery(query: Raw, now = new Date()) {
  return parseFilterWith(
    query,
    (reader) => {
      const format = reader.oneOf('format', ['pptx', 'pdf'] as const);
      if (format === undefined && reader.text('format') === undefined) {
        reader.problem('format is required (pptx or pdf)');
      }
      const charts = reader.wordList('charts', CHART_IDS, CHART_IDS.length) ?? CHART_IDS;
      const title = reader.text('title');
      if (title !== undefined && title.length > MAX_TITLE) {
        reader.problem(`title must be at most ${MAX_TITLE} characters (got ${title.length})`);
      }
      return {
        format: format ?? 'pptx',
        charts: charts.map((id) => chartById(id) as RegisteredChart),
        title,
        chartStyle: reader.oneOf('chartStyle', ['image', 'native'] as const) ?? 'image',
      };
    },
    now,
  );
}
