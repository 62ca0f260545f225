import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'ogi_session';
export const CSRF_HEADER = 'x-csrf-token';

/** A new random token (256 bits, URL-safe). */
export const newToken = () => randomBytes(32).toString('base64url');

/** What the sessions table stores for a cookie token. */
export const sessionId = (token: string) => createHash('sha256').update(token).digest('hex');

/** The session token from the Cookie header (no cookie-parser needed for one cookie). */
export function readSessionToken(req: Request): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {
      const token = part.slice(eq + 1).trim();
      return /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : undefined;
    }
  }
  return undefined;
}

/** httpOnly, SameSite=Lax (links from elsewhere still arrive logged in; writes need CSRF), path /. */
export function setSessionCookie(res: Response, token: string, maxAgeMs: number, secure: boolean) {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: maxAgeMs,
  });
}

export function clearSessionCookie(res: Response, secure: boolean) {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}

/** Constant-time comparison of the CSRF header with the session's token. */
export function csrfMatches(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
