import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { Access } from '../../auth/access.decorator';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  officeMergeBody,
  officeMergePreviewQuery,
  pagingQuery,
  type BodyOf,
  type QueryOf,
} from '@ogi/api-params';
import { Scope, type AccessScope } from '../../auth/access-scope';
import { parsePathId } from '../../params/problems';
import { ApiDeclaredQuery, DeclaredQuery } from '../../params/declared-query';
import { ApiDeclaredBody, DeclaredBody } from '../../params/declared-body';
import { OfficeMergeDto, OfficeMergeListDto, OfficeMergePreviewDto } from '../offices.dto';
import { OfficeMergeService } from './office-merge.service';

@ApiTags('offices')
@Controller('offices')
@Access('admin')
export class OfficeMergesController {
  constructor(private readonly merges: OfficeMergeService) {}

  @Get('merge-preview')
  @ApiOperation({
    summary: 'What merging an office into another would do, without doing it',
    description:
      'The years in which both offices have report versions, and which current versions would stop being current (in a shared year the later current one stays), for the confirmation before POST /api/offices/merge.',
  })
  @ApiDeclaredQuery(officeMergePreviewQuery)
  @ApiOkResponse({ type: OfficeMergePreviewDto })
  @ApiNotFoundResponse({ description: 'An office does not exist' })
  preview(
    @Scope() access: AccessScope,
    @Query(new DeclaredQuery(officeMergePreviewQuery))
    { sourceId, targetId }: QueryOf<typeof officeMergePreviewQuery>,
  ): Promise<OfficeMergePreviewDto> {
    return this.merges.preview(access, sourceId, targetId);
  }

  @Post('merge')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Merge an office into another',
    description:
      'The source office’s reports, aliases and name (as an alias) move to the target and the source is removed. In a year where both have versions, versions are renumbered and the later current one stays current. Recorded for undo.',
  })
  @ApiDeclaredBody(officeMergeBody, { badRequest: 'Missing or equal ids' })
  @ApiOkResponse({ type: OfficeMergeDto })
  @ApiNotFoundResponse({ description: 'An office does not exist' })
  @ApiConflictResponse({
    description: 'A name of the source is a name of another office in the target’s region',
  })
  merge(
    @Body(new DeclaredBody(officeMergeBody)) { sourceId, targetId }: BodyOf<typeof officeMergeBody>,
  ): Promise<OfficeMergeDto> {
    return this.merges.merge(sourceId, targetId);
  }

  @Get('merges')
  @ApiOperation({ summary: 'Merges, newest first' })
  @ApiDeclaredQuery(pagingQuery)
  @ApiOkResponse({ type: OfficeMergeListDto })
  list(
    @Query(new DeclaredQuery(pagingQuery)) { offset, limit }: QueryOf<typeof pagingQuery>,
  ): Promise<OfficeMergeListDto> {
    return this.merges.list(offset, limit);
  }

  @Post('merges/:id/undo')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Undo a merge: the source office comes back with its id, aliases and reports',
  })
  @ApiOkResponse({ type: OfficeMergeDto })
  @ApiNotFoundResponse()
  @ApiConflictResponse({
    description: 'Already undone, or something the merge touched changed since (each named)',
  })
  undo(@Param('id') id: string): Promise<OfficeMergeDto> {
    return this.merges.undo(parsePathId('merge', id));
  }
}
