import { fieldByKey } from './field-catalogue';
import {
  boundProblem,
  COUNT_MAX,
  describeBound,
  hasAtMostDecimals,
  MONEY_MAX_WAN_YUAN,
  valueBounds,
} from './value-bounds';

const bounds = (key: string) => {
  const field = fieldByKey(key);
  if (!field) throw new Error(`no field ${key}`);
  return valueBounds(field);
};
const COUNT = bounds('applications.new_received.total');
const FEES = bounds('active.admin_fees.amount_wan_yuan');
const PROCUREMENT = bounds('active.gov_procurement.amount_yuan');

describe('value bounds', () => {
  it('accepts the counts real reports print, up to the bound', () => {
    for (const value of [0, 1, 12_000_000, COUNT_MAX])
      expect(boundProblem(value, COUNT)).toBeNull();
  });

  it('refuses counts beyond the bound, fractions, negatives and non-finite numbers', () => {
    expect(boundProblem(COUNT_MAX + 1, COUNT)).toBe('too_large');
    expect(boundProblem(1e20, COUNT)).toBe('too_large');
    expect(boundProblem(Number('9007199254740993'), COUNT)).toBe('too_large');
    expect(boundProblem(1.5, COUNT)).toBe('not_whole');
    expect(boundProblem(-1, COUNT)).toBe('negative');
    expect(boundProblem(Infinity, COUNT)).toBe('not_finite');
    expect(boundProblem(Number.NaN, COUNT)).toBe('not_finite');
  });

  it('lets the signed 2019 deltas go below zero within the same magnitude', () => {
    const delta = valueBounds({ unit: '件', signed: true });
    expect(boundProblem(-5, delta)).toBeNull();
    expect(boundProblem(-COUNT_MAX - 1, delta)).toBe('too_large');
  });

  it('keeps money to the 分: 6 decimals in 万元, 2 in 元', () => {
    expect(boundProblem(0.123456, FEES)).toBeNull();
    expect(boundProblem(1234.56 / 10_000, FEES)).toBeNull();
    expect(boundProblem(0.1234567, FEES)).toBe('too_precise');
    expect(boundProblem(MONEY_MAX_WAN_YUAN, FEES)).toBeNull();
    expect(boundProblem(MONEY_MAX_WAN_YUAN + 1, FEES)).toBe('too_large');
    expect(boundProblem(1234.56, PROCUREMENT)).toBeNull();
    expect(boundProblem(1234.567, PROCUREMENT)).toBe('too_precise');
    expect(boundProblem(MONEY_MAX_WAN_YUAN * 10_000, PROCUREMENT)).toBeNull();
  });

  it('tells decimals apart at the largest amounts, where doubles are coarsest', () => {
    expect(hasAtMostDecimals(99_999_999.999999, 6)).toBe(true);
    expect(hasAtMostDecimals(99_999_999.9999995, 6)).toBe(false);
    expect(hasAtMostDecimals(0.000001, 6)).toBe(true);
    expect(hasAtMostDecimals(0.0000001, 6)).toBe(false);
  });

  it('names the bound in the message', () => {
    expect(describeBound('too_large', COUNT)).toBe('must be at most 1,000,000,000 件');
    expect(describeBound('too_precise', FEES)).toBe('may have at most 6 decimals in 万元');
  });
});
