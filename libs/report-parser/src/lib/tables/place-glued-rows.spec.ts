import { APPLICANT_COLUMN_IDS } from '@ogi/report-schema';
import { linesDocument } from '../document/report-document';
import { parseReport } from '../parse-report';

/** 表二…表四 of a 2021 report as a page's text gives them: every cell run into the next. */
const GLUED_PAGE =
  '二、主动公开政府信息情况 第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章 000行政规范性文件693665第二十条第（五）项信息内容本年处理决定数量行政许可2293 第二十条第（六）项信息内容 本年处理决定数量行政处罚1282行政强制42第二十条第（八）项信息内容 本年收费金额（单位：万元）行政事业性收费24252.311082三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计 商业企业科研机构社会公益组织法律服务机构其他一、本年新收政府信息公开申请数量640020470二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开270020130（二）部分公开（区分处理的，只计这一情形，不计其他情形）500000 5（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开00000003.危及“三安全一稳定”00000004.保护第三方合法权益00000005.属于三类内部事务信息10000016.属于四类过程性信息00000007.属于行政执法案卷60000068.属于行政查询事项1000001（四）无法提供1.本机关不掌握相关政府信息2200003252.没有现成信息需要另行制作00000003.补正后申请内容仍不明确0000000（五）不予处理1.信访举报投诉类申请00000002.重复申请00000003.要求提供公开出版物00000004.无正当理由大量反复申请00000005.要求行政机关确认或重新出具已获取信息0000000（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请00000002.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请00000003.其他1000001（七）总计630020469四、结转下年度继续办理1000001 四、政府信息公开行政复议、行政诉讼情况 行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计10203120001200000五、存在的主要问题及改进情况';

const row = (values: Record<string, number | null>, rowId: string) =>
  APPLICANT_COLUMN_IDS.map((column) => values[`applications.${rowId}.${column}`]);

describe('cells run together with no separator', () => {
  const report = parseReport(linesDocument([GLUED_PAGE]));

  it('splits each 表三 row the one way the row and column rules allow', () => {
    expect(row(report.values, 'new_received')).toEqual([64, 0, 0, 2, 0, 4, 70]);
    // 270020130 also reads as 2|7|0|0|20|1|30 by its own row total; the column balances decide.
    expect(row(report.values, 'granted')).toEqual([27, 0, 0, 2, 0, 1, 30]);
    expect(row(report.values, 'unable.not_held')).toEqual([22, 0, 0, 0, 0, 3, 25]);
    expect(row(report.values, 'partially_granted')).toEqual([5, 0, 0, 0, 0, 0, 5]);
    expect(row(report.values, 'outcome_total')).toEqual([63, 0, 0, 2, 0, 4, 69]);
    const granted = report.cells.find((cell) => cell.key === 'applications.granted.natural_person');
    expect(granted).toMatchObject({ raw: '27', assignedBy: 'rules' });
  });

  it('splits 表四 by its group totals', () => {
    expect(
      ['upheld', 'corrected', 'other_result', 'pending', 'total'].map(
        (result) => report.values[`appeals.litigation_direct.${result}`],
      ),
    ).toEqual([12, 0, 0, 0, 12]);
    expect(report.values['appeals.review.total']).toBe(3);
  });

  it('reads runs that hold one cell, or as many digits as cells, as they are', () => {
    expect(report.values['active.licensing.decisions']).toBe(2293);
    expect(report.values['active.admin_fees.amount_wan_yuan']).toBe(24252.311082);
    expect(report.values['active.regulations.in_force']).toBe(0);
  });

  it('stores nothing for a row no rule can split, and names the row and its candidates', () => {
    expect(report.values['active.normative_documents.issued']).toBeNull();
    expect(report.values['active.normative_documents.in_force']).toBeNull();
    const ambiguous = report.findings.filter((item) => item.code === 'ambiguous_digits');
    expect(ambiguous).toHaveLength(1);
    expect(ambiguous[0].keys).toEqual([
      'active.normative_documents.issued',
      'active.normative_documents.repealed',
      'active.normative_documents.in_force',
    ]);
    expect(ambiguous[0].message).toContain(
      '“693665”，可拆分为 6|9|3665；6|93|665；6|936|65 等 10 种',
    );
  });

  it('says how many rows were split, and finds the rules holding', () => {
    const split = report.findings.filter((item) => item.code === 'digits_split');
    expect(split.map((item) => item.message)).toEqual([
      expect.stringContaining('表二有 2 行'),
      expect.stringContaining('表三有 25 行'),
      expect.stringContaining('表四有 1 行'),
    ]);
    expect(
      report.findings.filter((item) => item.code === 'rule' && item.severity === 'error'),
    ).toEqual([]);
  });
});
