import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import {
  createAdmin,
  Database,
  hashPassword,
  isUniqueViolation,
  Repositories,
  scryptParams,
} from '@ogi/api-data-access';
import { DEMO_ACCOUNT, type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/**
 * At start: the first admin from ADMIN_USERNAME/ADMIN_PASSWORD when no enabled admin exists, and
 * the documented demo account while DEMO_DATA=on (disabled, with its sessions ended, when off:
 * its password is public).
 */
@Injectable()
export class AccountsBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('Accounts');

  constructor(
    private readonly db: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get scrypt() {
    return scryptParams(this.config.auth.scryptLogN);
  }

  async onApplicationBootstrap(): Promise<void> {
    const admin = this.config.auth.admin;
    if (admin) {
      const result = await createAdmin(this.db, admin.username, admin.password, {
        onlyIfNone: true,
        scrypt: this.scrypt,
      });
      if (result.status === 'created') this.logger.log(`First admin ${admin.username} created`);
      if (result.status === 'username_taken') {
        this.logger.warn(`ADMIN_USERNAME ${admin.username} exists but is not an enabled admin`);
      }
    }
    await this.syncDemoAccount();
  }

  private async syncDemoAccount(): Promise<void> {
    const on = this.config.demoData;
    const passwordHash = on ? await hashPassword(DEMO_ACCOUNT.password, this.scrypt) : '';
    try {
      await this.db.write(async (manager) => {
        const repos = new Repositories(manager);
        const existing = await repos.users.findByUsername(DEMO_ACCOUNT.username);
        if (existing && !existing.isDemo) {
          this.logger.warn(`A real account is named ${DEMO_ACCOUNT.username}: no demo account`);
          return;
        }
        if (!on) {
          if (existing && !existing.disabled) {
            await repos.users.update(existing.id, { disabled: true });
            await repos.sessions.deleteForUser(existing.id);
            this.logger.log('DEMO_DATA=off: the demo account is disabled');
          }
          return;
        }
        if (!existing) {
          await repos.users.create({
            username: DEMO_ACCOUNT.username,
            passwordHash,
            role: 'admin',
            isDemo: true,
          });
        } else {
          await repos.users.update(existing.id, { disabled: false, role: 'admin', passwordHash });
        }
      });
    } catch (err) {
      // Another instance starting at the same moment created it.
      if (!isUniqueViolation(err)) throw err;
    }
  }
}
