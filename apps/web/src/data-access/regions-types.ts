/** Shapes of the region and office editing endpoints (regions.dto.ts, offices.dto.ts). */
import type { RegionLevel } from '@ogi/report-schema';
import type { OfficeKind } from './types';

export interface ImportPreviewRow {
  row: number;
  path: { name: string; level: RegionLevel; status: 'created' | 'existing' }[];
  code: string | null;
  office: { name: string; kind: OfficeKind; status: 'created' | 'existing' } | null;
}

export interface RegionImportResult {
  dryRun: boolean;
  regionsCreated: number;
  regionsExisting: number;
  officesCreated: number;
  officesExisting: number;
  rejected: { row: number; reason: string }[];
  preview: ImportPreviewRow[];
}

export interface DivisionProvince {
  code: string;
  name: string;
}

export interface DivisionLoadResult {
  provinces: number;
  regionsCreated: number;
  regionsExisting: number;
  codesSet: number;
  conflicts: { code: string; name: string; reason: string }[];
}

export interface OfficeMerge {
  id: number;
  sourceId: number;
  sourceName: string;
  sourceKind: OfficeKind;
  sourceRegionId: number | null;
  sourceAliases: string[];
  targetId: number;
  reports: { id: number; year: number | null }[];
  createdAt: string;
  undoneAt: string | null;
}

export interface OfficeMergeList {
  items: OfficeMerge[];
  total: number;
  offset: number;
  limit: number;
}
