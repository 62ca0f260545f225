import { In, type EntityManager } from 'typeorm';
import { ENTITY } from '../entities/entities';
import type { LoginThrottle } from '../entities/model';

/** Failed-login counters per key (`user:<name>`, `ip:<address>`). */
export class LoginThrottleRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository<LoginThrottle>(ENTITY.loginThrottle);
  }

  findByKeys(keys: readonly string[]): Promise<LoginThrottle[]> {
    return this.repo.findBy({ key: In([...keys]) });
  }

  async save(row: LoginThrottle): Promise<void> {
    await this.repo.upsert(row, ['key']);
  }

  async delete(key: string): Promise<void> {
    await this.repo.delete({ key });
  }
}
