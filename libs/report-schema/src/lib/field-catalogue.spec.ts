import referenceCatalogue from './__fixtures__/fields.json';
import { FIELD_CATALOGUE, fieldByKey, keysOfVersion, printedKeys } from './field-catalogue';

interface ReferenceField {
  key: string;
  table: string;
  versions: string[];
  row: string;
  column: string;
  unit: string;
  signed?: boolean;
  note?: string;
}

const reference = (referenceCatalogue as { fields: ReferenceField[] }).fields;

describe('FIELD_CATALOGUE', () => {
  it('defines exactly the 226 canonical keys of the format spec', () => {
    expect(FIELD_CATALOGUE).toHaveLength(226);
    expect(FIELD_CATALOGUE.map((field) => field.key).sort()).toEqual(
      reference.map((field) => field.key).sort(),
    );
  });

  it.each(reference.map((field) => [field.key, field] as const))(
    '%s has the spec table, versions, labels and unit',
    (key, expected) => {
      const field = fieldByKey(key);
      expect(field).toMatchObject({
        table: expected.table,
        versions: expected.versions,
        row: expected.row,
        column: expected.column,
        unit: expected.unit,
        signed: expected.signed ?? false,
      });
      expect(field?.note).toBe(expected.note);
    },
  );

  it('prints 10 表二 cells in 2021 and 22 in 2019', () => {
    expect(printedKeys('active', '2021')).toHaveLength(10);
    expect(printedKeys('active', '2019')).toHaveLength(22);
  });

  it('prints 25 × 7 表三 cells in 2021 and 23 × 7 in 2019; （六）其他处理 is derived in 2021', () => {
    expect(printedKeys('applications', '2021')).toHaveLength(175);
    expect(printedKeys('applications', '2019')).toHaveLength(161);
    expect(printedKeys('applications', '2021')).not.toContain(
      'applications.other_handling.total.total',
    );
    expect(fieldByKey('applications.other_handling.total.total')?.derivedIn).toEqual(['2021']);
  });

  it('prints the same 15 表四 cells in both formats, in column order', () => {
    expect(printedKeys('appeals', '2019')).toEqual(printedKeys('appeals', '2021'));
    expect(printedKeys('appeals', '2021')[5]).toBe('appeals.litigation_direct.upheld');
  });

  it('keeps the labels each format prints', () => {
    expect(fieldByKey('active.licensing.decisions')?.labels).toEqual({
      '2019': { row: '行政许可', column: '处理决定数量' },
      '2021': { row: '行政许可', column: '本年处理决定数量' },
    });
  });

  it('lists the keys of one format, printed or derived', () => {
    expect(keysOfVersion('2021')).toHaveLength(10 + 26 * 7 + 15);
    expect(keysOfVersion('2019')).not.toContain('applications.other_handling.fee_unpaid.total');
  });
});
