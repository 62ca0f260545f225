import { BadRequestException, ConflictException } from '@nestjs/common';
import type { Office, Repositories } from '@ogi/api-data-access';
import { officeAmbiguousMessage, toOfficeRef } from '@ogi/report-ingestion';

/**
 * An office matched by name as uploads match them: an alias within the region (when given),
 * created when new, never guessed between several (409 with the candidates). `what` names the
 * thing being given an office in the messages.
 */
export async function officeByName(
  repos: Repositories,
  what: string,
  name: string,
  regionId: number | undefined,
  demo: boolean,
): Promise<Office> {
  const region = regionId ? await repos.regions.findById(regionId) : null;
  if (regionId && !region) {
    throw new BadRequestException(`regionId ${regionId}: no such region`);
  }
  const match = await repos.offices.findOrCreateByName(name, region, demo);
  if (match.office) return match.office;
  throw new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    message: officeAmbiguousMessage(what, name, match.candidates),
    candidates: match.candidates.map(toOfficeRef),
  });
}
