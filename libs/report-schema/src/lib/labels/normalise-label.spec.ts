import { labelBody, normaliseLabel, stripNumbering } from './normalise-label';

describe('normaliseLabel', () => {
  it('turns full-width punctuation and digits into ASCII', () => {
    expect(normaliseLabel('第二十条第（一）项')).toBe('第二十条第(一)项');
    expect(normaliseLabel('１．属于国家秘密')).toBe('1.属于国家秘密');
    expect(normaliseLabel('本年收费金额（单位：万元）')).toBe('本年收费金额(单位:万元)');
  });

  it('removes every kind of whitespace, including cells wrapped mid-word', () => {
    expect(normaliseLabel('结果 维持')).toBe('结果维持');
    expect(normaliseLabel('商业\n\n企业')).toBe('商业企业');
    expect(normaliseLabel('\u3000东兴街道\u00a0办事处\t')).toBe('东兴街道办事处');
  });

  it('drops quotation marks of any style', () => {
    const expected = '3.危及三安全一稳定';
    expect(normaliseLabel('3.危及“三安全一稳定”')).toBe(expected);
    expect(normaliseLabel('3.危及"三安全一稳定"')).toBe(expected);
    expect(normaliseLabel('3.危及「三安全一稳定」')).toBe(expected);
  });
});

describe('stripNumbering', () => {
  it.each([
    ['三、本年度办理结果', '本年度办理结果'],
    ['(一)予以公开', '予以公开'],
    ['1.属于国家秘密', '属于国家秘密'],
    ['2、重复申请', '重复申请'],
    ['予以公开', '予以公开'],
  ])('%s → %s', (printed, body) => {
    expect(stripNumbering(normaliseLabel(printed))).toBe(body);
  });

  it('removes stacked prefixes', () => {
    expect(labelBody('（七）1. 总计')).toBe('总计');
  });
});
