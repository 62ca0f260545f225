import { isIP } from 'node:net';

/**
 * Express's `trust proxy`: false (the default: `req.ip` is the peer's address), a number of
 * proxy hops in front of the api, or the addresses/subnets of the proxies (plus Express's names
 * loopback, linklocal, uniquelocal). `true` (trust every hop) is not offered: any client could
 * then choose its own address in X-Forwarded-For and escape the login lockout.
 */
export type TrustProxy = false | number | string[];

const NAMED = ['loopback', 'linklocal', 'uniquelocal'];
const MAX_HOPS = 10;

function addressProblem(entry: string): string | null {
  if (NAMED.includes(entry)) return null;
  const [address, prefix, extra] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return `"${entry}" is not an address, subnet or name`;
  if (prefix === undefined) return null;
  const bits = /^\d+$/.test(prefix) ? Number(prefix) : NaN;
  return bits <= (family === 4 ? 32 : 128) ? null : `"${entry}" has an invalid prefix length`;
}

/** Parses TRUST_PROXY (already trimmed; undefined when unset); adds to problems when invalid. */
export function parseTrustProxy(raw: string | undefined, problems: string[]): TrustProxy {
  if (raw === undefined || raw.toLowerCase() === 'off') return false;
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops <= MAX_HOPS) return hops === 0 ? false : hops;
    problems.push(`TRUST_PROXY: at most ${MAX_HOPS} proxy hops (got "${raw}")`);
    return false;
  }
  const entries = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const wrong = entries.map(addressProblem).filter((problem) => problem !== null);
  if (entries.length > 0 && wrong.length === 0) return entries;
  problems.push(
    `TRUST_PROXY must be off, a number of proxy hops (1–${MAX_HOPS}) or a comma-separated list of proxy addresses/subnets (loopback, linklocal, uniquelocal allowed)${
      wrong.length > 0 ? `: ${wrong.join('; ')}` : ''
    } (got "${raw}")`,
  );
  return false;
}
