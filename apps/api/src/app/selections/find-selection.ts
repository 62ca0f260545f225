import { NotFoundException } from '@nestjs/common';
import { SelectionsRepository, type StoredSelection } from '@ogi/api-data-access';
import type { EntityManager } from 'typeorm';
import type { AccessScope } from '../auth/access-scope';

/** A stored selection by id, or a 404 that says how to make one. */
export async function findSelection(manager: EntityManager, id: string): Promise<StoredSelection> {
  const found = await new SelectionsRepository(manager).find(id);
  if (!found) {
    throw new NotFoundException(
      `selection ${id} does not exist: store the office and region ids with POST /api/selections and use the id it answers`,
    );
  }
  return found;
}

/** A stored selection's lists as the caller may see them (ids outside their regions left out). */
export async function visibleSelection(
  manager: EntityManager,
  access: AccessScope,
  id: string,
): Promise<StoredSelection & { officeIds: number[]; regionIds: number[] }> {
  const found = await findSelection(manager, id);
  const repo = new SelectionsRepository(manager);
  const officeIds = await repo.items(id, 'office', access.regionPaths);
  const regionIds = await repo.items(id, 'region', access.regionPaths);
  return { ...found, officeIds, regionIds };
}
