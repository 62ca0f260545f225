import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { officeListQuery, type OfficeListQuery } from '@ogi/api-params';
import { Access } from '../auth/access.decorator';
import { Scope, type AccessScope } from '../auth/access-scope';
import { parsePathId } from '../params/problems';
import { ApiDeclaredQuery, DeclaredQuery } from '../params/declared-query';
import { parseNewOffice, parseOfficeChanges } from './office-params';
import {
  CreateOfficeBodyDto,
  OfficeDetailDto,
  OfficeListDto,
  UpdateOfficeBodyDto,
} from './offices.dto';
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
  @ApiBody({ type: CreateOfficeBodyDto })
  @ApiCreatedResponse({ type: OfficeDetailDto })
  @ApiBadRequestResponse({ description: 'A field is invalid or the region does not exist' })
  @ApiConflictResponse({ description: 'Another office of the region has the name or an alias' })
  create(@Body() body: unknown): Promise<OfficeDetailDto> {
    return this.offices.create(parseNewOffice(body));
  }

  @Patch(':id')
  @Access('admin')
  @ApiOperation({
    summary: 'Rename (the old name becomes an alias), change kind or region, add/remove aliases',
  })
  @ApiBody({ type: UpdateOfficeBodyDto })
  @ApiOkResponse({ type: OfficeDetailDto })
  @ApiNotFoundResponse()
  @ApiBadRequestResponse({ description: 'A field is invalid, unknown region or alias' })
  @ApiConflictResponse({ description: 'Another office of the region has one of the names' })
  update(@Param('id') id: string, @Body() body: unknown): Promise<OfficeDetailDto> {
    return this.offices.update(parsePathId('office', id), parseOfficeChanges(body));
  }
}
