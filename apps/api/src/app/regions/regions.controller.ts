import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Access } from '../auth/access.decorator';
import { Scope, type AccessScope } from '../auth/access-scope';
import { parsePathId } from '../params/problems';
import {
  newRegionBody,
  regionChangesBody,
  type NewRegionInput,
  type RegionChanges,
} from '@ogi/api-params';
import { ApiDeclaredBody, DeclaredBody } from '../params/declared-body';
import { RegionDetailDto, RegionListDto } from './regions.dto';
import { RegionsService } from './regions.service';

@ApiTags('regions')
@Controller('regions')
@Access('admin')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get()
  @Access('viewer')
  @ApiOperation({
    summary: 'The whole region tree as a flat list with parentId, office and report counts',
  })
  @ApiOkResponse({ type: RegionListDto })
  list(@Scope() access: AccessScope): Promise<RegionListDto> {
    return this.regions.list(access);
  }

  @Get(':id')
  @Access('viewer')
  @ApiOperation({ summary: 'One region with its lineage from the root' })
  @ApiOkResponse({ type: RegionDetailDto })
  @ApiNotFoundResponse()
  get(@Scope() access: AccessScope, @Param('id') id: string): Promise<RegionDetailDto> {
    return this.regions.get(access, parsePathId('region', id));
  }

  @Post()
  @ApiOperation({ summary: 'Create a region under a parent (or at the top)' })
  @ApiDeclaredBody(newRegionBody, {
    badRequest: 'A field is invalid or the parent does not exist',
  })
  @ApiCreatedResponse({ type: RegionDetailDto })
  @ApiConflictResponse({
    description: 'Level not below the parent, a sibling of the same name, or the code is taken',
  })
  create(@Body(new DeclaredBody(newRegionBody)) input: NewRegionInput): Promise<RegionDetailDto> {
    return this.regions.create(input);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Rename, change the code, or move under another parent (the subtree moves along)',
  })
  @ApiDeclaredBody(regionChangesBody, {
    badRequest: 'A field is invalid or the new parent does not exist',
  })
  @ApiOkResponse({ type: RegionDetailDto })
  @ApiNotFoundResponse()
  @ApiConflictResponse({
    description: 'Move under itself or a descendant, level, sibling name or code clash',
  })
  update(
    @Param('id') id: string,
    @Body(new DeclaredBody(regionChangesBody)) changes: RegionChanges,
  ): Promise<RegionDetailDto> {
    return this.regions.update(parsePathId('region', id), changes);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a region without children or offices' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The region has child regions or offices (counts given)' })
  remove(@Param('id') id: string): Promise<void> {
    return this.regions.remove(parsePathId('region', id));
  }
}
