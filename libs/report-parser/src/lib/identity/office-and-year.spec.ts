import { linesDocument } from '../document/report-document';
import { tokenRows } from '../layout/token-rows';
import { readOfficeAndYear, readTitle } from './office-and-year';

const read = (lines: string[]) => readOfficeAndYear(tokenRows(linesDocument(lines)), 40);

describe('readTitle', () => {
  it.each([
    ['东兴街道办事处 2025 年政府信息公开工作年度报告', '东兴街道办事处', 2025],
    ['昌图县七家子镇2023年政府信息公开 工作告年度报', '昌图县七家子镇', 2023],
    ['2019年上海市人民政府办公厅政府信息公开工作年度报告', '上海市人民政府办公厅', 2019],
    ['驼峰路街道办事处政府信息公开工作年度报告', '驼峰路街道办事处', null],
    [
      '北京市通州区中仓街道办事处2025年度政府信息公开工作年度报告',
      '北京市通州区中仓街道办事处',
      2025,
    ],
    ['XX区市场监督管理局政府信息公开工作年度报告（2022年）', 'XX区市场监督管理局', 2022],
  ])('reads %s', (title, office, year) => {
    expect(readTitle(title)).toEqual({ office, year });
  });

  it('ignores lines that are not titles', () => {
    expect(readTitle('二、主动公开政府信息情况')).toBeNull();
    expect(readTitle('政府信息公开')).toBeNull();
    expect(readTitle('来源:昌图县人民政府办公室 时间:2024-01-31')).toBeNull();
  });
});

describe('readOfficeAndYear', () => {
  it('takes office and year from the title, with the line as source', () => {
    const result = read(['首页', '东兴街道办事处 2025 年政府信息公开工作年度报告', '一、总体情况']);
    expect(result.office).toEqual({
      value: '东兴街道办事处',
      source: expect.objectContaining({ kind: 'title', location: { line: 2 } }),
    });
    expect(result.year.value).toBe(2025);
  });

  it('takes the year from the statistics-period sentence when the title has none', () => {
    const result = read([
      '驼峰路街道办事处政府信息公开工作年度报告',
      '本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。',
    ]);
    expect(result.year).toEqual({
      value: 2020,
      source: expect.objectContaining({ kind: 'period_sentence' }),
    });
  });

  it('takes the year from a "YYYY年报" mention, and never an office from it', () => {
    const result = read([
      'Page 9 - 2020年报_审计局',
      'P. 9',
      '四、结转下年度继续办理 0 0 0 0 0 0 0',
    ]);
    expect(result.year.value).toBe(2020);
    expect(result.office.value).toBeNull();
  });

  it('says nothing when nothing is stated', () => {
    const result = read(['一、总体情况', '（正文略）', '二、主动公开政府信息情况']);
    expect(result.office).toEqual({ value: null, source: null });
    expect(result.year).toEqual({ value: null, source: null });
  });

  it('reports years that disagree', () => {
    expect(
      read([
        'XX镇2023年政府信息公开工作年度报告',
        '统计期限为2022年1月1日至2022年12月31日',
      ]).conflictingYears.sort(),
    ).toEqual([2022, 2023]);
  });
});

describe('readOfficeAndYear with a page title', () => {
  it('takes office and year from the page title when the text has no title line', () => {
    const rows = tokenRows(linesDocument(['一、总体情况', '（正文略）']));
    const result = readOfficeAndYear(
      rows,
      0,
      '东兴街道办事处2023年政府信息公开工作年度报告_示例区人民政府',
    );
    expect(result.office.value).toBe('东兴街道办事处');
    expect(result.year).toEqual({
      value: 2023,
      source: expect.objectContaining({ kind: 'title' }),
    });
  });

  it('prefers the title printed in the text', () => {
    const rows = tokenRows(linesDocument(['西柳镇2023年政府信息公开工作年度报告']));
    expect(
      readOfficeAndYear(rows, 1, '东兴街道办事处2022年政府信息公开工作年度报告').office.value,
    ).toBe('西柳镇');
  });
});

describe('readOfficeAndYear with full-width digits', () => {
  it('reads a statistics period printed in full-width digits and with spaces', () => {
    const rows = tokenRows(
      linesDocument([
        '本报告统计期限为２０２３年１月１日至２０２３年１２月３１日。',
        '数据统计期限自 2022 年 1 月 1 日起至 2022 年 12 月 31 日止',
      ]),
    );
    expect(readOfficeAndYear(rows.slice(0, 1), 0).year.value).toBe(2023);
    expect(readOfficeAndYear(rows.slice(1), 0).year.value).toBe(2022);
  });
});

describe('real title shapes', () => {
  it.each([
    [
      'the office alone above the year line',
      ['洪泽区人民政府', '2023 年政府信息公开工作年度报告'],
      '洪泽区人民政府',
      2023,
    ],
    [
      'a title wrapped inside the office name',
      ['2025 年上海市黄浦区人民政府打浦桥街道政府信息', '公开工作年度报告', '2025 年，打浦桥街道…'],
      '上海市黄浦区人民政府打浦桥街道',
      2025,
    ],
    [
      'year and office, then the report name',
      ['2022年', 'XX市XX区民政局', '政府信息公开工作年度报告'],
      'XX市XX区民政局',
      2022,
    ],
    [
      'a Markdown heading',
      ['# 2024年XX区XX街道办事处政府信息公开工作年度报告'],
      'XX区XX街道办事处',
      2024,
    ],
    [
      'a crawler header field',
      ['标题: 平潭综合实验区2019年度政府信息公开工作年度报告', '发布时间: 2020-01-20'],
      '平潭综合实验区',
      2019,
    ],
    [
      'the title inside the breadcrumb of a page on one line',
      [
        '当前位置： 首页政务公开政府信息公开年报 平潭综合实验区2021年度政府信息公开工作年度报告 来源：平潭县人民政府 时间：2022-02-08 根据《福建省人民政府办公厅关于编制公布2021年政府信息公开工作年度报告有关事项的通知》等文件要求，我区编制完成了本报告。',
      ],
      '平潭综合实验区',
      2021,
    ],
  ])('%s', (_shape, lines, office, year) => {
    const result = read(lines);
    expect(result.office.value).toBe(office);
    expect(result.year.value).toBe(year);
  });

  it('never takes an office from the name of a notice quoted in the text', () => {
    const result = read([
      '根据《福建省人民政府办公厅关于编制公布2021年政府信息公开工作年度报告有关事项的通知》要求，编制本报告。',
    ]);
    expect(result.office.value).toBeNull();
  });

  it('takes the office from the compiling sentence when no title names it', () => {
    const result = read([
      '本报告由淮安市洪泽区人民政府办公室根据《中华人民共和',
      '国政府信息公开条例》要求编制此报告。',
    ]);
    expect(result.office).toEqual({
      value: '淮安市洪泽区人民政府',
      source: expect.objectContaining({ kind: 'text' }),
    });
  });

  it.each([
    ['a period that ends on a date', ['本年度报告统计数据截至2023年12月31日。'], 2023],
    ['a report announced as following', ['现将我局2020年度政府信息公开情况报告如下。'], 2020],
  ])('takes the year from %s', (_shape, lines, year) => {
    expect(read(lines).year.value).toBe(year);
  });

  it('takes the year from the opening of the overview, and only there', () => {
    const rows = tokenRows(linesDocument(['一、总体情况', '2025年，区科委扎实推进信息公开。']));
    expect(readOfficeAndYear(rows, 0, null, 0).year.value).toBe(2025);
    expect(readOfficeAndYear(rows, 0, null, null).year.value).toBeNull();
  });
});
