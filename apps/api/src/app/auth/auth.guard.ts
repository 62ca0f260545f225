import {
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { ACCESS_KEY, roleAtLeast, type AccessDeclaration } from './access.decorator';
import type { AuthedRequest } from './access-scope';
import { CSRF_HEADER, csrfMatches, readSessionToken, setSessionCookie } from './session-cookie';
import { SessionsService } from './sessions.service';
import { isSafeMethod } from '../security/safe-methods';

/**
 * The one gate of every route (registered as APP_GUARD). Fails closed: a route without @Access
 * or @Public is refused, so an endpoint added later is closed until it declares who may call it.
 * Then: a live session (401 without), the role (403), and for writes the CSRF header (403).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const declaration = this.reflector.getAllAndOverride<AccessDeclaration | undefined>(
      ACCESS_KEY,
      [context.getHandler(), context.getClass()],
    );
    if (!declaration) {
      throw new ForbiddenException('此接口未声明访问权限，已拒绝（服务器配置错误）');
    }
    const req = context.switchToHttp().getRequest<AuthedRequest>();
    if (declaration.kind === 'public') return true;

    const token = readSessionToken(req);
    const session = token ? await this.sessions.find(token) : null;
    if (!token || !session) throw new UnauthorizedException('请先登录');
    if (!roleAtLeast(session.access.role, declaration.role)) {
      throw new ForbiddenException('您的账号角色无权执行此操作');
    }
    if (!isSafeMethod(req.method) && !csrfMatches(req.header(CSRF_HEADER), session.csrfToken)) {
      throw new ForbiddenException('缺少或错误的 CSRF 令牌，请刷新页面后重试');
    }
    if (session.renewedUntil !== null) {
      const res = context.switchToHttp().getResponse<Response>();
      setSessionCookie(res, token, this.sessions.ttlMs, this.config.auth.cookieSecure);
    }
    req.auth = { access: session.access, sessionId: session.id, csrfToken: session.csrfToken };
    return true;
  }
}
