import { linesDocument } from '../document/report-document';
import { tokenRows } from '../layout/token-rows';
import { asTextFigures, readProseFigures } from './text-figures';

const read = (lines: string[]) => readProseFigures(tokenRows(linesDocument(lines)));

describe('readProseFigures', () => {
  it('reads the applications received, reviews and lawsuits the prose quotes', () => {
    const figures = read([
      '一、总体情况',
      '2023年，本机关共收到政府信息公开申请 8 件，均为自然人申请，全部按时答复。',
      '全年发生政府信息公开行政复议案件2件，行政诉讼1件。',
    ]);
    expect(figures.applicationsReceived).toMatchObject({ value: 8, location: { line: 2 } });
    expect(asTextFigures(figures)).toEqual({
      applicationsReceived: 8,
      reviewCases: 2,
      litigationCases: 1,
    });
  });

  it('reads nothing from table cells or prose without such figures', () => {
    expect(
      asTextFigures(read(['行政复议\t2\t1', '（此处为叙述正文，测试用占位文字。）'])),
    ).toBeNull();
  });
});
