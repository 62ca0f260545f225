/**
 * Parses ALLOWED_ORIGINS (already trimmed; undefined when unset): the origins besides the app's
 * own host from which browsers may send writes, as `scheme://host[:port]`, comma-separated.
 * Adds to problems for an entry that is not such an origin (a path or `*` would widen the rule
 * without anyone noticing).
 */
export function parseAllowedOrigins(raw: string | undefined, problems: string[]): string[] {
  if (raw === undefined) return [];
  const origins: string[] = [];
  for (const entry of raw.split(',').map((part) => part.trim())) {
    if (entry === '') continue;
    const origin = serialisedOrigin(entry);
    if (origin) origins.push(origin);
    else {
      problems.push(
        `ALLOWED_ORIGINS: "${entry}" is not an origin such as https://ogi.example.org (scheme, host and port only)`,
      );
    }
  }
  return origins;
}

/** The origin as browsers send it, or null unless the text is only an http(s) origin. */
function serialisedOrigin(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  return bare && !text.endsWith('?') && !text.endsWith('#') ? url.origin : null;
}
