import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  newOfficeBody,
  officeChangesBody,
  officeListQuery,
  type NewOfficeInput,
  type OfficeChanges,
  type OfficeListQuery,
} from '@ogi/api-params';
import { Access } from '../auth/access.decorator';
import { Scope, type AccessScope } from '../auth/access-scope';
import { parsePathId } from '../params/problems';
import { ApiDeclaredQuery, DeclaredQuery } from '../params/declared-query';
import { ApiDeclaredBody, DeclaredBody } from '../params/declared-body';
import { OfficeDetailDto, OfficeListDto } from './offices.dto';
import { OfficesService } from './offices.service';

@ApiTags('offices')
@Controller('offices')
export class OfficesController {
  constructor(private readonly offices: OfficesService) {}

  @Get()
  @Access('viewer')
  @ApiOperation({ summary: 'List offices by name' })
  @ApiDeclaredQuery(officeListQuery)
  @ApiOkResponse({ type: OfficeListDto })
  list(
    @Scope() access: AccessScope,
    @Query(new DeclaredQuery(officeListQuery)) query: OfficeListQuery,
  ): Promise<OfficeListDto> {
    return this.offices.list(access, query);
  }

  @Get(':id')
  @Access('viewer')
  @ApiOperation({ summary: 'One office with aliases, region path and report count' })
  @ApiOkResponse({ type: OfficeDetailDto })
  @ApiNotFoundResponse()
  get(@Scope() access: AccessScope, @Param('id') id: string): Promise<OfficeDetailDto> {
    return this.offices.get(access, parsePathId('office', id));
  }

  @Post()
  @Access('admin')
  @ApiOperation({ summary: 'Create an office' })
  @ApiDeclaredBody(newOfficeBody, {
    badRequest: 'A field is invalid or the region does not exist',
  })
  @ApiCreatedResponse({ type: OfficeDetailDto })
  @ApiConflictResponse({ description: 'Another office of the region has the name or an alias' })
  create(@Body(new DeclaredBody(newOfficeBody)) input: NewOfficeInput): Promise<OfficeDetailDto> {
    return this.offices.create(input);
  }

  @Patch(':id')
  @Access('admin')
  @ApiOperation({
    summary: 'Rename (the old name becomes an alias), change kind or region, add/remove aliases',
  })
  @ApiDeclaredBody(officeChangesBody, {
    badRequest: 'A field is invalid, unknown region or alias',
  })
  @ApiOkResponse({ type: OfficeDetailDto })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Another office of the region has one of the names' })
  update(
    @Param('id') id: string,
    @Body(new DeclaredBody(officeChangesBody)) changes: OfficeChanges,
  ): Promise<OfficeDetailDto> {
    return this.offices.update(parsePathId('office', id), changes);
  }
}
