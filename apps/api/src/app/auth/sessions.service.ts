import { Inject, Injectable } from '@nestjs/common';
import { Database, Repositories, type User } from '@ogi/api-data-access';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import type { AccessScope } from './access-scope';
import { newToken, sessionId } from './session-cookie';

/** A session found for a cookie, with who it belongs to. */
export interface LiveSession {
  id: string;
  csrfToken: string;
  access: AccessScope;
  /** Set when this request renewed the session: the cookie is sent again with a new max-age. */
  renewedUntil: number | null;
}

/**
 * Sessions live in the database (several instances behind a load balancer share them). The
 * cookie holds a random token; the table holds its SHA-256 and a CSRF token for writes.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly db: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get ttlMs(): number {
    return this.config.auth.sessionTtlMs;
  }

  /**
   * A new session for a user (expired ones are swept here, not by a timer). Answers the token and
   * the scope the session reads under.
   */
  async create(user: User): Promise<{ token: string; csrfToken: string; access: AccessScope }> {
    const token = newToken();
    const csrfToken = newToken();
    const now = Date.now();
    const access = await this.db.write(async (manager) => {
      const repos = new Repositories(manager);
      await repos.sessions.deleteExpired(now);
      await repos.sessions.insert({
        id: sessionId(token),
        userId: user.id,
        csrfToken,
        createdAt: now,
        expiresAt: now + this.ttlMs,
      });
      return this.scopeOf(repos, user);
    });
    return { token, csrfToken, access };
  }

  /**
   * The live session of a cookie token, or null (unknown, expired, user disabled). Past half of
   * its lifetime a session is renewed (sliding expiry) with one UPDATE.
   */
  async find(token: string): Promise<LiveSession | null> {
    const id = sessionId(token);
    const now = Date.now();
    const found = await this.db.read(async (manager) => {
      const repos = new Repositories(manager);
      const session = await repos.sessions.findById(id);
      if (!session || session.expiresAt <= now) return null;
      const user = await repos.users.findById(session.userId);
      if (!user || user.disabled) return null;
      return { session, access: await this.scopeOf(repos, user) };
    });
    if (!found) return null;
    let renewedUntil: number | null = null;
    if (found.session.expiresAt - now < this.ttlMs / 2) {
      renewedUntil = now + this.ttlMs;
      await this.db.write((manager) =>
        new Repositories(manager).sessions.extend(id, renewedUntil as number),
      );
    }
    return { id, csrfToken: found.session.csrfToken, access: found.access, renewedUntil };
  }

  async end(id: string): Promise<void> {
    await this.db.write((manager) => new Repositories(manager).sessions.delete(id));
  }

  /** The region paths of a user's regions (admins: every region). */
  private async scopeOf(repos: Repositories, user: User): Promise<AccessScope> {
    const regionPaths =
      user.role === 'admin'
        ? null
        : (await repos.regions.findByIds(user.regionIds)).map((region) => region.path);
    return { userId: user.id, username: user.username, role: user.role, regionPaths };
  }
}
