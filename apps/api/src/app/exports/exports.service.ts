import { Injectable } from '@nestjs/common';
import {
  compareChartModel,
  compareDataTable,
  metricLabel,
  rankedChart,
  type CompareChart,
  type PackCompareChart,
  type RankChoice,
  type RegisteredChart,
  type RegisteredExport,
} from '@ogi/report-charts';
import { REGION_LEVEL_LABELS } from '@ogi/report-schema';
import {
  exportFilename,
  filterLine,
  packToPdf,
  packToPptx,
  renderChartSvg,
  svgToPng,
  tableToCsv,
  tableToXlsx,
  type PackInput,
} from '@ogi/report-exports';
import { MAX_RANKING, PACK_TITLE, type StatsFilter } from '@ogi/api-params';
import type { AccessScope } from '../auth/access-scope';
import { ExportsCompareService, type CompareChoice } from './exports-compare.service';
import { ExportsDataService } from './exports-data.service';

export interface ExportFile {
  bytes: Buffer;
  filename: string;
  contentType: string;
}

const TYPES = {
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  pdf: 'application/pdf',
} as const;

/** What a briefing pack holds besides the main indicators. */
export interface PackOptions {
  charts: readonly RegisteredChart[];
  /** 对比 charts, before the others, for the page's choices. */
  compare: { charts: readonly PackCompareChart[]; choice: CompareChoice } | null;
  title?: string;
  chartStyle: PackInput['chartStyle'];
}

/** Exported images are as wide as the web's, with room above the chart for title and filters. */
const IMAGE_WIDTH = 960;
const IMAGE_HEADER = 120;

/** Chart images, data files and briefing packs, each built from the stats service's answers. */
@Injectable()
export class ExportsService {
  constructor(
    private readonly data: ExportsDataService,
    private readonly compare: ExportsCompareService,
  ) {}

  /** What one chart or table export draws from: its title, the stats answers and the header. */
  private async inputsOf(
    access: AccessScope,
    item: RegisteredExport,
    filter: StatsFilter,
    rank?: RankChoice,
  ) {
    const context = { ...this.data.context(filter), ...(rank ? { rank } : {}) };
    const title = item.title(context);
    const [[answers], header] = await Promise.all([
      this.data.answersFor(access, [item], filter),
      this.data.header(access, filter, title),
    ]);
    return { context, title, answers, header };
  }

  async chartImage(
    access: AccessScope,
    chart: RegisteredChart,
    filter: StatsFilter,
    format: 'svg' | 'png',
    scale: number,
  ): Promise<ExportFile> {
    const { context, title, answers, header } = await this.inputsOf(access, chart, filter);
    const svg = renderChartSvg(chart.model(answers, context), {
      width: IMAGE_WIDTH,
      height: chart.height + IMAGE_HEADER,
      title,
      subtitle: `${filterLine(header)}\n${header.source}`,
    });
    const bytes = format === 'svg' ? Buffer.from(svg, 'utf8') : await svgToPng(svg, scale);
    return {
      bytes,
      filename: exportFilename(title, new Date(), format),
      contentType: TYPES[format],
    };
  }

  /** A chart's or table's data; a ranking's rows are the top or bottom N its chart shows. */
  async dataFile(
    access: AccessScope,
    item: RegisteredExport,
    filter: StatsFilter,
    format: 'xlsx' | 'csv',
    rank: RankChoice,
  ): Promise<ExportFile> {
    const ranks = item.requests.ranking !== undefined;
    const asked = ranks ? rankedChart(item, rank, MAX_RANKING) : item;
    const { context, title, answers, header } = await this.inputsOf(
      access,
      asked,
      filter,
      ranks ? rank : undefined,
    );
    const table = asked.table(answers, context);
    const bytes = format === 'csv' ? tableToCsv(table) : await tableToXlsx(table, header);
    return {
      bytes,
      filename: exportFilename(title, new Date(), format),
      contentType: TYPES[format],
    };
  }

  /**
   * The data of a chart of the 对比 page as XLSX or CSV: the page's comparison built on the server
   * from the same stats requests, its header naming the metric and what is compared.
   */
  async compareFile(
    access: AccessScope,
    chart: CompareChart,
    filter: StatsFilter,
    choice: CompareChoice,
    format: 'xlsx' | 'csv',
  ): Promise<ExportFile> {
    const data = await this.compare.data(access, filter, choice);
    const table = compareDataTable(chart, data, filter);
    const header = await this.data.header(access, filter, table.title);
    header.filters.push(
      { label: '指标', value: metricLabel(choice.metric) },
      {
        label: '对比对象',
        value:
          choice.compareBy === 'office' ? '单位' : `地区（${REGION_LEVEL_LABELS[choice.level]}）`,
      },
    );
    const bytes = format === 'csv' ? tableToCsv(table) : await tableToXlsx(table, header);
    return {
      bytes,
      filename: exportFilename(table.title, new Date(), format),
      contentType: TYPES[format],
    };
  }

  /** The briefing pack: title slide, the chosen charts in order, the main indicators. */
  async pack(
    access: AccessScope,
    filter: StatsFilter,
    options: PackOptions & { format: 'pptx' | 'pdf' },
  ): Promise<ExportFile> {
    const input = await this.packInput(access, filter, options);
    const bytes = options.format === 'pdf' ? await packToPdf(input) : await packToPptx(input);
    return {
      bytes,
      filename: exportFilename(input.header.title, new Date(), options.format),
      contentType: TYPES[options.format],
    };
  }

  async packInput(
    access: AccessScope,
    filter: StatsFilter,
    options: PackOptions,
  ): Promise<PackInput> {
    const context = this.data.context(filter);
    const kpis = this.data.tableForPack();
    const [answers, header, compared] = await Promise.all([
      this.data.answersFor(access, [...options.charts, kpis], filter),
      this.data.header(access, filter, options.title ?? PACK_TITLE),
      options.compare ? this.compare.data(access, filter, options.compare.choice) : null,
    ]);
    const compareCharts =
      options.compare && compared
        ? options.compare.charts.map((chart) => {
            const model = compareChartModel(chart, compared, filter);
            return {
              id: `compare-${chart}`,
              title: model.title,
              model,
              categoryHeader: compared.entityLabel,
              sources: this.compare.sources(filter, options.compare?.choice ?? null),
            };
          })
        : [];
    return {
      header,
      charts: [
        ...compareCharts,
        ...options.charts.map((chart, index) => ({
          id: chart.id,
          title: chart.title(context),
          model: chart.model(answers[index], context),
          categoryHeader: chart.categoryHeader,
          sources: this.data.sources(chart, filter),
        })),
      ],
      table: kpis.table(answers[options.charts.length], context),
      tableSources: this.data.sources(kpis, filter),
      chartStyle: options.chartStyle,
    };
  }
}
