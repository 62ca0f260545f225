import { MAX_YEAR_SPAN } from '@ogi/report-schema';
import {
  defaultYears,
  EMPTY_FILTERS,
  filterParams,
  needsSelection,
  parseFilters,
  serialiseFilters,
  withYears,
  type Filters,
} from './filters';

const SEL = 'AbCdEfGhIjKlMnOpQrSt_-';
const DEFAULTS = { yearFrom: 2021, yearTo: 2025 };

describe('filters ⇄ URL', () => {
  it('round-trips every filter', () => {
    const filters: Filters = {
      yearFrom: 2020,
      yearTo: 2024,
      regionIds: [3, 17],
      officeIds: [5, 8, 13],
      officeKinds: ['street', 'township'],
      format: '2021',
    };
    const search = serialiseFilters(filters);
    expect(search).toBe(
      '?yearFrom=2020&yearTo=2024&regionIds=3,17&officeIds=5,8,13&officeKinds=street,township&format=2021',
    );
    expect(parseFilters(search)).toEqual(filters);
  });

  it('writes nothing for empty filters and reads an empty query as empty filters', () => {
    expect(serialiseFilters(EMPTY_FILTERS)).toBe('');
    expect(parseFilters('')).toEqual({ ...EMPTY_FILTERS, yearFrom: undefined, yearTo: undefined });
  });

  it('round-trips arbitrary valid filters', () => {
    const samples: Filters[] = [
      { ...EMPTY_FILTERS, yearTo: 2023 },
      { ...EMPTY_FILTERS, officeKinds: ['government'], format: '2019' },
      { ...EMPTY_FILTERS, yearFrom: 2019, yearTo: 2019, regionIds: [1] },
    ];
    for (const filters of samples) {
      expect(parseFilters(serialiseFilters(filters))).toEqual({
        yearFrom: undefined,
        yearTo: undefined,
        ...filters,
      });
    }
  });

  it('drops invalid values instead of failing', () => {
    const parsed = parseFilters(
      '?yearFrom=abc&yearTo=99999&regionIds=1,x,-2,0,1,3.5,4&officeIds=%3Cscript%3E&officeKinds=street,planet&format=2020&extra=1',
    );
    expect(parsed).toEqual({
      yearFrom: undefined,
      yearTo: undefined,
      regionIds: [1, 4],
      officeIds: [],
      officeKinds: ['street'],
      format: null,
    });
  });

  it('drops a reversed or too long year range', () => {
    expect(parseFilters('?yearFrom=2024&yearTo=2020')).toMatchObject({
      yearFrom: undefined,
      yearTo: undefined,
    });
    expect(parseFilters('?yearFrom=2000&yearTo=2040')).toMatchObject({
      yearFrom: undefined,
      yearTo: undefined,
    });
  });

  it('keeps a range of as many years as the API takes, and drops one a year longer', () => {
    expect(MAX_YEAR_SPAN).toBe(30);
    expect(parseFilters('?yearFrom=2000&yearTo=2029')).toMatchObject({
      yearFrom: 2000,
      yearTo: 2029,
    });
    expect(parseFilters('?yearFrom=2000&yearTo=2030')).toMatchObject({
      yearFrom: undefined,
      yearTo: undefined,
    });
    expect(withYears({ ...EMPTY_FILTERS, yearFrom: 2000, yearTo: 2029 }, DEFAULTS)).toMatchObject({
      yearFrom: 2000,
    });
    expect(withYears({ ...EMPTY_FILTERS, yearFrom: 2000, yearTo: 2030 }, DEFAULTS)).toMatchObject({
      yearFrom: 2026,
    });
  });

  it('names a stored selection as sel=<id> in the URL instead of its lists, and reads it back', () => {
    const filters: Filters = {
      ...EMPTY_FILTERS,
      yearFrom: 2021,
      yearTo: 2025,
      officeIds: Array.from({ length: 3000 }, (_, i) => i + 1),
      regionIds: [7],
      selection: SEL,
    };
    const search = serialiseFilters(filters);
    expect(search).toBe(`?yearFrom=2021&yearTo=2025&sel=${SEL}`);
    // The lists come from the server; any left beside sel= in an edited link are ignored.
    expect(parseFilters(`${search}&officeIds=1,2`)).toEqual({
      ...EMPTY_FILTERS,
      yearFrom: 2021,
      yearTo: 2025,
      selection: SEL,
    });
    expect(parseFilters('?sel=short&officeIds=1,2')).toEqual({
      ...EMPTY_FILTERS,
      officeIds: [1, 2],
    });
  });

  it('sends a stored selection to the API as selection=<id>, without the lists', () => {
    const params = filterParams({ ...EMPTY_FILTERS, officeIds: [1, 2], selection: SEL });
    expect(params).toEqual({ selection: SEL });
    expect(filterParams({ ...EMPTY_FILTERS, officeIds: [1, 2] })).toEqual({ officeIds: '1,2' });
  });

  it('stores lists of more than 50 offices or regions, keeps shorter ones inline', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    expect(needsSelection({ officeIds: ids(50), regionIds: ids(50) })).toBe(false);
    expect(needsSelection({ officeIds: ids(51), regionIds: [] })).toBe(true);
    expect(needsSelection({ officeIds: [], regionIds: ids(51) })).toBe(true);
  });

  it('caps inline id lists at 200 (what the API takes inline)', () => {
    const ids = Array.from({ length: 250 }, (_, i) => i + 1).join(',');
    expect(parseFilters(`?officeIds=${ids}`).officeIds).toHaveLength(200);
  });

  it('defaults to the last five years the data has', () => {
    expect(defaultYears([2019, 2020, 2021, 2022, 2023, 2024, 2025])).toEqual({
      yearFrom: 2021,
      yearTo: 2025,
    });
    expect(defaultYears([], new Date('2026-03-01'))).toEqual({ yearFrom: 2021, yearTo: 2025 });
    expect(
      withYears({ ...EMPTY_FILTERS, yearTo: 2020 }, { yearFrom: 2021, yearTo: 2025 }),
    ).toMatchObject({ yearFrom: 2020, yearTo: 2020 });
  });
});
