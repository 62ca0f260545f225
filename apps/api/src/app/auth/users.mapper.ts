import type { User } from '@ogi/api-data-access';
import type { SessionUserDto } from './auth.dto';
import type { UserDto } from './users.dto';

export function toSessionUser(user: User): SessionUserDto {
  return {
    id: user.id,
    username: user.username,
    role: user.role,
    regionIds: user.role === 'admin' ? [] : user.regionIds,
    isDemo: user.isDemo,
  };
}

/** Never the password hash. */
export function toUserDto(user: User): UserDto {
  return {
    ...toSessionUser(user),
    regionIds: user.regionIds,
    disabled: user.disabled,
    createdAt: new Date(user.createdAt).toISOString(),
    updatedAt: new Date(user.updatedAt).toISOString(),
  };
}
