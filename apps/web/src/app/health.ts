import type { GetResponse } from '@ogi/api-contract';

export type Health = GetResponse<'/health'>;

/** GET /api/health; rejects on a non-2xx answer. */
export async function fetchHealth(signal?: AbortSignal): Promise<Health> {
  const res = await fetch('/api/health', { signal, headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return (await res.json()) as Health;
}
