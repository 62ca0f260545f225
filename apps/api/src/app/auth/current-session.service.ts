import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Database, Repositories, type User } from '@ogi/api-data-access';
import type { Request, Response } from 'express';
import { DEMO_ACCOUNT, type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import type { AccessScope } from './access-scope';
import type { SessionDto } from './auth.dto';
import { readSessionToken, setSessionCookie } from './session-cookie';
import { SessionsService } from './sessions.service';
import { toSessionUser } from './users.mapper';

/** A session as the web app is told it, with the scope its data is read under. */
export interface SessionAnswer {
  session: SessionDto;
  /** null when nobody is logged in. */
  access: AccessScope | null;
}

/**
 * What `GET /api/auth/session`, the logins and `GET /api/boot` answer about the session: one
 * place that reads the cookie, renews it, starts sessions and the demo login.
 */
@Injectable()
export class CurrentSessionService {
  constructor(
    private readonly db: Database,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The session of the request's cookie (renewing the cookie when it is due), or nobody. */
  async read(req: Request, res: Response): Promise<SessionAnswer> {
    const token = readSessionToken(req);
    const session = token ? await this.sessions.find(token) : null;
    if (!token || !session) return { session: this.nobody(), access: null };
    if (session.renewedUntil !== null) {
      setSessionCookie(res, token, this.sessions.ttlMs, this.config.auth.cookieSecure);
    }
    const user = await this.db.read((manager) =>
      new Repositories(manager).users.findById(session.access.userId),
    );
    if (!user) return { session: this.nobody(), access: null };
    return {
      session: { user: toSessionUser(user), csrfToken: session.csrfToken, demo: this.demoMode },
      access: session.access,
    };
  }

  /** Starts a session for `user` and sets its cookie. */
  async start(user: User, res: Response): Promise<SessionAnswer> {
    const { token, csrfToken, access } = await this.sessions.create(user);
    setSessionCookie(res, token, this.sessions.ttlMs, this.config.auth.cookieSecure);
    return { session: { user: toSessionUser(user), csrfToken, demo: this.demoMode }, access };
  }

  /** Logs in as the documented demo account; 404 unless DEMO_DATA=on. */
  async startDemo(res: Response): Promise<SessionAnswer> {
    if (!this.demoMode) throw new NotFoundException('演示模式未开启');
    const user = await this.db.read((manager) =>
      new Repositories(manager).users.findByUsername(DEMO_ACCOUNT.username),
    );
    if (!user || !user.isDemo || user.disabled) throw new NotFoundException('演示账号不存在');
    return this.start(user, res);
  }

  get demoMode(): boolean {
    return this.config.demoData;
  }

  get cookieSecure(): boolean {
    return this.config.auth.cookieSecure;
  }

  private nobody(): SessionDto {
    return { user: null, csrfToken: null, demo: this.demoMode };
  }
}
