import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import {
  exportCompareQuery,
  exportDataQuery,
  exportImageQuery,
  exportPackQuery,
  type QueryOf,
} from '@ogi/api-params';
import { Access } from '../auth/access.decorator';
import { Scope, type AccessScope } from '../auth/access-scope';
import { DeclaredQuery } from '../params/declared-query';
import { ApiStatsQuery } from '../stats/stats.controller';
import { chartParam, exportParam } from './exports-params';
import { ExportsService, type ExportFile } from './exports.service';
import { attachmentName } from '../security/attachment-name';

/** Sends a file as a download; the name in UTF-8 (RFC 5987) so Chinese titles survive. */
function send(res: Response, file: ExportFile): StreamableFile {
  res.attachment(attachmentName(file.filename, 'export'));
  res.type(file.contentType);
  res.setHeader('Content-Length', String(file.bytes.length));
  res.setHeader('Cache-Control', 'no-store');
  return new StreamableFile(file.bytes);
}

@ApiTags('exports')
@Access('viewer')
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('charts/:id')
  @ApiOperation({
    summary: 'One chart as SVG or PNG, drawn on the server from the stats API',
    description:
      'A chart id of the chart registry (@ogi/report-charts CHARTS). The title, the filters and the data source are written into the image.',
  })
  @ApiStatsQuery(exportImageQuery)
  @ApiProduces('image/png', 'image/svg+xml')
  @ApiOkResponse({ description: 'The image as a download' })
  @ApiNotFoundResponse({ description: 'No chart with that id' })
  async chart(
    @Scope() access: AccessScope,
    @Param('id') id: string,
    @Query(new DeclaredQuery(exportImageQuery)) query: QueryOf<typeof exportImageQuery>,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const chart = chartParam(id);
    const { filter, fileFormat, scale } = query;
    return send(res, await this.exports.chartImage(access, chart, filter, fileFormat, scale));
  }

  @Get('data/:id')
  @ApiOperation({
    summary:
      'The data behind a chart or table as XLSX (numbers kept, formatted) or CSV (UTF-8 with BOM)',
    description:
      'An id of the export registry (@ogi/report-charts EXPORTS). XLSX starts with a block naming the filters, the time and the source.',
  })
  @ApiStatsQuery(exportDataQuery)
  @ApiOkResponse({ description: 'The file as a download' })
  @ApiNotFoundResponse({ description: 'No chart or table with that id' })
  async data(
    @Scope() access: AccessScope,
    @Param('id') id: string,
    @Query(new DeclaredQuery(exportDataQuery)) query: QueryOf<typeof exportDataQuery>,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const item = exportParam(id);
    const { filter, fileFormat, rank } = query;
    return send(res, await this.exports.dataFile(access, item, filter, fileFormat, rank));
  }

  @Get('compare')
  @ApiOperation({
    summary: 'The data behind a chart of the 对比 page as XLSX or CSV',
    description:
      'chart = bars | ranking | heatmap | multiples; compareBy, metric and level as the page has them in its URL. Offices or regions × years (the ranking: the last year with the change on the year before), from the same stats requests as the page.',
  })
  @ApiStatsQuery(exportCompareQuery)
  @ApiOkResponse({ description: 'The file as a download' })
  async compare(
    @Scope() access: AccessScope,
    @Query(new DeclaredQuery(exportCompareQuery)) query: QueryOf<typeof exportCompareQuery>,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { chart, filter, fileFormat, ...choice } = query;
    return send(res, await this.exports.compareFile(access, chart, filter, choice, fileFormat));
  }

  @Get('pack')
  @ApiOperation({
    summary: 'A briefing pack (汇报材料) as PPTX or PDF',
    description:
      'A title slide with the filters and the date, one slide per chart (an image, or with chartStyle=native a chart PowerPoint can edit) with the data sources in its notes, and a slide of the main indicators. The PDF has the same pages with vector charts.',
  })
  @ApiStatsQuery(exportPackQuery)
  @ApiOkResponse({ description: 'The pack as a download' })
  async pack(
    @Scope() access: AccessScope,
    @Query(new DeclaredQuery(exportPackQuery)) query: QueryOf<typeof exportPackQuery>,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { filter, fileFormat, charts, ...options } = query;
    return send(
      res,
      await this.exports.pack(access, filter, {
        ...options,
        format: fileFormat,
        charts: charts.map(chartParam),
      }),
    );
  }
}
