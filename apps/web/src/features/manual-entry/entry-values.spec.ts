import { checkEntry, formatOf, readTyped, textsOf, typedKeys } from './entry-values';

const TOTAL = 'applications.new_received.total';
const NATURAL = 'applications.new_received.natural_person';

describe('the 填报 form values', () => {
  it('reads typed cells as the parser reads printed ones, bounded like corrections', () => {
    expect(readTyped(NATURAL, ' 1,234 ')).toEqual({ value: 1234, problem: null });
    expect(readTyped(NATURAL, '')).toEqual({ value: null, problem: null });
    expect(readTyped(NATURAL, '—')).toEqual({ value: '-', problem: null });
    expect(readTyped(NATURAL, '无')).toEqual({ value: '-', problem: null });
    expect(readTyped(NATURAL, '1.5').problem).toMatch(/整数/);
    expect(readTyped(NATURAL, 'abc').problem).toMatch(/不是数字/);
    expect(readTyped('active.admin_fees.amount_wan_yuan', '12345元')).toEqual({
      value: 1.2345,
      problem: null,
    });
  });

  it('types no derived cell: （六）其他处理 is summed in the 2021 format only', () => {
    const derived = 'applications.other_handling.total.total';
    expect(typedKeys('2021')).not.toContain(derived);
    expect(typedKeys('2019')).toContain(derived);
  });

  it('names the rule a typed total breaks', () => {
    const check = checkEntry(
      {
        [TOTAL]: '9',
        [NATURAL]: '3',
        'applications.other_handling.no_correction.total': '1',
        'applications.other_handling.other.total': '2',
      },
      '2021',
    );
    const broken = check.findings.find((finding) => finding.keys.includes(TOTAL));
    expect(broken?.ruleId).toBeDefined();
    expect(check.values[TOTAL]).toBe(9);
    expect(check.values['applications.carried_over.total']).toBeNull();
  });

  it('keeps a cell that is not a number out of what is sent, with why', () => {
    const check = checkEntry({ [NATURAL]: '3x' }, '2021');
    expect(check.problems.get(NATURAL)).toMatch(/不是数字/);
    expect(NATURAL in check.values).toBe(false);
  });

  it('starts from a stored report: its format, numbers and dashes', () => {
    const report = {
      formatVersion: { active: '2019', applications: '2019', appeals: '2019' },
      cells: [
        { key: NATURAL, value: 4, status: 'number' },
        { key: TOTAL, value: null, status: 'dash' },
        { key: 'applications.carried_over.total', value: null, status: 'not_printed' },
      ],
    } as never;
    expect(formatOf(report)).toBe('2019');
    expect(textsOf(report, '2019')).toEqual({ [NATURAL]: '4', [TOTAL]: '—' });
    expect(formatOf(null)).toBe('2021');
  });
});
