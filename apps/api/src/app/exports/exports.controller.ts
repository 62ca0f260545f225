import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from '../auth/access.decorator';
import { Scope, type AccessScope } from '../auth/access-scope';
import { ApiStatsFilter } from '../stats/stats.controller';
import {
  chartParam,
  exportParam,
  MAX_TITLE,
  parseDataQuery,
  parseImageQuery,
  parsePackQuery,
} from './exports-params';
import { ExportsService, PACK_TITLE, type ExportFile } from './exports.service';
import { attachmentName } from '../security/attachment-name';

type Raw = Record<string, unknown>;

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
  @ApiStatsFilter('reportFormat')
  @ApiQuery({ name: 'format', required: false, enum: ['png', 'svg'], description: 'Default png' })
  @ApiQuery({
    name: 'scale',
    required: false,
    type: Number,
    description: 'PNG pixel ratio 1–4, default 2',
  })
  @ApiProduces('image/png', 'image/svg+xml')
  @ApiOkResponse({ description: 'The image as a download' })
  @ApiNotFoundResponse({ description: 'No chart with that id' })
  async chart(
    @Scope() access: AccessScope,
    @Param('id') id: string,
    @Query() query: Raw,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const chart = chartParam(id);
    const { filter, format, scale } = parseImageQuery(query);
    return send(res, await this.exports.chartImage(access, chart, filter, format, scale));
  }

  @Get('data/:id')
  @ApiOperation({
    summary:
      'The data behind a chart or table as XLSX (numbers kept, formatted) or CSV (UTF-8 with BOM)',
    description:
      'An id of the export registry (@ogi/report-charts EXPORTS). XLSX starts with a block naming the filters, the time and the source.',
  })
  @ApiStatsFilter('reportFormat')
  @ApiQuery({ name: 'format', required: false, enum: ['xlsx', 'csv'], description: 'Default xlsx' })
  @ApiOkResponse({ description: 'The file as a download' })
  @ApiNotFoundResponse({ description: 'No chart or table with that id' })
  async data(
    @Scope() access: AccessScope,
    @Param('id') id: string,
    @Query() query: Raw,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const item = exportParam(id);
    const { filter, format } = parseDataQuery(query);
    return send(res, await this.exports.dataFile(access, item, filter, format));
  }

  @Get('pack')
  @ApiOperation({
    summary: 'A briefing pack (汇报材料) as PPTX or PDF',
    description:
      'A title slide with the filters and the date, one slide per chart (an image, or with chartStyle=native a chart PowerPoint can edit) with the data sources in its notes, and a slide of the main indicators. The PDF has the same pages with vector charts.',
  })
  @ApiStatsFilter('reportFormat')
  @ApiQuery({ name: 'format', required: true, enum: ['pptx', 'pdf'] })
  @ApiQuery({
    name: 'charts',
    required: false,
    type: String,
    description: 'Comma list of chart ids in slide order, default all',
  })
  @ApiQuery({
    name: 'title',
    required: false,
    type: String,
    description: `At most ${MAX_TITLE} characters; default ${PACK_TITLE}`,
  })
  @ApiQuery({
    name: 'chartStyle',
    required: false,
    enum: ['image', 'native'],
    description: 'PPTX charts; default image',
  })
  @ApiOkResponse({ description: 'The pack as a download' })
  async pack(
    @Scope() access: AccessScope,
    @Query() query: Raw,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { filter, ...options } = parsePackQuery(query);
    return send(res, await this.exports.pack(access, filter, options));
  }
}
