import { linesDocument } from '../document/report-document';
import { parseReport } from '../parse-report';

describe('表二 row labels with notes in brackets', () => {
  it('matches the label before its note, even when the note names another row', () => {
    const report = parseReport(
      linesDocument([
        '二、主动公开政府信息情况',
        '第二十条第(五)项 | |||||',
        '信息内容 | 上一年项目数量(指2019年事项数) | 本年增/减(指2020年增加或减少的事项数) | 处理决定数量(指2020年办件量) | ||',
        '行政许可 | 8 | 5 | 93 | ||',
        '其他对外管理服务事项(指行政许可以外的政务服务事项,含行政确认) | 117 | 0 | 165 | ||',
      ]),
    );
    expect(report.values['active.licensing.prev_year_items']).toBe(8);
    expect(report.values['active.other_admin_services.prev_year_items']).toBe(117);
    expect(report.values['active.other_admin_services.decisions']).toBe(165);
    expect(report.findings.map((item) => item.code)).not.toContain('duplicate_row');
  });
});
