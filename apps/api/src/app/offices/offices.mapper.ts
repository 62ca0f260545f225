import type { MergeReportChange, Office, OfficeAlias, OfficeMerge } from '@ogi/api-data-access';
import type { MergedReportDto, OfficeDto, OfficeMergeDto } from './offices.dto';

/** Offices and merges → response shapes. */

export function toOfficeDto(office: Office, aliases: readonly OfficeAlias[]): OfficeDto {
  return {
    id: office.id,
    name: office.name,
    kind: office.kind,
    regionId: office.regionId,
    aliases: aliases.filter((alias) => alias.officeId === office.id).map((alias) => alias.alias),
    isDemo: office.isDemo,
  };
}

export function toMergeDto(merge: OfficeMerge): OfficeMergeDto {
  return {
    id: merge.id,
    sourceId: merge.sourceOfficeId,
    sourceName: merge.sourceOffice.name,
    sourceKind: merge.sourceOffice.kind,
    sourceRegionId: merge.sourceOffice.regionId,
    sourceAliases: merge.sourceOffice.aliases,
    targetId: merge.targetOfficeId,
    reports: merge.reports.map(toMergedReportDto),
    createdAt: merge.createdAt.toISOString(),
    undoneAt: merge.undoneAt ? merge.undoneAt.toISOString() : null,
  };
}

export function toMergedReportDto(report: MergeReportChange): MergedReportDto {
  return {
    id: report.id,
    year: report.year,
    fromOfficeId: report.before.officeId,
    versionBefore: report.before.version,
    currentBefore: report.before.isCurrent,
    versionAfter: report.after.version,
    currentAfter: report.after.isCurrent,
  };
}
