import { createHash } from 'node:crypto';

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
