import { MAX_YEAR_SPAN, isYearRangeAllowed, yearSpan } from './bounds';

describe('year ranges', () => {
  it('counts both ends of a range', () => {
    expect(yearSpan(2020, 2024)).toBe(5);
    expect(yearSpan(2024, 2024)).toBe(1);
  });

  it('allows a range of exactly MAX_YEAR_SPAN years and not one more', () => {
    expect(MAX_YEAR_SPAN).toBe(30);
    expect(isYearRangeAllowed(2000, 2029)).toBe(true);
    expect(isYearRangeAllowed(2000, 2030)).toBe(false);
  });

  it('refuses a range that ends before it starts', () => {
    expect(isYearRangeAllowed(2024, 2023)).toBe(false);
  });
});
