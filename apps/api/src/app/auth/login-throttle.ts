import type { LoginThrottle } from '@ogi/api-data-access';

/** Failures of one account within the window that lock it. */
export const ACCOUNT_MAX_FAILURES = 5;
/** Failures from one address (any accounts) within the window that lock the address. */
export const IP_MAX_FAILURES = 20;
/** Failures older than this are forgotten. */
export const FAILURE_WINDOW_MS = 15 * 60_000;
/** How long a lock lasts. */
export const LOCK_MS = 15 * 60_000;

export const accountKey = (username: string) => `user:${username}`;
export const ipKey = (ip: string) => `ip:${ip}`;

/** Milliseconds until the latest lock among the rows ends, or 0 when none is locked. */
export function lockedFor(rows: readonly LoginThrottle[], now: number): number {
  return Math.max(0, ...rows.map((row) => (row.lockedUntil ?? 0) - now));
}

/** A row after one more failure (a new window when the old one passed), locked at the limit. */
export function afterFailure(
  key: string,
  row: LoginThrottle | undefined,
  max: number,
  now: number,
): LoginThrottle {
  const fresh = !row || now - row.windowStartedAt > FAILURE_WINDOW_MS;
  const failures = fresh ? 1 : row.failures + 1;
  return {
    key,
    failures,
    windowStartedAt: fresh ? now : row.windowStartedAt,
    lockedUntil: failures >= max ? now + LOCK_MS : null,
  };
}

/** The Chinese message of a lock, with whole minutes to wait (at least 1). */
export function lockMessage(ms: number): string {
  return `登录失败次数过多，已暂时锁定，请 ${Math.max(1, Math.ceil(ms / 60_000))} 分钟后再试`;
}
