import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Access } from '../auth/access.decorator';
import { Scope, type AccessScope } from '../auth/access-scope';
import {
  MAX_LIST_ITEMS,
  MAX_SELECTION_ITEMS,
  selectionBody,
  type SelectionLists,
} from '@ogi/api-params';
import { ApiDeclaredBody, DeclaredBody } from '../params/declared-body';
import { parseSelectionId } from './selections-params';
import { SelectionDto, SelectionIdDto } from './selections.dto';
import { SelectionsService } from './selections.service';

@ApiTags('selections')
@Controller('selections')
@Access('viewer')
export class SelectionsController {
  constructor(private readonly selections: SelectionsService) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Store lists of office and region ids too long for a query; answers their id',
    description: `For filters longer than the ${MAX_LIST_ITEMS} ids a stats or export query takes inline: pass the answer as selection=<id>. The id is a hash of the sorted lists, so the same lists always answer the same id (stored once). At most ${MAX_SELECTION_ITEMS} ids; each must exist (400 naming the others) and lie in the caller's regions (403 naming the others). A read helper: viewers may store selections.`,
  })
  @ApiDeclaredBody(selectionBody, {
    badRequest: 'A list is invalid, empty or names unknown ids',
  })
  @ApiOkResponse({ type: SelectionIdDto })
  @ApiForbiddenResponse({ description: 'An id lies outside the caller’s regions' })
  create(
    @Scope() access: AccessScope,
    @Body(new DeclaredBody(selectionBody)) lists: SelectionLists,
  ): Promise<SelectionIdDto> {
    return this.selections.create(access, lists);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'The lists of a stored selection (only the offices and regions the caller may see)',
  })
  @ApiOkResponse({ type: SelectionDto })
  @ApiNotFoundResponse({ description: 'No selection with that id' })
  get(@Scope() access: AccessScope, @Param('id') id: string): Promise<SelectionDto> {
    return this.selections.get(access, parseSelectionId(id));
  }
}
