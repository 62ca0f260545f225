import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  formPropertyDocs,
  ingestFormFields,
  reportListQuery,
  type QueryOf,
  type ReportListQuery,
} from '@ogi/api-params';
import type { Request, Response } from 'express';
import { Access } from '../auth/access.decorator';
import { Scope, type AccessScope } from '../auth/access-scope';
import { ApiDeclaredQuery, DeclaredQuery } from '../params/declared-query';
import { ORIGINAL_CSP } from '../security/security-headers';
import { IngestionService } from './ingestion.service';
import { parseReportId } from './report-params';
import {
  IngestResponseDto,
  ReadableOriginalDto,
  ReportDetailDto,
  ReportListDto,
} from './reports.dto';
import { ReportsService } from './reports.service';
import { UPLOAD_FIELD, uploadedReports, UploadInterceptor } from './upload.interceptor';
import { attachmentName } from '../security/attachment-name';
import { TakesFiles } from '../security/json-body.guard';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly ingestion: IngestionService,
    private readonly reports: ReportsService,
  ) {}

  @Post()
  @Access('editor')
  @HttpCode(HttpStatus.OK)
  @TakesFiles(UploadInterceptor)
  @ApiOperation({
    summary: 'Upload reports',
    description:
      'Stores each file (or each entry of a ZIP archive) in its own transaction with its original bytes, and answers one result per file: created, new_version, duplicate, needs_input, failed, or processing for a scan (stored with a queued OCR job; follow it on GET /api/reports/{id}).',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: [UPLOAD_FIELD],
      properties: {
        [UPLOAD_FIELD]: { type: 'array', items: { type: 'string', format: 'binary' } },
        ...formPropertyDocs(ingestFormFields),
      },
    },
  })
  @ApiOkResponse({ type: IngestResponseDto })
  @ApiBadRequestResponse({
    description: 'No files, unknown fields, or an unknown officeId/regionId',
  })
  @ApiPayloadTooLargeResponse({ description: 'A file over MAX_UPLOAD_BYTES, or too many files' })
  async upload(
    @Scope() access: AccessScope,
    @Req() req: Request,
    @Body(new DeclaredQuery(ingestFormFields)) overrides: QueryOf<typeof ingestFormFields>,
  ): Promise<IngestResponseDto> {
    return { results: await this.ingestion.upload(access, uploadedReports(req), overrides) };
  }

  @Get()
  @Access('viewer')
  @ApiOperation({ summary: 'List reports (current versions by default), newest first' })
  @ApiDeclaredQuery(reportListQuery)
  @ApiOkResponse({ type: ReportListDto })
  list(
    @Scope() access: AccessScope,
    @Query(new DeclaredQuery(reportListQuery)) query: ReportListQuery,
  ): Promise<ReportListDto> {
    return this.reports.list(access, query);
  }

  @Get(':id')
  @Access('viewer')
  @ApiOperation({ summary: 'One report: values, cells with provenance, findings, version history' })
  @ApiOkResponse({ type: ReportDetailDto })
  @ApiNotFoundResponse()
  get(@Scope() access: AccessScope, @Param('id') id: string): Promise<ReportDetailDto> {
    return this.reports.get(access, parseReportId(id));
  }

  @Get(':id/original')
  @Access('viewer')
  @ApiOperation({ summary: 'The uploaded file, byte for byte, with its name and media type' })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The original bytes' })
  @ApiNotFoundResponse()
  async original(
    @Scope() access: AccessScope,
    @Param('id') id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.reports.original(access, parseReportId(id));
    const bytes = Buffer.from(file.content);
    // Only the last path segment: entries of archives are stored as archive.zip/inner/name.txt.
    res.attachment(attachmentName(file.fileName.split('/').pop() ?? '', 'report'));
    res.type(file.mediaType);
    res.setHeader('Content-Length', String(bytes.length));
    // An uploaded HTML file is the uploader's content: it must never run in the app's origin.
    res.setHeader('Content-Security-Policy', ORIGINAL_CSP);
    return new StreamableFile(bytes);
  }

  @Get(':id/original/text')
  @Access('viewer')
  @ApiOperation({
    summary: 'An HTML or Word original as readable text',
    description:
      'The lines the parser read (paragraphs, and table rows with their cells side by side), each with the location its cells carry, so a cell finds its line. Not for PDF and text files, which are shown as they are.',
  })
  @ApiOkResponse({ type: ReadableOriginalDto })
  @ApiNotFoundResponse({ description: 'No such report, or its original is not HTML or Word' })
  @ApiUnprocessableEntityResponse({ description: 'The original cannot be read' })
  readableOriginal(
    @Scope() access: AccessScope,
    @Param('id') id: string,
  ): Promise<ReadableOriginalDto> {
    return this.reports.readableOriginal(access, parseReportId(id));
  }
}
