import { linesDocument } from '../document/report-document';
import { parseReport } from '../parse-report';

describe('表四 in Markdown', () => {
  it('reads 15 cells by position, a dash cell as printed and never shifting the rest', () => {
    const report = parseReport(
      linesDocument([
        '四、政府信息公开行政复议、行政诉讼情况',
        '| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |',
        '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
        '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |',
        '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
        '| 4 | -- | -- | -- | 4 | 1 | -- | 1 | -- | 2 | -- | -- | -- | -- | -- |',
        '五、存在的主要问题及改进情况',
      ]),
    );
    const values = (group: string) =>
      ['upheld', 'corrected', 'other_result', 'pending', 'total'].map(
        (result) => report.values[`appeals.${group}.${result}`],
      );
    expect(values('review')).toEqual([4, null, null, null, 4]);
    expect(values('litigation_direct')).toEqual([1, null, 1, null, 2]);
    expect(values('litigation_after_review')).toEqual([null, null, null, null, null]);
    expect(report.cells.find((cell) => cell.key === 'appeals.review.corrected')).toMatchObject({
      status: 'dash',
      raw: '--',
    });
    expect(report.findings.filter((item) => item.severity === 'error')).toEqual([]);
  });
});
