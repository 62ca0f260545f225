import type { GetResponse } from '@ogi/api-contract';
import { apiSend } from '../data-access/api-client';

/** What `GET /api/demo` answers. */
export type DemoStatus = GetResponse<'/demo'>;

export async function fetchDemoStatus(signal?: AbortSignal): Promise<DemoStatus> {
  const res = await fetch('/api/demo', { signal });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const body = (await res.json()) as Partial<DemoStatus>;
  return {
    present: body.present === true,
    reports: Number(body.reports ?? 0),
    loading: body.loading === true,
  };
}

export async function deleteDemoData(): Promise<void> {
  await apiSend('DELETE', '/demo');
}
