import { csvField, csvQuoted, spreadsheetText } from './spreadsheet-text';

describe('spreadsheet text', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")街道办事处'],
    ["+cmd|' /C calc'!A0"],
    ['-2+3'],
    ['@SUM(1+1)'],
    ['\t=1+1'],
    ['\r=1+1'],
  ])('puts an apostrophe before %j, which would start a formula', (text) => {
    expect(spreadsheetText(text)).toBe(`'${text}`);
  });

  it('leaves other text as it is, a formula character inside a name included', () => {
    for (const text of ['东兴街道办事处', 'A=B', '2024年', '', ' =1', "'=1"]) {
      expect(spreadsheetText(text)).toBe(text);
    }
  });

  it('writes numbers in CSV as numbers, negative ones included, and neutralises text', () => {
    expect(csvField(12)).toBe('12');
    expect(csvField(-5)).toBe('-5');
    expect(csvField(-0.25)).toBe('-0.25');
    expect(csvField('-5')).toBe("'-5");
    expect(csvField('=1+1,2')).toBe(`"'=1+1,2"`);
  });

  it('quotes a field with a quote, a comma or a line break (RFC 4180)', () => {
    expect(csvQuoted('a"b')).toBe('"a""b"');
    expect(csvQuoted('a,b')).toBe('"a,b"');
    expect(csvQuoted('a\nb')).toBe('"a\nb"');
    expect(csvQuoted('-12.5%')).toBe('-12.5%');
  });
});
