import type { NextFunction, Request, Response } from 'express';
import { isSafeMethod } from './safe-methods';

/**
 * The host the client addressed: Host, or X-Forwarded-Host when the peer is a trusted proxy
 * (TRUST_PROXY; the same rule as Express's `req.hostname`, but with the port kept).
 */
function requestHost(req: Request): string | undefined {
  const trust = req.app.get('trust proxy fn') as (
    address: string | undefined,
    hop: number,
  ) => boolean;
  const forwarded = req.get('X-Forwarded-Host');
  if (forwarded && trust(req.socket.remoteAddress, 0)) return forwarded.split(',')[0].trim();
  return req.get('Host');
}

/**
 * Whether an Origin header names the app itself (the host the request was sent to) or one of
 * `allowed`. `null` (sandboxed frames, redirects) and anything that is not an http(s) origin are
 * not: browsers send the bare origin, so a path or userinfo means someone made the header up.
 */
export function originAllowed(
  origin: string,
  host: string | undefined,
  allowed: readonly string[],
): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== origin)
    return false;
  if (allowed.includes(url.origin)) return true;
  if (!host) return false;
  try {
    // Parsed with the origin's scheme so that a default port written out (`:443`) compares equal.
    return new URL(`${url.protocol}//${host}`).host === url.host;
  } catch {
    return false;
  }
}

/**
 * Refuses writes (POST, PUT, PATCH, DELETE, …) that a browser sent from another site: their
 * Origin is not the app's own nor in ALLOWED_ORIGINS, or, without Origin, Sec-Fetch-Site says
 * another site. This covers the routes without a CSRF token too (login, demo login): a page
 * elsewhere must not log its visitor in as someone else. A request with neither header (curl,
 * the CLI, server to server) is not a browser's cross-site request and passes; browsers always
 * send Origin on a cross-site POST.
 */
export function sameOriginWrites(allowed: readonly string[]) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (isSafeMethod(req.method)) return next();
    const origin = req.get('Origin');
    const site = req.get('Sec-Fetch-Site');
    const refused =
      origin !== undefined
        ? !originAllowed(origin, requestHost(req), allowed)
        : site === 'cross-site' || site === 'same-site';
    if (!refused) return next();
    res.status(403).json({
      statusCode: 403,
      error: 'Forbidden',
      message: `拒绝来自其他网站的请求（${origin !== undefined ? `Origin: ${origin}` : `Sec-Fetch-Site: ${site}`}），请在本站页面中操作`,
    });
  };
}
