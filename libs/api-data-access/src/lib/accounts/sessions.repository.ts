import { LessThan, type EntityManager } from 'typeorm';
import { ENTITY } from '../entities/entities';
import type { Session } from '../entities/model';

/** Login sessions, looked up by the SHA-256 of the cookie token. */
export class SessionsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository<Session>(ENTITY.session);
  }

  async insert(session: Session): Promise<void> {
    await this.repo.insert(session);
  }

  findById(id: string): Promise<Session | null> {
    return this.repo.findOneBy({ id });
  }

  async extend(id: string, expiresAt: number): Promise<void> {
    await this.repo.update({ id }, { expiresAt });
  }

  async delete(id: string): Promise<void> {
    await this.repo.delete({ id });
  }

  /** Ends every session of a user (disabled, password reset). */
  async deleteForUser(userId: number): Promise<void> {
    await this.repo.delete({ userId });
  }

  /** Removes sessions that expired before `now` (done at each login: no timer in memory). */
  async deleteExpired(now: number): Promise<void> {
    await this.repo.delete({ expiresAt: LessThan(now) });
  }
}
