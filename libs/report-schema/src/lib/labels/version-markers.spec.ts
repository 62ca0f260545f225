import { detectTableVersion } from './version-markers';

describe('detectTableVersion', () => {
  it('reads the 2021 format from 表二 headers', () => {
    expect(
      detectTableVersion('active', ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']),
    ).toEqual({
      version: '2021',
      markers: ['本年制发件数', '本年废止件数', '现行有效件数'],
    });
  });

  it('reads the 2019 format from 表二 headers, whatever the year of the report', () => {
    expect(
      detectTableVersion('active', [
        '本年新\n制作数量',
        '上一年项目数量',
        '本年增/减',
        '政府集中采购',
      ])?.version,
    ).toBe('2019');
  });

  it('reads the 2021 表三 from its （六） sub-rows and the 2019 one from a lone （六）其他处理', () => {
    expect(
      detectTableVersion('applications', [
        '(六) 其他处理',
        '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      ])?.version,
    ).toBe('2021');
    expect(
      detectTableVersion('applications', ['(五) 不予处理', '(六) 其他处理', '(七) 总计']),
    ).toEqual({ version: '2019', markers: ['其他处理'] });
  });

  it('gives no version where the labels do not tell, and none for 表四', () => {
    expect(detectTableVersion('active', ['行政许可', '行政处罚'])).toBeNull();
    expect(detectTableVersion('appeals', ['结果维持'])).toBeNull();
  });
});
