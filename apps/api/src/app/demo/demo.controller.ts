import { Controller, Delete, Get } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access } from '../auth/access.decorator';
import { DemoDataService, type DemoRemoval, type DemoStatus } from './demo-data.service';
import { DemoRemovalDto, DemoStatusDto } from './demo.dto';

@ApiTags('demo')
@Controller('demo')
export class DemoController {
  constructor(private readonly demo: DemoDataService) {}

  @Get()
  @Access('viewer')
  @ApiOkResponse({ type: DemoStatusDto, description: 'Whether the demo data set is stored.' })
  status(): Promise<DemoStatus> {
    return this.demo.status();
  }

  @Delete()
  @Access('admin')
  @ApiOkResponse({
    type: DemoRemovalDto,
    description:
      'Removes every demo row (reports with their cells, findings and figures, files, offices, regions) in one transaction; answers the counts.',
  })
  @ApiConflictResponse({ description: 'The demo data is still loading.' })
  remove(): Promise<DemoRemoval> {
    return this.demo.remove();
  }
}
