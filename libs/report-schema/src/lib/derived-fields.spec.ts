import { DERIVED_FIELDS, derivedParts, printedTotalParts } from './derived-fields';
import { isFieldKey } from './field-catalogue';

describe('DERIVED_FIELDS', () => {
  it('sums only catalogue keys or other derived keys', () => {
    const derivedKeys = new Set(DERIVED_FIELDS.map((field) => field.key));
    for (const field of DERIVED_FIELDS) {
      for (const parts of Object.values(field.parts)) {
        for (const key of parts ?? []) expect(isFieldKey(key) || derivedKeys.has(key)).toBe(true);
      }
    }
  });

  it('derives （六）其他处理 from its three sub-rows in 2021 only: 2019 prints it', () => {
    expect(derivedParts('applications.other_handling.total.natural_person', '2021')).toEqual([
      'applications.other_handling.no_correction.natural_person',
      'applications.other_handling.fee_unpaid.natural_person',
      'applications.other_handling.other.natural_person',
    ]);
    expect(derivedParts('applications.other_handling.total.natural_person', '2019')).toBeNull();
    expect(derivedParts('applications.withheld.total.total', '2019')).toHaveLength(8);
  });

  it('derives 行政诉讼 totals and closed cases', () => {
    expect(derivedParts('appeals.litigation.total', '2021')).toEqual([
      'appeals.litigation_direct.total',
      'appeals.litigation_after_review.total',
    ]);
    expect(derivedParts('appeals.review.closed', '2019')).toEqual([
      'appeals.review.upheld',
      'appeals.review.corrected',
      'appeals.review.other_result',
    ]);
  });
});

describe('printedTotalParts', () => {
  it('names the parts of each printed total', () => {
    expect(printedTotalParts('applications.granted.total', '2021')).toHaveLength(6);
    expect(printedTotalParts('applications.outcome_total.natural_person', '2021')).toHaveLength(21);
    expect(printedTotalParts('applications.outcome_total.natural_person', '2019')).toHaveLength(19);
    expect(printedTotalParts('appeals.review.total', '2019')).toHaveLength(4);
    expect(printedTotalParts('applications.granted.natural_person', '2021')).toBeNull();
  });
});
