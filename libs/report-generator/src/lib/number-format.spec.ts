import { formatValue, type NumberStyle } from './number-format';

const base: NumberStyle = {
  fullWidth: false,
  thousands: null,
  units: false,
  feeInYuan: false,
  procurement: 'plain',
  delta: 'sign',
};

describe('formatValue', () => {
  it('prints plain, grouped and full-width numbers', () => {
    expect(formatValue('applications.granted.total', 1234, base)).toBe('1234');
    expect(formatValue('applications.granted.total', 1234567, { ...base, thousands: ',' })).toBe(
      '1,234,567',
    );
    expect(formatValue('applications.granted.total', 12, { ...base, fullWidth: true })).toBe(
      '１２',
    );
  });

  it('prints fees in 万元 or in 元', () => {
    expect(formatValue('active.admin_fees.amount_wan_yuan', 0.35, base)).toBe('0.35');
    expect(
      formatValue('active.admin_fees.amount_wan_yuan', 0.35, { ...base, feeInYuan: true }),
    ).toBe('3500元');
    expect(formatValue('active.admin_fees.amount_wan_yuan', 12.5, { ...base, units: true })).toBe(
      '12.5万元',
    );
  });

  it('prints signed deltas', () => {
    expect(formatValue('active.licensing.items_change', 3, base)).toBe('+3');
    expect(formatValue('active.licensing.items_change', -2, base)).toBe('-2');
    expect(formatValue('active.licensing.items_change', 1, { ...base, delta: 'words' })).toBe(
      '增加1',
    );
    expect(formatValue('active.licensing.items_change', -2, { ...base, delta: 'words' })).toBe(
      '减少2',
    );
  });

  it('prints procurement amounts with units', () => {
    expect(
      formatValue('active.gov_procurement.amount_yuan', 251000, { ...base, procurement: 'yuan' }),
    ).toBe('251000元');
    expect(
      formatValue('active.gov_procurement.amount_yuan', 251000, { ...base, procurement: 'wan' }),
    ).toBe('25.1万元');
  });
});
