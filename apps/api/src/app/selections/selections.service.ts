import { Injectable } from '@nestjs/common';
import { Database, SelectionsRepository, type IdPath } from '@ogi/api-data-access';
import { outOfScope, pathInScope, type AccessScope } from '../auth/access-scope';
import { badRequest } from '../params/problems';
import { visibleSelection } from './find-selection';
import { selectionId } from './selection-id';
import type { SelectionLists } from '@ogi/api-params';
import type { SelectionDto, SelectionIdDto } from './selections.dto';

/** How many ids a 400 or 403 names before "…". */
const NAMED = 20;

const listed = (ids: readonly number[]) =>
  ids.length > NAMED
    ? `${ids.slice(0, NAMED).join(', ')} … (${ids.length} in all)`
    : ids.join(', ');

/**
 * Stored selections: lists of offices and regions too long for a URL, under a content-addressed
 * id. Storing checks every id as a filter would (exists: 400; in the caller's regions: 403).
 */
@Injectable()
export class SelectionsService {
  constructor(private readonly db: Database) {}

  async create(access: AccessScope, lists: SelectionLists): Promise<SelectionIdDto> {
    await this.db.read((manager) => checkUsable(new SelectionsRepository(manager), access, lists));
    const id = selectionId(lists.officeIds, lists.regionIds);
    await this.db.write((manager) =>
      new SelectionsRepository(manager).insert({
        id,
        ...lists,
        createdAt: Date.now(),
        createdBy: access.userId,
      }),
    );
    return { id, officeCount: lists.officeIds.length, regionCount: lists.regionIds.length };
  }

  get(access: AccessScope, id: string): Promise<SelectionDto> {
    return this.db.read(async (manager) => {
      const found = await visibleSelection(manager, access, id);
      return {
        id,
        officeIds: found.officeIds,
        regionIds: found.regionIds,
        createdAt: new Date(found.createdAt).toISOString(),
      };
    });
  }
}

async function checkUsable(
  repo: SelectionsRepository,
  access: AccessScope,
  lists: SelectionLists,
): Promise<void> {
  const problems: string[] = [];
  const denied: string[] = [];
  const check = (what: string, name: string, asked: number[], found: IdPath[]) => {
    const known = new Set(found.map((row) => row.id));
    const unknown = asked.filter((id) => !known.has(id));
    if (unknown.length > 0) problems.push(`${name}: no ${what} ${listed(unknown)}`);
    const outside = found.filter((row) => !pathInScope(access, row.path)).map((row) => row.id);
    if (outside.length > 0)
      denied.push(`${what === 'office' ? '单位' : '地区'} ${listed(outside)}`);
  };
  check('office', 'officeIds', lists.officeIds, await repo.officePaths(lists.officeIds));
  check('region', 'regionIds', lists.regionIds, await repo.regionPaths(lists.regionIds));
  if (problems.length > 0) throw badRequest(problems);
  if (denied.length > 0) throw outOfScope(denied.join('；'));
}
