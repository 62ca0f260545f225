import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import {
  Database,
  hashPassword,
  isUniqueViolation,
  Repositories,
  scryptParams,
  type User,
  type UserChanges,
} from '@ogi/api-data-access';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { badRequest } from '../params/problems';
import type { AccessScope } from './access-scope';
import type { UserDto, UserListDto } from './users.dto';
import { toUserDto } from './users.mapper';
import type { NewUserInput, UserUpdateInput } from './users-body';

/** Managing accounts (admins only; the controller declares it). */
@Injectable()
export class UsersService {
  constructor(
    private readonly db: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private hash(password: string): Promise<string> {
    return hashPassword(password, scryptParams(this.config.auth.scryptLogN));
  }

  list(): Promise<UserListDto> {
    return this.db.read(async (manager) => ({
      items: (await new Repositories(manager).users.all()).map(toUserDto),
    }));
  }

  async create(input: NewUserInput): Promise<UserDto> {
    const passwordHash = await this.hash(input.password);
    try {
      return await this.db.write(async (manager) => {
        const repos = new Repositories(manager);
        await this.checkRegions(repos, input.role, input.regionIds);
        if (await repos.users.findByUsername(input.username)) throw this.taken(input.username);
        return toUserDto(
          await repos.users.create({
            username: input.username,
            passwordHash,
            role: input.role,
            regionIds: input.regionIds,
          }),
        );
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw this.taken(input.username);
      throw err;
    }
  }

  update(access: AccessScope, id: number, input: UserUpdateInput): Promise<UserDto> {
    return this.db.write(async (manager) => {
      const repos = new Repositories(manager);
      const user = await this.existing(repos, id);
      const role = input.role ?? user.role;
      const demotesSelf = id === access.userId && (role !== 'admin' || input.disabled === true);
      if (demotesSelf) throw new ConflictException('不能降低或停用自己的管理员账号');
      await this.checkRegions(repos, role, input.regionIds ?? user.regionIds);
      const changes: UserChanges = {};
      if (input.role) changes.role = input.role;
      if (input.regionIds) changes.regionIds = input.regionIds;
      if (input.disabled !== undefined) changes.disabled = input.disabled;
      await repos.users.update(id, changes);
      // A change of rights applies at the next request anyway (the guard reads the user each
      // time); disabling also ends the sessions outright.
      if (input.disabled) await repos.sessions.deleteForUser(id);
      return toUserDto(await this.existing(repos, id));
    });
  }

  async resetPassword(id: number, password: string): Promise<UserDto> {
    const passwordHash = await this.hash(password);
    return this.db.write(async (manager) => {
      const repos = new Repositories(manager);
      await this.existing(repos, id);
      await repos.users.update(id, { passwordHash });
      await repos.sessions.deleteForUser(id);
      return toUserDto(await this.existing(repos, id));
    });
  }

  private async existing(repos: Repositories, id: number): Promise<User> {
    const user = await repos.users.findById(id);
    if (!user) throw new NotFoundException(`user ${id} does not exist`);
    return user;
  }

  /** Editors and viewers need at least one region, and every region must exist. */
  private async checkRegions(repos: Repositories, role: string, regionIds: number[]) {
    if (role !== 'admin' && regionIds.length === 0) {
      throw badRequest(['regionIds: 编辑和查看账号至少需要一个地区']);
    }
    const found = new Set((await repos.regions.findByIds(regionIds)).map((region) => region.id));
    const unknown = regionIds.filter((regionId) => !found.has(regionId));
    if (unknown.length > 0) throw badRequest([`regionIds: no region ${unknown.join(', ')}`]);
  }

  private taken(username: string) {
    return new ConflictException(`用户名 ${username} 已存在`);
  }
}
