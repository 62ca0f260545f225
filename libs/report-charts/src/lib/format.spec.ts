import {
  formatAxisNumber,
  formatChange,
  formatCount,
  formatPoints,
  formatRate,
  formatValue,
} from './format';

describe('Chinese number formatting', () => {
  it('groups thousands', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(null)).toBe('—');
  });

  it('uses 万 and 亿 on axes', () => {
    expect(formatAxisNumber(9999)).toBe('9,999');
    expect(formatAxisNumber(10000)).toBe('1万');
    expect(formatAxisNumber(15000)).toBe('1.5万');
    expect(formatAxisNumber(123456789)).toBe('1.23亿');
    expect(formatAxisNumber(-20000)).toBe('-2万');
    expect(formatAxisNumber(0)).toBe('0');
  });

  it('shows rates as percentages with one decimal and — without a denominator', () => {
    expect(formatRate(0.1234)).toBe('12.3%');
    expect(formatRate(1)).toBe('100.0%');
    expect(formatRate(0.2345)).toBe('23.5%');
    expect(formatRate(null)).toBe('—');
    expect(formatValue(0.5, 'rate')).toBe('50.0%');
    expect(formatValue(5000, 'count')).toBe('5,000');
  });

  it('signs changes', () => {
    expect(formatChange(0.125)).toBe('+12.5%');
    expect(formatChange(-0.04)).toBe('-4.0%');
    expect(formatChange(0)).toBe('0.0%');
    expect(formatChange(null)).toBe('—');
    expect(formatPoints(0.012)).toBe('+1.2 个百分点');
    expect(formatPoints(-0.05)).toBe('-5.0 个百分点');
  });
});
