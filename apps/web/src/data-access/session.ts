/** Who is logged in, as `GET /api/auth/session` answers (the generated contract's SessionDto). */
import type { GetResponse, Schema } from '@ogi/api-contract';
import { signalNetworkFailure } from './connection';

export type Session = GetResponse<'/auth/session'>;
export type SessionUser = Schema<'SessionUserDto'>;
export type Role = SessionUser['role'];

export const ROLE_LABELS: Record<Role, string> = {
  admin: '管理员',
  editor: '编辑',
  viewer: '查看',
};

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

/** Whether a user may do what `needed` may (the server checks again; this only hides buttons). */
export function roleAllows(user: SessionUser | null | undefined, needed: Role): boolean {
  return Boolean(user && RANK[user.role] >= RANK[needed]);
}

/**
 * The CSRF token of the current session: every write sends it as X-CSRF-Token. Kept beside the
 * session query (set whenever a session is read) so that any write helper can add it.
 */
let csrfToken: string | null = null;

export function csrfHeaders(): Record<string, string> {
  return csrfToken ? { 'X-CSRF-Token': csrfToken } : {};
}

/** Sent when an API call answers 401: the app shows the login page again. */
/** The query holding the current session (the AuthGate's; seeded at start from the boot answer). */
export const SESSION_QUERY_KEY = ['auth-session'] as const;

export const UNAUTHORIZED_EVENT = 'ogi:unauthorized';

export function signalUnauthorized(): void {
  window.dispatchEvent(new Event(UNAUTHORIZED_EVENT));
}

async function readError(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { message?: unknown };
    if (typeof body.message === 'string') return body.message;
  } catch {
    // no JSON body
  }
  return `请求失败（HTTP ${res.status}）`;
}

/** Keeps the CSRF token of a session just read, for every later write. */
export function adoptSession(session: Session): Session {
  csrfToken = session.csrfToken;
  return session;
}

/** A GET or POST under /api that answers JSON, with the server's reason when refused. */
export async function readJson<T>(url: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch {
    signalNetworkFailure();
    throw new Error('无法连接服务器，请检查网络或稍后重试。');
  }
  if (!res.ok) throw new Error(await readError(res));
  return (await res.json()) as T;
}

export const logIn = async (username: string, password: string) =>
  adoptSession(
    await readJson<Session>('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password }),
    }),
  );

export async function logOut(): Promise<void> {
  const res = await fetch('/api/auth/logout', { method: 'POST', headers: csrfHeaders() });
  csrfToken = null;
  if (!res.ok && res.status !== 401) throw new Error(await readError(res));
}
