import type { Region, Repositories } from '@ogi/api-data-access';
import { isBelow, type RegionLevel } from '@ogi/report-schema';

export interface Placement {
  name: string;
  level: RegionLevel;
  parent: Region | null;
  code: string | null;
  /** The region being changed (excluded from the name and code checks). */
  selfId?: number;
}

/**
 * Why a region cannot have this name, level, parent and code in the current tree (null when it
 * can): the level must be below the parent's, names unique among siblings, codes unique.
 */
export async function placementConflict(
  repos: Repositories,
  placement: Placement,
): Promise<string | null> {
  const { name, level, parent, code, selfId } = placement;
  if (parent && !isBelow(level, parent.level)) {
    return `a ${level} cannot be placed under ${parent.name} (region ${parent.id}, a ${parent.level}): the level must be below the parent's`;
  }
  const sibling = await repos.regions.findChild(parent?.id ?? null, name);
  if (sibling && sibling.id !== selfId) {
    return `${parent ? `${parent.name} (region ${parent.id})` : 'the top level'} already has a region named ${name} (region ${sibling.id})`;
  }
  if (code !== null) {
    const holder = await repos.regions.findByCode(code);
    if (holder && holder.id !== selfId) {
      return `code ${code} already belongs to ${holder.name} (region ${holder.id})`;
    }
  }
  return null;
}

/**
 * Whether a child's code lies under its parent's: the parent's code without its trailing zeros
 * (11, 1101, 110101 or 110101000000) is a prefix of the child's.
 */
export function codeUnder(childCode: string, parentCode: string): boolean {
  return childCode.startsWith(parentCode.replace(/0+$/, ''));
}
