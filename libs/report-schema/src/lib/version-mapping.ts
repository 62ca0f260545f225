import { FIELD_CATALOGUE } from './field-catalogue';

/** How a 2019-format cell joins a 2021 series (§6.2, §6.3). */
export type MappingQuality = 'direct' | 'approximate' | 'none';

export interface SeriesMapping {
  /** The 2021-format key a series is named by. */
  seriesKey: string;
  /** The 2019-format key that feeds it, or null. */
  sourceKey2019: string | null;
  quality: MappingQuality;
  note?: string;
}

/** The 2021 series whose 2019 counterpart differs from a same-key direct match. */
const SPECIAL_MAPPINGS: readonly SeriesMapping[] = [
  {
    seriesKey: 'active.regulations.issued',
    sourceKey2019: 'active.regulations.newly_made',
    quality: 'approximate',
    note: '本年新制作数量 ≈ 本年制发件数',
  },
  {
    seriesKey: 'active.normative_documents.issued',
    sourceKey2019: 'active.normative_documents.newly_made',
    quality: 'approximate',
    note: '本年新制作数量 ≈ 本年制发件数',
  },
  {
    seriesKey: 'active.regulations.in_force',
    sourceKey2019: null,
    quality: 'none',
    note: '对外公开总数量 counts documents ever published, not documents in force: never map it here',
  },
  {
    seriesKey: 'active.normative_documents.in_force',
    sourceKey2019: null,
    quality: 'none',
    note: '对外公开总数量 counts documents ever published, not documents in force: never map it here',
  },
  {
    seriesKey: 'active.admin_fees.amount_wan_yuan',
    sourceKey2019: null,
    quality: 'none',
    note: 'the 2019 (八) block counts fee items, not money',
  },
];

function buildMappings(): readonly SeriesMapping[] {
  const special = new Map(SPECIAL_MAPPINGS.map((mapping) => [mapping.seriesKey, mapping]));
  return FIELD_CATALOGUE.filter((field) => field.versions.includes('2021')).map((field) => {
    const known = special.get(field.key);
    if (known) return known;
    if (field.versions.includes('2019'))
      return { seriesKey: field.key, sourceKey2019: field.key, quality: 'direct' };
    return {
      seriesKey: field.key,
      sourceKey2019: null,
      quality: 'none',
      note: 'no such cell in the 2019 format: null for 2019 reports, never 0',
    };
  });
}

/** One entry per 2021-format key: where its value comes from in a 2019-format report. */
export const SERIES_MAPPINGS: readonly SeriesMapping[] = buildMappings();

const MAPPINGS_BY_SERIES = new Map(SERIES_MAPPINGS.map((mapping) => [mapping.seriesKey, mapping]));

export function seriesMapping(seriesKey: string): SeriesMapping | undefined {
  return MAPPINGS_BY_SERIES.get(seriesKey);
}
