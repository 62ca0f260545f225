import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Inject,
  NotFoundException,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Database, Repositories, type User } from '@ogi/api-data-access';
import type { Request, Response } from 'express';
import { DEMO_ACCOUNT, type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { badRequest } from '../params/problems';
import { Access, Public } from './access.decorator';
import type { AuthedRequest } from './access-scope';
import { LoginRequestDto, SessionDto } from './auth.dto';
import { LoginLockedException, LoginService } from './login.service';
import { clearSessionCookie, readSessionToken, setSessionCookie } from './session-cookie';
import { SessionsService } from './sessions.service';
import { toSessionUser } from './users.mapper';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly db: Database,
    private readonly login: LoginService,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
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
    const token = readSessionToken(req);
    const session = token ? await this.sessions.find(token) : null;
    if (!token || !session) return { user: null, csrfToken: null, demo: this.config.demoData };
    if (session.renewedUntil !== null) {
      setSessionCookie(res, token, this.sessions.ttlMs, this.config.auth.cookieSecure);
    }
    const user = await this.db.read((manager) =>
      new Repositories(manager).users.findById(session.access.userId),
    );
    return {
      user: user ? toSessionUser(user) : null,
      csrfToken: session.csrfToken,
      demo: this.config.demoData,
    };
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
      return await this.start(user, res);
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
    if (!this.config.demoData) throw new NotFoundException('演示模式未开启');
    const user = await this.db.read((manager) =>
      new Repositories(manager).users.findByUsername(DEMO_ACCOUNT.username),
    );
    if (!user || !user.isDemo || user.disabled) throw new NotFoundException('演示账号不存在');
    return this.start(user, res);
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
    clearSessionCookie(res, this.config.auth.cookieSecure);
    return { ok: true };
  }

  private async start(user: User, res: Response): Promise<SessionDto> {
    const { token, csrfToken } = await this.sessions.create(user.id);
    setSessionCookie(res, token, this.sessions.ttlMs, this.config.auth.cookieSecure);
    return { user: toSessionUser(user), csrfToken, demo: this.config.demoData };
  }
}
