import { linesDocument } from '../document/report-document';
import { parseReport } from '../parse-report';

const report = (rows: string[]) =>
  parseReport(
    linesDocument([
      '三、收到和处理政府信息公开申请情况',
      '| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |',
      '| 一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |',
      '| （三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
      ...rows,
      '| 3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    ]),
  );

describe('表三 row labels with typos or words left out', () => {
  it('matches a row by its item number under its group and a similar label, and says so', () => {
    const read = report(['| 2.其他法律行政止公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |']);
    expect(read.values['applications.withheld.prohibited_by_law.natural_person']).toBe(2);
    expect(read.values['applications.withheld.prohibited_by_law.total']).toBe(2);
    const variant = read.findings.find((item) => item.code === 'label_variant');
    expect(variant?.message).toContain('2.其他法律行政止公开');
    expect(variant?.keys).toContain('applications.withheld.prohibited_by_law.total');
  });

  it('does not match a numbered label that is not like the row in that place', () => {
    const read = report(['| 2.本年度其他说明事项 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |']);
    expect(read.values['applications.withheld.prohibited_by_law.total']).toBeNull();
    expect(read.findings.map((item) => item.code)).toContain('unknown_row');
  });
});
