import { passwordProblem, USER_ROLES, usernameProblem, type UserRole } from '@ogi/api-data-access';
import { bodyObject, ID_MAX, Problems, type Raw } from '../params/problems';

export interface NewUserInput {
  username: string;
  password: string;
  role: UserRole;
  regionIds: number[];
}

export interface UserUpdateInput {
  role?: UserRole;
  regionIds?: number[];
  disabled?: boolean;
}

function regionIds(problems: Problems, raw: Raw): number[] | undefined {
  const value = raw['regionIds'];
  if (value === undefined) return undefined;
  const valid =
    Array.isArray(value) &&
    value.length <= 1000 &&
    value.every(
      (id) => typeof id === 'number' && Number.isSafeInteger(id) && id >= 1 && id <= ID_MAX,
    );
  if (!valid) {
    problems.list.push('regionIds must be a list of region ids');
    return undefined;
  }
  return [...new Set(value as number[])];
}

function password(problems: Problems, raw: Raw): string | undefined {
  const value = raw['password'];
  if (typeof value !== 'string') {
    problems.list.push('password is required');
    return undefined;
  }
  const problem = passwordProblem(value);
  if (problem) problems.list.push(`password: ${problem}`);
  return value;
}

export function parseNewUser(body: unknown): NewUserInput {
  const raw = bodyObject(body);
  const problems = new Problems();
  problems.unknown(raw, ['username', 'password', 'role', 'regionIds']);
  const username = problems.required(problems.text(raw, 'username', 64), 'username');
  const usernameIssue = username === undefined ? null : usernameProblem(username);
  if (usernameIssue) problems.list.push(`username: ${usernameIssue}`);
  const secret = password(problems, raw);
  const role = problems.required(problems.choice(raw, 'role', USER_ROLES), 'role');
  const regions = regionIds(problems, raw) ?? [];
  problems.throwIfAny();
  return {
    username: username as string,
    password: secret as string,
    role: role as UserRole,
    regionIds: regions,
  };
}

export function parseUserUpdate(body: unknown): UserUpdateInput {
  const raw = bodyObject(body);
  const problems = new Problems();
  problems.unknown(raw, ['role', 'regionIds', 'disabled']);
  const role = problems.choice(raw, 'role', USER_ROLES);
  const regions = regionIds(problems, raw);
  const disabled = raw['disabled'];
  if (disabled !== undefined && typeof disabled !== 'boolean') {
    problems.list.push('disabled must be true or false');
  }
  problems.throwIfAny();
  return { role, regionIds: regions, disabled: disabled as boolean | undefined };
}

export function parsePasswordReset(body: unknown): string {
  const raw = bodyObject(body);
  const problems = new Problems();
  problems.unknown(raw, ['password']);
  const secret = password(problems, raw);
  problems.throwIfAny();
  return secret as string;
}
