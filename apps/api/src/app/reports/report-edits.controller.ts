import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Access } from '../auth/access.decorator';
import { Scope, type AccessScope } from '../auth/access-scope';
import { CorrectionsService } from './corrections.service';
import { ReparseService } from './reparse.service';
import { parseCorrection, parseReparse, parseResolve } from './report-edit-params';
import {
  CorrectionRequestDto,
  ReparseRequestDto,
  ReparseResultDto,
  ResolveRequestDto,
  ResolveResultDto,
} from './report-edits.dto';
import { parseReportId } from './report-params';
import { ReportVersionsService } from './report-versions.service';
import { ReportDetailDto } from './reports.dto';

/** Changing stored reports: corrections, office and year, the current version, reading again. */
@ApiTags('reports')
@Controller('reports')
export class ReportEditsController {
  constructor(
    private readonly corrections: CorrectionsService,
    private readonly versions: ReportVersionsService,
    private readonly reparser: ReparseService,
  ) {}

  @Post('reparse')
  @Access('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Read stored originals again with the current parser (one page)',
    description:
      'Each report in its own transaction; manual corrections are put back on top. Call again with afterId = nextAfterId until it is null.',
  })
  @ApiBody({ type: ReparseRequestDto, required: false })
  @ApiOkResponse({ type: ReparseResultDto })
  @ApiBadRequestResponse({ description: 'A field is invalid; the message names it' })
  reparse(@Body() body: unknown): Promise<ReparseResultDto> {
    return this.reparser.reparse(parseReparse(body));
  }

  @Post(':id/corrections')
  @Access('editor')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Correct one cell',
    description:
      'Records who changed which value and why, updates the cell, checks the rules again and recomputes the dashboard figures, in one transaction. Answers the updated report.',
  })
  @ApiBody({ type: CorrectionRequestDto })
  @ApiOkResponse({ type: ReportDetailDto })
  @ApiBadRequestResponse({
    description: 'Unknown key, a key not in this report, a derived cell, a bad value, no reason',
  })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The report failed to read: it has no cells' })
  correct(
    @Scope() access: AccessScope,
    @Param('id') id: string,
    @Body() body: unknown,
  ): Promise<ReportDetailDto> {
    const reportId = parseReportId(id);
    // Who corrected is the logged-in account, never what the client claims.
    return this.corrections.correct(access, reportId, {
      ...parseCorrection(body),
      user: access.username,
    });
  }

  @Post(':id/resolve')
  @Access('editor')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Give a report waiting for input its office and/or year',
    description:
      'The report gets the next version of its office and year and becomes current (status created or new_version).',
  })
  @ApiBody({ type: ResolveRequestDto })
  @ApiOkResponse({ type: ResolveResultDto })
  @ApiBadRequestResponse({
    description: 'Invalid fields, an unknown office or region, still missing',
  })
  @ApiNotFoundResponse()
  @ApiConflictResponse({
    description: 'The report is not needs_input, or the name matches several offices (candidates)',
  })
  resolve(
    @Scope() access: AccessScope,
    @Param('id') id: string,
    @Body() body: unknown,
  ): Promise<ResolveResultDto> {
    const reportId = parseReportId(id);
    return this.versions.resolve(access, reportId, parseResolve(body));
  }

  @Post(':id/make-current')
  @Access('editor')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Make this version the current one of its office and year' })
  @ApiOkResponse({ type: ReportDetailDto })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The report is needs_input or failed' })
  makeCurrent(@Scope() access: AccessScope, @Param('id') id: string): Promise<ReportDetailDto> {
    return this.versions.makeCurrent(access, parseReportId(id));
  }
}
