import { NotFoundException } from '@nestjs/common';
import type { Office, Report, Repositories } from '@ogi/api-data-access';
import { outOfScope, pathInScope, type AccessScope } from './access-scope';

/**
 * The checks of one row against a caller's regions. Out-of-scope rows read as missing (404), so
 * that ids do not reveal what exists elsewhere; out-of-scope filters and targets are a 403.
 */

export async function regionVisible(
  repos: Repositories,
  access: AccessScope,
  regionId: number | null,
): Promise<boolean> {
  if (access.regionPaths === null) return true;
  if (regionId === null) return false;
  return pathInScope(access, (await repos.regions.findById(regionId))?.path);
}

export function officeVisible(
  repos: Repositories,
  access: AccessScope,
  office: Pick<Office, 'regionId'> | null,
): Promise<boolean> {
  if (access.regionPaths === null) return Promise.resolve(true);
  return office ? regionVisible(repos, access, office.regionId) : Promise.resolve(false);
}

/**
 * The report when the caller may see it, else a 404: its office lies in their regions, or it has
 * no office yet (needs_input, failed) and they uploaded its file.
 */
export async function visibleReport(
  repos: Repositories,
  access: AccessScope,
  id: number,
  report?: Report | null,
): Promise<Report> {
  const found = report === undefined ? await repos.reports.findById(id) : report;
  if (found && (await reportVisible(repos, access, found))) return found;
  throw new NotFoundException(`report ${id} does not exist`);
}

/** Whether the caller may see a report (see visibleReport). */
export async function reportVisible(
  repos: Repositories,
  access: AccessScope,
  report: Report,
): Promise<boolean> {
  if (access.regionPaths === null) return true;
  if (report.officeId === null) {
    return (await repos.sourceFiles.uploaderOf(report.sourceFileId)) === access.userId;
  }
  return officeVisible(repos, access, await repos.offices.findById(report.officeId));
}

/** 403 unless a region named in a filter or as a target lies in the caller's regions. */
export async function assertRegionUsable(
  repos: Repositories,
  access: AccessScope,
  regionId: number | undefined | null,
): Promise<void> {
  if (regionId == null || access.regionPaths === null) return;
  if (!(await regionVisible(repos, access, regionId))) throw outOfScope(`地区 ${regionId}`);
}

/** 403 unless an office named in a filter or as a target lies in the caller's regions. */
export async function assertOfficeUsable(
  repos: Repositories,
  access: AccessScope,
  officeId: number | undefined | null,
): Promise<void> {
  if (officeId == null || access.regionPaths === null) return;
  const office = await repos.offices.findById(officeId);
  if (!(await officeVisible(repos, access, office))) throw outOfScope(`单位 ${officeId}`);
}
