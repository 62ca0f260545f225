import { Controller, Get, Header, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/access.decorator';
import { BootDto } from './boot.dto';
import { BootService } from './boot.service';

@ApiTags('auth')
@Controller('boot')
export class BootController {
  constructor(private readonly boot: BootService) {}

  @Get()
  @Public()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'What the web app needs before its first query, in one answer',
    description:
      'The session (as GET /api/auth/session; in demo mode without a session, it logs in as the ' +
      'demo account first, as POST /api/auth/demo-login), and for a logged-in user the years ' +
      'with reports and the region tree in their scope. index.html preloads it beside the scripts.',
  })
  @ApiOkResponse({ type: BootDto })
  get(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<BootDto> {
    return this.boot.boot(req, res);
  }
}
