import { ACTIVE_LAYOUTS } from '../tables/active-table';
import { APPLICATION_ROWS } from '../tables/applications-table';
import { APPEAL_RESULTS } from '../tables/appeals-table';
import { SECTION_HEADINGS } from './section-headings';
import { matchesLabel, type LabelSpec } from './label-spec';

const rowSpec = (id: string) => APPLICATION_ROWS.find((row) => row.id === id) as LabelSpec;
const column2021 = (id: string) =>
  ACTIVE_LAYOUTS['2021']
    .flatMap((block) => block.columns)
    .find((column) => column.id === id) as LabelSpec;

describe('matchesLabel', () => {
  it.each([
    ['in_force', '现行有效件'],
    ['in_force', '现行有效件数 (历史累计)'],
    ['amount_wan_yuan', '本年收费金额(单位:万元)'],
    ['amount_wan_yuan', '收费金额（万元）'],
  ])('recognises the 表二 column %s printed as %s', (id, printed) => {
    expect(matchesLabel(column2021(id), printed)).toBe(true);
  });

  it.each([
    ['partially_granted', '（二）部分公开（区分处理的，只计这一情况，不计其他情况）'],
    ['withheld.internal_affairs', '5.属于三类内容事务信息'],
    ['withheld.three_securities_one_stability', '3.危及三安全一稳定'],
    ['not_processed.confirm_or_reissue', '5．要求行政机关确认或重新出具'],
    [
      'other_handling.no_correction',
      '1.申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请',
    ],
    ['other_handling.fee_unpaid', '2.申请人逾期未按收费通知要求缴纳费用'],
    ['carried_forward', '结转下年度继续办理数量'],
    ['new_received', '本年度新收政府信息公开申请数量'],
    ['outcome_total', '(七) 总计'],
  ])('recognises the 表三 row %s printed as %s', (id, printed) => {
    expect(matchesLabel(rowSpec(id), printed)).toBe(true);
  });

  it('does not confuse neighbouring rows', () => {
    expect(matchesLabel(rowSpec('not_processed.repeated'), '4.无正当理由大量反复申请')).toBe(false);
    expect(matchesLabel(rowSpec('carried_over'), '四、结转下年度继续办理')).toBe(false);
    expect(matchesLabel(rowSpec('carried_forward'), '二、上年结转政府信息公开申请数量')).toBe(
      false,
    );
    expect(matchesLabel(rowSpec('granted'), '(二) 部分公开')).toBe(false);
  });

  it('recognises 表四 result headers split by a wrapped cell', () => {
    const pending = APPEAL_RESULTS.find((result) => result.id === 'pending') as LabelSpec;
    expect(matchesLabel(pending, '尚未 审结')).toBe(true);
  });

  it('recognises section heading variants', () => {
    const appeals = SECTION_HEADINGS.find((heading) => heading.id === 'appeals') as LabelSpec;
    expect(matchesLabel(appeals, '四、因政府信息公开工作被申请行政复议和提起行政诉讼情况')).toBe(
      true,
    );
    expect(matchesLabel(appeals, '四、政府信息公开行政复议及行政诉讼情况')).toBe(true);
    expect(matchesLabel(appeals, '三、收到和处理政府信息公开申请情况')).toBe(false);
  });

  it('never matches an empty cell', () => {
    expect(matchesLabel(rowSpec('granted'), ' \t')).toBe(false);
  });
});
