import { Body, Controller, Get, HttpCode, HttpStatus, Post, Req, Res } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { badRequest } from '../params/problems';
import { Access, Public } from './access.decorator';
import type { AuthedRequest } from './access-scope';
import { LoginRequestDto, SessionDto } from './auth.dto';
import { CurrentSessionService } from './current-session.service';
import { LoginLockedException, LoginService } from './login.service';
import { clearSessionCookie } from './session-cookie';
import { SessionsService } from './sessions.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly login: LoginService,
    private readonly sessions: SessionsService,
    private readonly current: CurrentSessionService,
  ) {}

  @Get('session')
  @Public()
  @ApiOperation({
    summary: 'Who is logged in, the CSRF token for writes, and whether demo mode is on',
  })
  @ApiOkResponse({ type: SessionDto })
  async session(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionDto> {
    return (await this.current.read(req, res)).session;
  }

  @Post('login')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Log in: sets the httpOnly session cookie, answers the session' })
  @ApiOkResponse({ type: SessionDto })
  @ApiUnauthorizedResponse({ description: '用户名或密码错误' })
  @ApiTooManyRequestsResponse({
    description: 'Locked after repeated failures; Retry-After says how long',
  })
  async logIn(
    @Body() body: LoginRequestDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionDto> {
    const username = typeof body?.username === 'string' ? body.username.trim() : '';
    const password = typeof body?.password === 'string' ? body.password : '';
    if (!username || !password || username.length > 64 || password.length > 256) {
      throw badRequest(['请输入用户名和密码']);
    }
    try {
      const user = await this.login.verify(username, password, req.ip ?? 'unknown');
      return (await this.current.start(user, res)).session;
    } catch (err) {
      if (err instanceof LoginLockedException) {
        res.setHeader('Retry-After', String(err.retryAfterSeconds));
      }
      throw err;
    }
  }

  @Post('demo-login')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Log in as the documented demo account (only while DEMO_DATA=on)' })
  @ApiOkResponse({ type: SessionDto })
  @ApiNotFoundResponse({ description: 'Demo mode is off' })
  async demoLogIn(@Res({ passthrough: true }) res: Response): Promise<SessionDto> {
    return (await this.current.startDemo(res)).session;
  }

  @Post('logout')
  @Access('viewer')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Ends this session (needs the CSRF header like every write)' })
  async logOut(
    @Req() req: AuthedRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ ok: true }> {
    if (req.auth) await this.sessions.end(req.auth.sessionId);
    clearSessionCookie(res, this.current.cookieSecure);
    return { ok: true };
  }
}
