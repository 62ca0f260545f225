import { linesDocument } from '../document/report-document';
import { parseReport } from '../parse-report';

/** 表三 of a 2019-format report as a PDF-to-Markdown converter leaves it: some rows lost their labels. */
function report(granted: string, partial: string, total: string) {
  return parseReport(
    linesDocument([
      '三、收到和处理政府信息公开申请情况',
      '| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |',
      '| 一、本年新收政府信息公开申请数量 | 5 | 1 | 0 | 0 | 0 | 0 | 6 |',
      '| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
      `| （一）予以公开 | ${granted} |`,
      `| ${partial} |`,
      '（二）部分公开（区分处理的，只',
      '计这一情形，不计其他情形）',
      '| （三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
      ...[
        '2.其他法律行政法规禁止公开',
        '3.危及“三安全一稳定”',
        '4.保护第三方合法权益',
        '5.属于三类内部事务信息',
        '6.属于四类过程性信息',
        '7.属于行政执法案卷',
        '8.属于行政查询事项',
        '（四）无法提供 1.本机关不掌握相关政府信息',
        '2.没有现成信息需要另行制作',
        '3.补正后申请内容仍不明确',
        '（五）不予处理 1.信访举报投诉类申请',
        '2.重复申请',
        '3.要求提供公开出版物',
        '4.无正当理由大量反复申请',
        '5.要求行政机关确认或重新出具已获取信息',
        '（六）其他处理',
      ].map((label) => `| ${label} | 0 | 0 | 0 | 0 | 0 | 0 | 0 |`),
      `| （七）总计 | ${total} |`,
      '| 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    ]),
  );
}

describe('rows of values that lost their label', () => {
  it('go into the template row left empty between their neighbours when the rules confirm it', () => {
    const read = report(
      '3 | 1 | 0 | 0 | 0 | 0 | 4',
      '2 | 0 | 0 | 0 | 0 | 0 | 2',
      '5 | 1 | 0 | 0 | 0 | 0 | 6',
    );
    expect(read.values['applications.partially_granted.natural_person']).toBe(2);
    expect(read.values['applications.partially_granted.total']).toBe(2);
    expect(
      read.cells.find((cell) => cell.key === 'applications.partially_granted.total')?.assignedBy,
    ).toBe('rules');
    expect(read.findings.map((item) => item.code)).toContain('rows_by_order');
  });

  it('store nothing and name the rows when the rules do not confirm the place', () => {
    // The column sums fail with the row placed: it may not be 部分公开's.
    const read = report(
      '3 | 1 | 0 | 0 | 0 | 0 | 4',
      '1 | 0 | 0 | 0 | 0 | 0 | 1',
      '5 | 1 | 0 | 0 | 0 | 0 | 6',
    );
    expect(read.values['applications.partially_granted.natural_person']).toBeNull();
    const unplaced = read.findings.find((item) => item.code === 'unlabelled_values');
    expect(unplaced?.message).toContain('“1|0|0|0|0|0|1”');
    expect(unplaced?.keys).toContain('applications.partially_granted.total');
  });
});
