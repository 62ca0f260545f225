/**
 * Headers that let the scripts (fuzz, crash, load) call the api. The api has no accounts yet, so
 * none; once logins exist, sign in here (one place) and return the session cookie and CSRF header.
 */
export async function authenticate(_url: string): Promise<Record<string, string>> {
  return {};
}
