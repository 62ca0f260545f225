import { SetMetadata } from '@nestjs/common';
import type { UserRole } from '@ogi/api-data-access';

export const ACCESS_KEY = 'ogi:access';

/** What a route declares: the least role it needs, or public (no login). */
export type AccessDeclaration = { kind: 'role'; role: UserRole } | { kind: 'public' };

/**
 * The least role a route (or every route of a controller) needs: viewer < editor < admin.
 * Every route must declare one (or @Public()): the global AuthGuard refuses undeclared routes.
 * Region scope is not decided here: take `@Scope() access: AccessScope` and pass it to the service.
 */
export const Access = (role: UserRole) =>
  SetMetadata(ACCESS_KEY, { kind: 'role', role } satisfies AccessDeclaration);

/** No login needed (health, login, the session probe). Writes on public routes skip CSRF. */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessDeclaration);

const RANK: Record<UserRole, number> = { viewer: 1, editor: 2, admin: 3 };

/** Whether `role` may do what `needed` may. */
export function roleAtLeast(role: UserRole, needed: UserRole): boolean {
  return RANK[role] >= RANK[needed];
}
