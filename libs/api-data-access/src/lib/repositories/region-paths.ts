/**
 * `column IN (regions of these subtrees)` as SQL with named parameters: the one way a repository
 * limits rows to the regions a user may see. No paths: nothing matches (never "everything").
 */
export function inRegionSubtrees(
  column: string,
  paths: readonly string[],
  name = 'scopeRegionPath',
): { sql: string; params: Record<string, string> } {
  if (paths.length === 0) return { sql: '1 = 0', params: {} };
  const params: Record<string, string> = {};
  const likes = paths.map((path, index) => {
    // Paths are ids and slashes only (never user text), so they hold no LIKE wildcard.
    params[`${name}${index}`] = `${path}%`;
    return `sub_scope.path LIKE :${name}${index}`;
  });
  return {
    sql: `${column} IN (SELECT sub_scope.id FROM regions sub_scope WHERE ${likes.join(' OR ')})`,
    params,
  };
}
