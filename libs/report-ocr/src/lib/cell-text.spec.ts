import { chooseText } from './cell-text';
import type { Recognition } from './text-recogniser';

const read = (
  text: string,
  confidence: number,
  asNumber: string,
  numberConfidence: number,
): Recognition => ({
  text,
  confidence,
  asNumber: { text: asNumber, confidence: numberConfidence },
});

describe('the text a word gives the parser', () => {
  it('reads a figure cell with the number characters only, keeping their own probability', () => {
    // A lone 0 the full alphabet calls "。": in a figure cell it is the 0, as doubtful as it was.
    expect(chooseText(read('。', 0.25, '0', 0.61), true)).toEqual({ text: '0', confidence: 0.61 });
    expect(chooseText(read('10時', 0.9, '10', 0.97), true)).toEqual({
      text: '10',
      confidence: 0.97,
    });
  });

  it('drops a speck read as a minus after a figure, keeping the doubt it brought', () => {
    expect(chooseText(read('0-', 0.6, '0-', 0.6), true)).toEqual({ text: '0', confidence: 0.6 });
    expect(chooseText(read('-2', 0.99, '-2', 0.99), true)).toEqual({
      text: '-2',
      confidence: 0.99,
    });
    expect(chooseText(read('-', 0.95, '-', 0.95), true)).toEqual({ text: '-', confidence: 0.95 });
  });

  it('keeps words with Chinese in table cells and all words outside tables as read', () => {
    expect(chooseText(read('规范性文件', 0.99, '', 0), true)).toEqual({
      text: '规范性文件',
      confidence: 0.99,
    });
    expect(chooseText(read('2021年', 0.98, '2021', 0.98), false)).toEqual({
      text: '2021年',
      confidence: 0.98,
    });
  });

  it('drops a speck read as a point or comma beside a figure, and a middle dot in words', () => {
    expect(chooseText(read('17.', 0.6, '17.', 0.58), true)).toEqual({
      text: '17',
      confidence: 0.58,
    });
    expect(chooseText(read('12.35', 0.99, '12.35', 0.99), true).text).toBe('12.35');
    expect(chooseText(read('复议、·行政', 0.5, '', 0), false).text).toBe('复议、行政');
    expect(chooseText(read('2023.年政府信息公开', 0.9, '', 0), false).text).toBe(
      '2023年政府信息公开',
    );
    expect(chooseText(read('增长12.5%', 0.9, '', 0), false).text).toBe('增长12.5%');
    expect(chooseText(read('3.其他', 0.9, '', 0), true).text).toBe('3.其他');
  });

  it('gives a figure cell read as nothing a question mark with no confidence', () => {
    expect(chooseText(read('', 0, '', 0), true)).toEqual({ text: '?', confidence: 0 });
  });

  it('reads a lone dash taken for 一 as the dash it is', () => {
    expect(chooseText(read('一', 0.8, '—', 0.75), true)).toEqual({ text: '—', confidence: 0.75 });
  });
});
