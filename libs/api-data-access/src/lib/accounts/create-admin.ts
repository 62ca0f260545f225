import { isUniqueViolation, type Database } from '../database/database';
import { Repositories } from '../repositories/repositories';
import { hashPassword, passwordProblem, SCRYPT_PARAMS, type ScryptParams } from './password';

export type CreateAdminResult =
  | { status: 'created'; userId: number }
  /** `onlyIfNone`: an enabled admin exists already, nothing changed. */
  | { status: 'admin_exists' }
  /** The username is taken (nothing changed). */
  | { status: 'username_taken' }
  | { status: 'invalid'; problem: string };

/** A username: 1–64 letters, digits, `.`, `_`, `-`, `@` or CJK characters, no spaces. */
export function usernameProblem(username: string): string | null {
  if (!/^[\p{L}\p{N}._@-]{1,64}$/u.test(username)) {
    return '用户名须为 1–64 个字母、数字或 . _ - @，不含空格';
  }
  return null;
}

/**
 * Creates an admin account (the first admin from ADMIN_USERNAME/ADMIN_PASSWORD at start, or the
 * CLI's `create-admin`). With `onlyIfNone`, does nothing while an enabled admin exists, so
 * several instances starting at once with the same variables create at most one (the unique
 * username decides a race).
 */
export async function createAdmin(
  db: Database,
  username: string,
  password: string,
  options: { onlyIfNone?: boolean; scrypt?: ScryptParams } = {},
): Promise<CreateAdminResult> {
  const problem = usernameProblem(username) ?? passwordProblem(password);
  if (problem) return { status: 'invalid', problem };
  const passwordHash = await hashPassword(password, options.scrypt ?? SCRYPT_PARAMS);
  try {
    return await db.write(async (manager) => {
      const repos = new Repositories(manager);
      if (options.onlyIfNone && (await repos.users.countActiveAdmins()) > 0) {
        return { status: 'admin_exists' } as const;
      }
      if (await repos.users.findByUsername(username)) return { status: 'username_taken' } as const;
      const user = await repos.users.create({ username, passwordHash, role: 'admin' });
      return { status: 'created', userId: user.id } as const;
    });
  } catch (err) {
    if (isUniqueViolation(err)) return { status: 'username_taken' };
    throw err;
  }
}
