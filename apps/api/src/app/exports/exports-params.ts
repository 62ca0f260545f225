import { NotFoundException } from '@nestjs/common';
import {
  CHARTS,
  EXPORTS,
  chartById,
  exportById,
  type RegisteredChart,
  type RegisteredExport,
} from '@ogi/report-charts';

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
