import { FIELD_CATALOGUE } from './field-catalogue';
import { SERIES_MAPPINGS, seriesMapping } from './version-mapping';

describe('SERIES_MAPPINGS (2019 cells in 2021 series)', () => {
  it('has one entry per 2021-format key', () => {
    const keys2021 = FIELD_CATALOGUE.filter((field) => field.versions.includes('2021')).map(
      (field) => field.key,
    );
    expect(SERIES_MAPPINGS.map((mapping) => mapping.seriesKey)).toEqual(keys2021);
  });

  it('maps 表三 and 表四 rows directly and the 2021-only （六） sub-rows to nothing', () => {
    expect(seriesMapping('applications.granted.total')).toMatchObject({
      sourceKey2019: 'applications.granted.total',
      quality: 'direct',
    });
    expect(seriesMapping('applications.other_handling.total.total')?.quality).toBe('direct');
    expect(seriesMapping('applications.other_handling.fee_unpaid.natural_person')).toMatchObject({
      sourceKey2019: null,
      quality: 'none',
    });
    expect(seriesMapping('appeals.review.corrected')?.quality).toBe('direct');
  });

  it('maps 本年新制作数量 to 本年制发件数 only approximately, and never 对外公开总数量 to 现行有效件数', () => {
    expect(seriesMapping('active.regulations.issued')).toMatchObject({
      sourceKey2019: 'active.regulations.newly_made',
      quality: 'approximate',
    });
    expect(seriesMapping('active.normative_documents.in_force')).toMatchObject({
      sourceKey2019: null,
      quality: 'none',
    });
    expect(seriesMapping('active.admin_fees.amount_wan_yuan')?.quality).toBe('none');
    expect(seriesMapping('active.licensing.decisions')?.quality).toBe('direct');
  });

  it('never names a 2019 source key that is not a 2019 cell', () => {
    for (const mapping of SERIES_MAPPINGS.filter((candidate) => candidate.sourceKey2019 !== null)) {
      expect(
        FIELD_CATALOGUE.find((field) => field.key === mapping.sourceKey2019)?.versions,
      ).toContain('2019');
    }
  });
});
