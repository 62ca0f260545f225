import type { EntityManager } from 'typeorm';
import { ENTITY } from '../entities/entities';
import type { User, UserRole } from '../entities/model';

export interface NewUser {
  username: string;
  passwordHash: string;
  role: UserRole;
  regionIds?: number[];
  isDemo?: boolean;
}

export type UserChanges = Partial<Pick<User, 'role' | 'regionIds' | 'disabled' | 'passwordHash'>>;

/** Accounts. Usernames are unique (a unique index; compare with isUniqueViolation). */
export class UsersRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository<User>(ENTITY.user);
  }

  findById(id: number): Promise<User | null> {
    return this.repo.findOneBy({ id });
  }

  findByUsername(username: string): Promise<User | null> {
    return this.repo.findOneBy({ username });
  }

  all(): Promise<User[]> {
    return this.repo.find({ order: { id: 'ASC' } });
  }

  /** Enabled admins: the first-admin bootstrap creates one only when there is none. */
  countActiveAdmins(): Promise<number> {
    return this.repo.countBy({ role: 'admin', disabled: false });
  }

  async create(input: NewUser): Promise<User> {
    const now = Date.now();
    const inserted = await this.repo.insert({
      username: input.username,
      passwordHash: input.passwordHash,
      role: input.role,
      regionIds: input.regionIds ?? [],
      disabled: false,
      isDemo: input.isDemo ?? false,
      createdAt: now,
      updatedAt: now,
    });
    return (await this.findById(Number(inserted.identifiers[0]['id']))) as User;
  }

  async update(id: number, changes: UserChanges): Promise<void> {
    await this.repo.update({ id }, { ...changes, updatedAt: Date.now() });
  }
}
