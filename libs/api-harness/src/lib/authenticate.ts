import { SCRIPT_ADMIN } from './api-process';

/** Who logs in: an account by name and password, or the documented demo account (demo mode only). */
export type Login = { username: string; password: string } | 'demo';

/**
 * Headers that let a script or test call the api: the session cookie and CSRF header of an
 * account, by default the administrator startApi creates (the fuzz, crash and load scripts);
 * `'demo'` logs in as the demo account (the browser tests, with DEMO_DATA=on). Sessions live in
 * the database, so they outlast a restart of the api (the crash script kills it repeatedly).
 */
export async function authenticate(
  url: string,
  login: Login = SCRIPT_ADMIN,
): Promise<Record<string, string>> {
  const res =
    login === 'demo'
      ? await fetch(`${url}/api/auth/demo-login`, { method: 'POST' })
      : await fetch(`${url}/api/auth/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(login),
        });
  const who = login === 'demo' ? 'the demo account' : login.username;
  if (!res.ok) throw new Error(`login as ${who}: HTTP ${res.status}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  // The login answers the session with its CSRF token.
  const session = (await res.json()) as { csrfToken: string | null };
  return { cookie, 'X-CSRF-Token': session.csrfToken ?? '' };
}
