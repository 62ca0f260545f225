import type { GetResponse } from '@ogi/api-contract';
import { adoptSession, readJson } from './session';

/** What `GET /api/boot` answers: the session, and for a logged-in user what every page needs first. */
export type Boot = GetResponse<'/boot'>;

/**
 * The session (in demo mode: logged in as the demo account) with the years and regions, in one
 * request. index.html preloads this URL beside the scripts, so the first call here finds the
 * answer on its way; the request must stay as the preload made it (same URL, no extra headers,
 * same-origin credentials) for the browser to hand it over.
 */
export async function fetchBoot(): Promise<Boot> {
  const boot = await readJson<Boot>('/api/boot');
  adoptSession(boot.session);
  return boot;
}
