import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import {
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
import {
  correctionBody,
  reparseBody,
  resolveBody,
  type CorrectionInput,
  type ReparseInput,
  type ResolveInput,
} from '@ogi/api-params';
import { ApiDeclaredBody, DeclaredBody } from '../params/declared-body';
import { ReparseResultDto, ResolveResultDto } from './report-edits.dto';
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
  @ApiDeclaredBody(reparseBody, { required: false })
  @ApiOkResponse({ type: ReparseResultDto })
  reparse(@Body(new DeclaredBody(reparseBody)) input: ReparseInput): Promise<ReparseResultDto> {
    return this.reparser.reparse(input);
  }

  @Post(':id/corrections')
  @Access('editor')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Correct one cell',
    description:
      'Records who changed which value and why, updates the cell, checks the rules again and recomputes the dashboard figures, in one transaction. Answers the updated report.',
  })
  @ApiDeclaredBody(correctionBody, {
    badRequest: 'Unknown key, a key not in this report, a derived cell, a bad value, no reason',
  })
  @ApiOkResponse({ type: ReportDetailDto })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The report failed to read: it has no cells' })
  correct(
    @Scope() access: AccessScope,
    @Param('id') id: string,
    @Body(new DeclaredBody(correctionBody)) correction: CorrectionInput,
  ): Promise<ReportDetailDto> {
    const reportId = parseReportId(id);
    // Who corrected is the logged-in account, never what the client claims.
    return this.corrections.correct(access, reportId, { ...correction, user: access.username });
  }

  @Post(':id/confirm-all')
  @Access('editor')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Confirm every cell awaiting review (全部确认) as read',
    description:
      'One correction per needs_review cell with its value unchanged (recorded under the logged-in account), then the rules are checked again, in one transaction; the cells no longer await review. Answers the updated report. A single cell is confirmed by POST /api/reports/:id/corrections with its value unchanged.',
  })
  @ApiOkResponse({ type: ReportDetailDto })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'No cell of the report awaits review' })
  confirmAll(@Scope() access: AccessScope, @Param('id') id: string): Promise<ReportDetailDto> {
    return this.corrections.confirmAll(access, parseReportId(id), access.username);
  }

  @Post(':id/resolve')
  @Access('editor')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Give a report waiting for input its office and/or year',
    description:
      'The report gets the next version of its office and year and becomes current (status created or new_version).',
  })
  @ApiDeclaredBody(resolveBody, {
    badRequest: 'Invalid fields, an unknown office or region, still missing',
  })
  @ApiOkResponse({ type: ResolveResultDto })
  @ApiNotFoundResponse()
  @ApiConflictResponse({
    description: 'The report is not needs_input, or the name matches several offices (candidates)',
  })
  resolve(
    @Scope() access: AccessScope,
    @Param('id') id: string,
    @Body(new DeclaredBody(resolveBody)) input: ResolveInput,
  ): Promise<ResolveResultDto> {
    const reportId = parseReportId(id);
    return this.versions.resolve(access, reportId, input);
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
