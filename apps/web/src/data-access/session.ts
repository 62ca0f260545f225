/** Who is logged in, as `GET /api/auth/session` answers. */
export type Role = 'viewer' | 'editor' | 'admin';

export interface SessionUser {
  id: number;
  username: string;
  role: Role;
  regionIds: number[];
  isDemo: boolean;
}

export interface Session {
  user: SessionUser | null;
  csrfToken: string | null;
  /** Demo mode: the app logs in as the demo account by itself. */
  demo: boolean;
}

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

async function sessionCall(path: string, init?: RequestInit): Promise<Session> {
  let res: Response;
  try {
    res = await fetch(`/api/auth/${path}`, {
      ...init,
      headers: { Accept: 'application/json', ...init?.headers },
    });
  } catch {
    throw new Error('无法连接服务器，请检查网络或稍后重试。');
  }
  if (!res.ok) throw new Error(await readError(res));
  const session = (await res.json()) as Session;
  csrfToken = session.csrfToken;
  return session;
}

export const fetchSession = (signal?: AbortSignal) => sessionCall('session', { signal });

export const logIn = (username: string, password: string) =>
  sessionCall('login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });

export const demoLogIn = () => sessionCall('demo-login', { method: 'POST' });

export async function logOut(): Promise<void> {
  const res = await fetch('/api/auth/logout', { method: 'POST', headers: csrfHeaders() });
  csrfToken = null;
  if (!res.ok && res.status !== 401) throw new Error(await readError(res));
}
