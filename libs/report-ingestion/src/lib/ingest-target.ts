import type { Office, Region, Report, Repositories } from '@ogi/api-data-access';

/** What the caller applies to every file of one ingest, before any file is read. */
export interface IngestOverrides {
  officeId?: number;
  regionId?: number;
  /** A region by its names from any level down, e.g. ['铁岭市', '昌图县'] (the CLI's --region). */
  regionPath?: readonly string[];
  year?: number;
}

/**
 * Whether the uploader may see a stored report. A duplicate of one they may not see is answered
 * without anything of it: its id, office, year and findings belong to another region.
 */
export type ReportViewCheck = (repos: Repositories, report: Report) => Promise<boolean>;

/** Who stores the files, and whether they are demo data. */
export interface IngestOptions {
  /** Mark the stored file, report and any office it creates as demo data. */
  demo?: boolean;
  /** The account uploading (recorded on each stored file); absent for the CLI and the demo. */
  uploadedBy?: number;
  /** Absent: the uploader may see every report (admins, the CLI, the demo). */
  mayView?: ReportViewCheck;
}

/** The overrides checked against the database. */
export interface IngestTarget {
  office: Office | null;
  region: Region | null;
  year: number | null;
  /** Mark the stored file, report and any office it creates as demo data. */
  demo: boolean;
  /** The account recorded as each stored file's uploader (null: none). */
  uploadedBy: number | null;
  /** null: the uploader may see every report. */
  mayView: ReportViewCheck | null;
}

/** An override names something that does not exist or does not fit: nothing was stored. */
export class IngestTargetError extends Error {
  override readonly name = 'IngestTargetError';

  constructor(readonly problems: readonly string[]) {
    super(`${problems.join('; ')}; nothing was stored`);
  }
}

async function regionByPath(
  repos: Repositories,
  path: readonly string[],
  problems: string[],
): Promise<Region | null> {
  const names = path.map((name) => name.trim()).filter((name) => name !== '');
  const shown = names.join('/');
  if (names.length === 0) {
    problems.push('region: the name path is empty');
    return null;
  }
  let matches = await repos.regions.findByName(names[0]);
  for (const name of names.slice(1)) {
    const parentIds = new Set(matches.map((region) => region.id));
    matches = (await repos.regions.findByName(name)).filter(
      (region) => region.parentId !== null && parentIds.has(region.parentId),
    );
  }
  if (matches.length === 1) return matches[0];
  problems.push(
    matches.length === 0
      ? `region ${shown}: no such region`
      : `region ${shown}: matches ${matches.length} regions (${matches
          .map((region) => `${region.id} ${region.name}`)
          .join(', ')}); give its id or a longer path`,
  );
  return null;
}

/** Checks the overrides; throws IngestTargetError listing every problem. */
export async function resolveIngestTarget(
  repos: Repositories,
  overrides: IngestOverrides,
  options: IngestOptions = {},
): Promise<IngestTarget> {
  const problems: string[] = [];
  const office = overrides.officeId ? await repos.offices.findById(overrides.officeId) : null;
  if (overrides.officeId && !office)
    problems.push(`officeId ${overrides.officeId}: no such office`);
  let region: Region | null = null;
  if (overrides.regionId) {
    region = await repos.regions.findById(overrides.regionId);
    if (!region) problems.push(`regionId ${overrides.regionId}: no such region`);
  } else if (overrides.regionPath) {
    region = await regionByPath(repos, overrides.regionPath, problems);
  }
  if (office && region) {
    const officeRegion = office.regionId ? await repos.regions.findById(office.regionId) : null;
    if (!officeRegion || !officeRegion.path.startsWith(region.path)) {
      problems.push(
        `officeId ${office.id} (${office.name}) is not in regionId ${region.id} (${region.name})`,
      );
    }
  }
  if (problems.length > 0) throw new IngestTargetError(problems);
  return {
    office,
    region,
    year: overrides.year ?? null,
    demo: options.demo ?? false,
    uploadedBy: options.uploadedBy ?? null,
    mayView: options.mayView ?? null,
  };
}
