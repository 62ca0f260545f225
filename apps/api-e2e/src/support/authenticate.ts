import { SCRIPT_ADMIN } from './api-process';

/**
 * Headers that let the scripts (fuzz, crash, load) call the api: the session cookie and CSRF
 * header of the administrator startApi creates. Sessions live in the database, so they outlast
 * a restart of the api (the crash script kills it repeatedly).
 */
export async function authenticate(url: string): Promise<Record<string, string>> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(SCRIPT_ADMIN),
  });
  if (!login.ok) throw new Error(`login as ${SCRIPT_ADMIN.username}: HTTP ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const session = (await (
    await fetch(`${url}/api/auth/session`, { headers: { cookie } })
  ).json()) as {
    csrfToken: string | null;
  };
  return { cookie, 'X-CSRF-Token': session.csrfToken ?? '' };
}
