import type { Request } from 'express';

export const ANONYMOUS_USER = '匿名';

/**
 * Who made a change. Until there are accounts it is whatever the client says (the body's `user`,
 * else the X-User header, URL-encoded for non-ASCII names); the auth work replaces this function.
 */
export function requestUserName(req: Request, fromBody: string | undefined): string {
  if (fromBody) return fromBody;
  const header = req.header('x-user')?.trim();
  if (!header) return ANONYMOUS_USER;
  try {
    return decodeURIComponent(header);
  } catch {
    return header;
  }
}
