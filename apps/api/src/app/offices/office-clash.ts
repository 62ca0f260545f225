import { ConflictException } from '@nestjs/common';
import type { Repositories } from '@ogi/api-data-access';

/**
 * 409 when another office of the region is already known by one of `names`: reports naming it
 * could no longer be matched to one office.
 */
export async function assertNoNameClash(
  repos: Repositories,
  regionId: number | null,
  names: readonly string[],
  exceptIds: readonly number[] = [],
): Promise<void> {
  const clashes = await repos.offices.clashes(regionId, names, exceptIds);
  if (clashes.length === 0) return;
  const where = regionId === null ? 'among offices without a region' : `in region ${regionId}`;
  throw new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    message: clashes
      .map(
        (clash) =>
          `${clash.name} is already a name of office ${clash.office.id} (${clash.office.name}) ${where}`,
      )
      .join('; '),
    clashes: clashes.map((clash) => ({ officeId: clash.office.id, name: clash.name })),
  });
}
