import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from '../auth/access.decorator';
import { Scope, type AccessScope } from '../auth/access-scope';
import { ReportPagesDto } from './report-pages.dto';
import { ReportPagesService } from './report-pages.service';
import { parsePageNumber, parseReportId } from './report-params';

/** The page images of a scanned original, shown beside the tables for review. */
@ApiTags('reports')
@Controller('reports')
export class ReportPagesController {
  constructor(private readonly pages: ReportPagesService) {}

  @Get(':id/pages')
  @Access('viewer')
  @ApiOperation({
    summary: 'The page images of a scanned original, with their sizes',
    description:
      'Cell boxes (location.box) are in points of the page; the image is pageWidth × pageHeight points scaled to imageWidth × imageHeight pixels. Empty for an original with a text layer.',
  })
  @ApiOkResponse({ type: ReportPagesDto })
  @ApiNotFoundResponse()
  list(@Scope() access: AccessScope, @Param('id') id: string): Promise<ReportPagesDto> {
    return this.pages.list(access, parseReportId(id));
  }

  @Get(':id/pages/:page/image')
  @Access('viewer')
  @ApiOperation({ summary: 'One page image of a scanned original (deskewed, as OCR read it)' })
  @ApiProduces('image/jpeg', 'image/png')
  @ApiOkResponse({ description: 'The image bytes' })
  @ApiBadRequestResponse({ description: 'A page number that is not a whole number ≥ 1' })
  @ApiNotFoundResponse({ description: 'No such report, or no such page image (named)' })
  async image(
    @Scope() access: AccessScope,
    @Param('id') id: string,
    @Param('page') page: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const image = await this.pages.image(access, parseReportId(id), parsePageNumber(page));
    res.type(image.mediaType);
    res.setHeader('Content-Length', String(image.bytes.length));
    // Stored once per file and never changed: the browser may keep it for the session.
    res.setHeader('Cache-Control', 'private, max-age=3600');
    return new StreamableFile(image.bytes);
  }
}
