import {
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import {
  Database,
  Repositories,
  scryptParams,
  hashPassword,
  verifyPassword,
  type User,
} from '@ogi/api-data-access';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import {
  accountKey,
  ACCOUNT_MAX_FAILURES,
  afterFailure,
  IP_MAX_FAILURES,
  ipKey,
  lockedFor,
  lockMessage,
} from './login-throttle';

/** 429 with the seconds to wait (the controller copies them into Retry-After). */
export class LoginLockedException extends HttpException {
  readonly retryAfterSeconds: number;

  constructor(lockedForMs: number) {
    const retryAfterSeconds = Math.ceil(lockedForMs / 1000);
    super(
      {
        statusCode: HttpStatus.TOO_MANY_REQUESTS,
        error: 'Too Many Requests',
        message: lockMessage(lockedForMs),
        retryAfterSeconds,
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * Checks a username and password with rate limiting stored in the database: after
 * ACCOUNT_MAX_FAILURES failures an account, after IP_MAX_FAILURES an address, is locked for
 * LOCK_MS; while locked no password is checked at all.
 */
@Injectable()
export class LoginService {
  /** A hash to verify against for unknown usernames, so that they take as long as known ones. */
  private dummyHash: Promise<string> | null = null;

  constructor(
    private readonly db: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async verify(username: string, password: string, ip: string): Promise<User> {
    const keys = [accountKey(username), ipKey(ip)];
    const now = Date.now();
    const { user, rows } = await this.db.read(async (manager) => {
      const repos = new Repositories(manager);
      return {
        user: await repos.users.findByUsername(username),
        rows: await repos.loginThrottle.findByKeys(keys),
      };
    });
    const wait = lockedFor(rows, now);
    if (wait > 0) throw new LoginLockedException(wait);

    this.dummyHash ??= hashPassword('not a password', scryptParams(this.config.auth.scryptLogN));
    const matches = await verifyPassword(password, user?.passwordHash ?? (await this.dummyHash));
    if (user && matches && !user.disabled) {
      await this.db.write((manager) =>
        new Repositories(manager).loginThrottle.delete(accountKey(username)),
      );
      return user;
    }
    const lockedForMs = await this.recordFailure(username, ip);
    if (lockedForMs > 0) throw new LoginLockedException(lockedForMs);
    throw new UnauthorizedException(
      user?.disabled && matches ? '该账号已停用，请联系管理员' : '用户名或密码错误',
    );
  }

  /** Counts a failure for the account and the address; answers how long a lock now lasts (0: none). */
  private recordFailure(username: string, ip: string): Promise<number> {
    return this.db.write(async (manager) => {
      const repo = new Repositories(manager).loginThrottle;
      const now = Date.now();
      const rows = await repo.findByKeys([accountKey(username), ipKey(ip)]);
      const byKey = new Map(rows.map((row) => [row.key, row]));
      const account = afterFailure(
        accountKey(username),
        byKey.get(accountKey(username)),
        ACCOUNT_MAX_FAILURES,
        now,
      );
      const address = afterFailure(ipKey(ip), byKey.get(ipKey(ip)), IP_MAX_FAILURES, now);
      await repo.save(account);
      await repo.save(address);
      return lockedFor([account, address], now);
    });
  }
}
