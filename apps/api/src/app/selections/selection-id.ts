import { createHash } from 'node:crypto';

/** A stored selection's id: 22 URL-safe characters (132 bits of a SHA-256). */
export const SELECTION_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/**
 * The content address of a selection: the hash of its sorted, de-duplicated lists, so the same
 * offices and regions (in any order, with repeats) always get the same id.
 */
export function selectionId(officeIds: readonly number[], regionIds: readonly number[]): string {
  const canonical = `offices:${canonicalIds(officeIds).join(',')};regions:${canonicalIds(regionIds).join(',')}`;
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 22);
}

/** Ascending, each once. */
export function canonicalIds(ids: readonly number[]): number[] {
  return [...new Set(ids)].sort((a, b) => a - b);
}
