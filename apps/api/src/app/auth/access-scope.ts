import { createParamDecorator, ForbiddenException, type ExecutionContext } from '@nestjs/common';
import type { UserRole } from '@ogi/api-data-access';
import type { Request } from 'express';

/**
 * Who is asking and which regions they may see, built by the AuthGuard for each request and
 * handed to services as a parameter (never a global), so every query states its scope.
 */
export interface AccessScope {
  userId: number;
  username: string;
  role: UserRole;
  /**
   * null: every region (admins). Otherwise the materialised paths (`/1/4/`) of the user's regions:
   * each with its whole subtree. May be empty (regions since deleted): then nothing is visible.
   */
  regionPaths: readonly string[] | null;
}

/** What the guard attaches to the request. */
export interface RequestAuth {
  access: AccessScope;
  sessionId: string;
  csrfToken: string;
}

export type AuthedRequest = Request & { auth?: RequestAuth };

/** The caller's AccessScope (routes with @Access only; a @Public route has none). */
export const Scope = createParamDecorator((_data: unknown, ctx: ExecutionContext): AccessScope => {
  const auth = ctx.switchToHttp().getRequest<AuthedRequest>().auth;
  if (!auth) throw new Error('@Scope() on a route without @Access: declare a role first');
  return auth.access;
});

/** Whether a region path (or an office's region path) lies within the scope. */
export function pathInScope(access: AccessScope, path: string | null | undefined): boolean {
  if (access.regionPaths === null) return true;
  if (!path) return false;
  return access.regionPaths.some((allowed) => path.startsWith(allowed));
}

/** 403 for a region the caller may not use in a filter or as a target. */
export function outOfScope(what: string): ForbiddenException {
  return new ForbiddenException(`无权访问${what}：不在您账号的地区范围内`);
}
