import { APPLICANT_COLUMN_IDS } from '@ogi/report-schema';
import { linesDocument } from './document/report-document';
import { parseReport } from './parse-report';
import {
  activeTabGrid2021,
  appealsTabGrid,
  applicationsTabGrid,
  reportText,
  type ApplicantValues,
} from './testing/report-text';

const ROWS_2021: Record<string, ApplicantValues> = {
  new_received: [10, 2, 0, 1, 0, 1, 14],
  carried_over: [1, 0, 0, 0, 0, 0, 1],
  granted: [4, 1, 0, 0, 0, 0, 5],
  partially_granted: [2, 0, 0, 0, 0, 0, 2],
  'withheld.process_info': [1, 0, 0, 0, 0, 0, 1],
  'unable.not_held': [2, 1, 0, 0, 0, 1, 4],
  'not_processed.repeated': [1, 0, 0, 0, 0, 0, 1],
  'other_handling.no_correction': [0, 0, 0, 1, 0, 0, 1],
  outcome_total: [10, 2, 0, 1, 0, 1, 14],
  carried_forward: [1, 0, 0, 0, 0, 0, 1],
};
const ZEROS: ApplicantValues = [0, 0, 0, 0, 0, 0, 0];
const rows2021 = (rowId: string) => ROWS_2021[rowId] ?? ZEROS;
const APPEALS = [2, 1, 0, 1, 4, 1, 0, 1, 0, 2, 0, 0, 0, 0, 0];

const parse = (lines: string[]) => parseReport(linesDocument(lines));
const codes = (lines: string[]) => parse(lines).findings.map((item) => item.code);

describe('parseReport on a complete 2021 tab-grid report', () => {
  const report = parse(
    reportText({
      title: '东兴街道办事处 2025 年政府信息公开工作年度报告',
      active: activeTabGrid2021({
        regulations: [0, 0, 0],
        normative: [2, 1, 7],
        licensing: '1,234',
        punishment: '３０',
        fees: '0.35',
      }),
      applications: applicationsTabGrid('2021', rows2021),
      appeals: appealsTabGrid(APPEALS),
    }),
  );

  it('reads office, year and the format of each table', () => {
    expect(report.office.value).toBe('东兴街道办事处');
    expect(report.year).toEqual({
      value: 2025,
      source: expect.objectContaining({ kind: 'title', location: { line: 1 } }),
    });
    expect(report.formatVersion).toEqual({ active: '2021', applications: '2021', appeals: '2021' });
  });

  it('reads every 表二 value, with thousands separators and full-width digits', () => {
    expect(report.values['active.normative_documents.in_force']).toBe(7);
    expect(report.values['active.licensing.decisions']).toBe(1234);
    expect(report.values['active.punishment.decisions']).toBe(30);
    expect(report.values['active.admin_fees.amount_wan_yuan']).toBe(0.35);
  });

  it('reads every 表三 cell into its row and column', () => {
    for (const [rowId, values] of Object.entries(ROWS_2021)) {
      expect(
        APPLICANT_COLUMN_IDS.map((column) => report.values[`applications.${rowId}.${column}`]),
      ).toEqual(values);
    }
    expect(report.values['applications.other_handling.total.total']).toBe(1);
  });

  it('reads 表四 as 15 numbers in order', () => {
    expect(report.values['appeals.review.total']).toBe(4);
    expect(report.values['appeals.litigation_direct.other_result']).toBe(1);
    expect(report.values['appeals.litigation_after_review.total']).toBe(0);
  });

  it('keeps the raw text and location of every cell', () => {
    const cell = report.cells.find((item) => item.key === 'active.licensing.decisions');
    expect(cell).toMatchObject({
      raw: '1,234',
      status: 'number',
      location: expect.objectContaining({ column: 1 }),
    });
    expect(
      report.cells.find((item) => item.key === 'applications.unable.not_held.other_org')?.location
        ?.line,
    ).toBeGreaterThan(0);
  });

  it('holds every key of the 2021 format and finds nothing wrong', () => {
    expect(Object.keys(report.values)).toHaveLength(10 + 26 * 7 + 15);
    expect(report.findings).toEqual([]);
  });
});

describe('parseReport quirks', () => {
  it('reports a broken rule with the keys and the cell location', () => {
    const broken = (rowId: string) =>
      rowId === 'granted' ? [4, 1, 0, 0, 0, 0, 6] : rows2021(rowId);
    const report = parse(
      reportText({
        applications: applicationsTabGrid('2021', broken),
        appeals: appealsTabGrid(APPEALS),
      }),
    );
    const t33 = report.findings.find((item) => item.ruleId === 'T3-3');
    expect(t33).toMatchObject({
      code: 'rule',
      expected: 5,
      actual: 6,
      keys: expect.arrayContaining(['applications.granted.total']),
    });
    expect(t33?.location?.line).toBeGreaterThan(0);
  });

  it('aligns an 8-column grid with the rules when the values are not all zero', () => {
    // Level-1 and level-2 rows print 6 values with 其他 missing; the rules find that alignment.
    const lines = [
      '(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况\t\t\t\t\t',
      '\t\t自然人\t法人或其他组织\t\t\t\t总计',
      '\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他',
      '一、本年新收政府信息公开申请数量\t\t5\t1\t0\t0\t0\t6',
      '二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0',
      '三、本年度办理结果\t(一) 予以公开\t3\t1\t0\t0\t0\t4',
      '\t(二) 部分公开（区分处理的，只计这一情形，不计其他情形）\t2\t0\t0\t0\t0\t2',
      '\t(七) 总计\t5\t1\t0\t0\t0\t6',
      '四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0',
    ];
    const report = parse(reportText({ applications: lines }));
    expect(report.values['applications.new_received.total']).toBe(6);
    expect(report.values['applications.new_received.other_org']).toBeNull();
    expect(
      report.cells.find((cell) => cell.key === 'applications.new_received.total')?.assignedBy,
    ).toBe('rules');
  });

  it('reads one cell per line with blank lines, taking a lone value as 总计', () => {
    const lines = [
      '三、收到和处理政府信息公开申请情况',
      '',
      '申请人情况',
      '自然人',
      '总计',
      '',
      '一、本年新收政府信息公开申请数量',
      '',
      '',
      '',
      ' 3',
      '',
      '二、上年结转政府信息公开申请数量',
      '',
      ' 0',
    ];
    const report = parse(lines);
    expect(report.values['applications.new_received.total']).toBe(3);
    expect(report.values['applications.new_received.natural_person']).toBeNull();
  });

  it('reads `cell |` lines and markdown pipe rows', () => {
    const lines = [
      '二、主动公开政府信息情况',
      '|',
      '第二十条第(一)项 |',
      '|||',
      '|',
      '信息内容 |',
      '本年制发件数 |',
      '本年废止件数 |',
      '现行有效件数 |',
      '|',
      '规章 |',
      '0 |',
      '0 |',
      '0 |',
      '|',
      '| 行政规范性文件 | 1 | 0 | 9 |',
    ];
    const report = parse(lines);
    expect(report.values['active.normative_documents.in_force']).toBe(9);
    expect(report.values['active.regulations.issued']).toBe(0);
  });

  it('reads PDF text: values after the label on one line, vertical header letters, viewer lines', () => {
    const lines = [
      'Page 9 - 2020年报_审计局',
      'P. 9',
      '四、结转下年度继续办理 1 0 0 0 0 0 1',
      '四、政府信息公开行政复议、行政诉讼情况',
      '（测试用占位正文。）',
      '行政复议 行政诉讼',
      '结 结 其 尚',
      '果 果 他 未',
      '总计 果 果 他 未 总 果 果 他 未 总',
      '1 0 0 0 1 0 0 0 0 0 0 0 0 0 0',
      '五、存在的主要问题及改进情况',
    ];
    const report = parse(lines);
    expect(report.year.value).toBe(2020);
    expect(report.office.value).toBeNull();
    expect(report.values['applications.carried_forward.natural_person']).toBe(1);
    expect(report.values['appeals.review.upheld']).toBe(1);
    expect(report.values['appeals.review.total']).toBe(1);
    expect(report.formatVersion.applications).toBe('2019');
    expect(report.findings.map((item) => item.code)).toEqual(
      expect.arrayContaining(['office_not_stated', 'version_from_year']),
    );
  });

  it('reads the 2019 format: five 表二 blocks, signed 本年增/减, amounts with units', () => {
    const lines = [
      '第二十条第（一）项',
      '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量',
      '规章\t13\t13\t524',
      '规范性文件\t60\t60\t368',
      '第二十条第（五）项',
      '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
      '行政许可\t120\t+3\t5,000',
      '其他对外管理服务事项\t10\t减少2\t30',
      '第二十条第（六）项',
      '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
      '行政处罚\t50\t-1\t900',
      '行政强制\t5\t0\t12',
      '第二十条第（八）项',
      '信息内容\t上一年项目数量\t本年增/减',
      '行政事业性收费\t4\t增1',
      '第二十条第（九）项',
      '信息内容\t采购项目数量\t采购总金额',
      '政府集中采购\t3\t25.1万元',
    ];
    const report = parse(
      reportText({ title: '2019年上海市人民政府办公厅政府信息公开工作年度报告', active: lines }),
    );
    expect(report.formatVersion.active).toBe('2019');
    expect(report.values['active.licensing.items_change']).toBe(3);
    expect(report.values['active.other_admin_services.items_change']).toBe(-2);
    expect(report.values['active.punishment.items_change']).toBe(-1);
    expect(report.values['active.admin_fees.items_change']).toBe(1);
    expect(report.values['active.licensing.decisions']).toBe(5000);
    expect(report.values['active.gov_procurement.amount_yuan']).toBe(251000);
    expect(
      report.cells.find((cell) => cell.key === 'active.gov_procurement.amount_yuan'),
    ).toMatchObject({ raw: '25.1万元', unit: '万元' });
  });

  it('converts a fee written in 元 to 万元', () => {
    const report = parse(reportText({ active: activeTabGrid2021({ fees: '3500元' }) }));
    expect(report.values['active.admin_fees.amount_wan_yuan']).toBe(0.35);
  });

  it('detects the format per table: a 2021 表二 with a 2019 表三', () => {
    const report = parse(
      reportText({
        active: activeTabGrid2021(),
        applications: applicationsTabGrid('2019', () => ZEROS),
      }),
    );
    expect(report.formatVersion).toMatchObject({ active: '2021', applications: '2019' });
    expect(report.values['applications.other_handling.total.total']).toBe(0);
    expect(report.values).not.toHaveProperty('applications.other_handling.fee_unpaid.total');
  });

  it('reads label typos, missing numbering and 合计 for 总计', () => {
    const lines = applicationsTabGrid('2021', rows2021).map((line) =>
      line
        .replace('5.属于三类内部事务信息', '5.属于三类内容事务信息')
        .replace('(一)予以公开', '予以公开')
        .replace('（七）总计', '合计'),
    );
    const report = parse(reportText({ applications: lines }));
    expect(report.values['applications.granted.total']).toBe(5);
    expect(report.values['applications.outcome_total.total']).toBe(14);
    expect(report.findings.filter((item) => item.code === 'unknown_row')).toEqual([]);
  });

  it('skips boilerplate before tables and restarted section numbering', () => {
    const lines = [
      '一、总体情况',
      '二、深化认识，健全体系',
      '（测试用占位正文。）',
      '三、聚焦标准，规范流程',
      '二、主动公开政府信息情况',
      '该部分以表格形式报告。表格如下：',
      ...activeTabGrid2021({ licensing: '7' }),
    ];
    expect(parse(lines).values['active.licensing.decisions']).toBe(7);
  });

  it('reads dashes and slashes as placeholders, never as zeros', () => {
    const report = parse(
      reportText({
        applications: applicationsTabGrid('2021', () => ['/', '/', '/', '/', '/', '/', '/']),
        appeals: appealsTabGrid(APPEALS.map(() => '—')),
      }),
    );
    const cell = report.cells.find((item) => item.key === 'applications.granted.total');
    expect(cell).toMatchObject({ value: null, status: 'dash', raw: '/' });
    expect(report.values['appeals.review.total']).toBeNull();
    expect(report.findings.filter((item) => item.code === 'rule')).toEqual([]);
  });

  it('says a 表四 printed with its headings but no values is blank in the original, not unreadable', () => {
    const report = parse(reportText({ appeals: appealsTabGrid(APPEALS.map(() => '')) }));
    const appeals = report.findings.filter((item) => item.table === 'appeals');
    expect(appeals).toEqual([
      expect.objectContaining({
        code: 'table_not_printed',
        severity: 'warning',
        message: '表四印有 3 行行名，但原文没有填写数值（表格空白）',
      }),
    ]);
    expect(report.findings.filter((item) => item.severity === 'error')).toEqual([]);
    expect(report.values['appeals.review.total']).toBeNull();
  });

  it('reads a transposed 表四 of 3 rows × 5 results', () => {
    const lines = [
      '\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
      '行政复议\t2\t1\t0\t1\t4',
      '未经复议直接起诉\t1\t0\t1\t0\t2',
      '复议后起诉\t0\t0\t0\t0\t0',
    ];
    const report = parse(reportText({ appeals: lines }));
    expect(report.values['appeals.review.total']).toBe(4);
    expect(report.values['appeals.litigation_direct.other_result']).toBe(1);
  });

  it('says where truncated input stops and leaves the rest null', () => {
    const lines = reportText({
      title: 'XX镇2023年政府信息公开工作年度报告',
      active: activeTabGrid2021(),
      applications: applicationsTabGrid('2021', rows2021).slice(0, 6),
      tail: false,
    });
    const report = parse(lines);
    const truncated = report.findings.find((item) => item.code === 'truncated');
    const lastPrinted = lines
      .map((line) => line.trim())
      .lastIndexOf(lines.filter((line) => line.trim()).pop() ?? '');
    expect(truncated?.location?.line).toBe(lastPrinted + 1);
    expect(report.values['applications.new_received.total']).toBe(14);
    expect(report.values['applications.outcome_total.total']).toBeNull();
    expect(report.formatVersion.appeals).toBeNull();
  });

  it('does not guess office or year that the text does not state', () => {
    expect(codes(reportText({ active: activeTabGrid2021() }))).toEqual(
      expect.arrayContaining(['office_not_stated', 'year_not_stated']),
    );
  });

  it('finds no table in a text that is not a report', () => {
    const report = parse(['今天天气很好。', '我们去公园散步。']);
    expect(report.formatVersion).toEqual({ active: null, applications: null, appeals: null });
    expect(report.cells).toEqual([]);
  });

  it('keeps the label whole when a PDF wraps it around its values', () => {
    const lines = [
      '三、收到和处理政府信息公开申请情况',
      '一、本年新收政府信息公开申请数量 3 0 0 0 0 0 3',
      '(二)部分公开(区分处理的,只计',
      '2 0 0 0 0 0 2',
      '这一情形,不计其他情形)',
    ];
    const report = parse(lines);
    expect(report.values['applications.partially_granted.total']).toBe(2);
  });
});

describe('parseReport on PDF lines with positions', () => {
  /** A PDF line: cells as [text, x]; y grows line by line. */
  function pdfDocument(lines: Array<Array<[string, number]>>) {
    return {
      kind: 'pdf' as const,
      encoding: null,
      pageCount: 1,
      notes: [],
      blocks: lines.map((cells, index) => ({
        type: 'text' as const,
        text: cells.map(([text]) => text).join('\t'),
        location: { page: 1, x: cells[0][1], y: 100 + index * 13 },
        cells: cells.map(([text, x]) => ({
          text,
          location: { page: 1, x, y: 100 + index * 13 },
          rowSpan: 1,
          colSpan: 1,
        })),
      })),
    };
  }
  const values = (...numbers: number[]): Array<[string, number]> =>
    numbers.map((number, index) => [String(number), 270 + index * 40]);

  it('joins label fragments wrapped around the numbers, column by column', () => {
    const report = parseReport(
      pdfDocument([
        [['三、收到和处理政府信息公开申请情况', 80]],
        [['一、本年新收政府信息公开申请数量', 65], ...values(60, 0, 0, 0, 0, 0, 60)],
        [['（四）无法', 96]],
        [['2.没有现成信息需要另行制', 147]],
        [['提供', 109], ...values(50, 5, 0, 1, 2, 2, 60)],
        [['作', 147]],
        [['1.申请人无正当理由逾期不', 147]],
        [['补正、行政机关不再处理其', 147], ...values(18, 3, 0, 0, 1, 1, 23)],
        [['政府信息公开申请', 147]],
        [['（六）其他', 96]],
        [['2.申请人逾期未按收费通知', 147]],
        [['处理', 109]],
        [['要求缴纳费用、行政机关不', 147], ...values(3, 0, 0, 0, 0, 0, 3)],
        [['再处理其政府信息公开申请', 147]],
        [['3.其他', 147], ...values(17, 2, 0, 0, 1, 0, 20)],
      ]),
    );
    expect(report.values['applications.unable.needs_creation.total']).toBe(60);
    expect(report.values['applications.other_handling.no_correction.total']).toBe(23);
    expect(report.values['applications.other_handling.fee_unpaid.total']).toBe(3);
    expect(report.values['applications.other_handling.other.total']).toBe(20);
    expect(
      report.findings.filter(
        (item) => item.code === 'duplicate_row' || item.code === 'unknown_row',
      ),
    ).toEqual([]);
  });
});

describe('parseReport on figures in prose', () => {
  it('says when 表三 is given only in prose', () => {
    const lines = [
      '三、收到和处理政府信息公开申请情况',
      '本年度共收到政府信息公开申请8件，均已按期答复（表格为图片）。',
      '四、政府信息公开行政复议、行政诉讼情况',
      ...appealsTabGrid(APPEALS),
      '五、存在的主要问题及改进情况',
    ];
    const report = parseReport(linesDocument(lines));
    expect(report.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'table_in_prose_only', location: { line: 2 } }),
      ]),
    );
  });

  it('checks the figures the prose quotes against the tables (T3-7)', () => {
    const lines = reportText({
      applications: applicationsTabGrid('2021', rows2021),
      appeals: appealsTabGrid(APPEALS),
    });
    lines.splice(1, 1, '本年度共收到政府信息公开申请20件，较上年有所增加。');
    const t37 = parseReport(linesDocument(lines)).findings.filter((item) => item.ruleId === 'T3-7');
    expect(t37).toEqual([
      expect.objectContaining({ expected: 14, actual: 20, severity: 'warning' }),
    ]);
  });
});

describe('parseReport on generated-layout quirks', () => {
  it('reads a 表二 header printed as one line of words', () => {
    const lines = [
      '二、主动公开政府信息情况',
      '第二十条第(一)项',
      '信息内容 本年制发件数 本年废止件数 现行有效件数',
      '规章 0 0 0',
      '行政规范性文件 3 1 17',
    ];
    const report = parse(lines);
    expect([
      report.values['active.normative_documents.issued'],
      report.values['active.normative_documents.repealed'],
      report.values['active.normative_documents.in_force'],
    ]).toEqual([3, 1, 17]);
  });

  it('reads header cells wrapped over two lines, one cell per line', () => {
    const lines = [
      '二、主动公开政府信息情况',
      '第二十条第(五)项',
      '',
      '信息内容',
      '',
      '上一年项',
      '目数量',
      '',
      '增/减',
      '',
      '处理决',
      '定数量',
      '',
      '行政许可',
      '',
      '82',
      '',
      '0',
      '',
      '6415',
      '',
      '其他对外管理服务事项',
      '1',
      '0',
      '2',
    ];
    const report = parse(lines);
    expect([
      report.values['active.licensing.prev_year_items'],
      report.values['active.licensing.items_change'],
      report.values['active.licensing.decisions'],
    ]).toEqual([82, 0, 6415]);
  });

  it('reads a row printed on the line of its rowspan group label', () => {
    const report = parse([
      '三、收到和处理政府信息公开申请情况',
      '一、本年新收政府信息公开申请数量 3 0 0 0 0 0 3',
      '三、本年度办理结果 （一）予以公开 2 0 0 1 0 0 3',
    ]);
    expect(report.values['applications.granted.total']).toBe(3);
  });

  it('reads a statistics-period sentence wrapped over two lines', () => {
    expect(
      parse([
        '本报告中所列数据的统计期限为2023年1月1日至2023年12',
        '月31日。',
        ...activeTabGrid2021(),
      ]).year.value,
    ).toBe(2023);
  });

  it('drops page-number lines between a heading and its table', () => {
    const report = parse([
      '四、政府信息公开行政复议、行政诉讼情况',
      'Page 2',
      'P. 3',
      '- 3 -',
      '行政复议 行政诉讼',
      ...APPEALS.map(String),
      '五、存在的主要问题及改进情况',
    ]);
    expect(report.values['appeals.review.upheld']).toBe(2);
    expect(report.values['appeals.review.corrected']).toBe(1);
  });

  it('keeps the position of a lone value in a markdown row', () => {
    const report = parse([
      '四、政府信息公开行政复议、行政诉讼情况',
      '|  |  |  |  | 3 |  |  |  |  |  |  |  |  |  |  |',
      '五、存在的主要问题及改进情况',
    ]);
    expect(report.values['appeals.review.total']).toBe(3);
    expect(report.values['appeals.review.upheld']).toBeNull();
  });
});

describe('parseReport format detection across wrapped header cells', () => {
  it('reads a 2021 表二 whose header cells wrap (本年制 / 发件数) beside a 2019 表三', () => {
    const active = [
      '第二十条第（一）项',
      '|',
      '信息内容',
      '|',
      '本年制',
      '发件数',
      '|',
      '本年废',
      '止件数',
      '|',
      '现行有',
      '效件数',
      '|',
      '规章',
      '|',
      '0',
      '|',
      '0',
      '|',
      '0',
      '|',
      '规范性文件',
      '|',
      '2',
      '|',
      '1',
      '|',
      '9',
    ];
    const report = parse(
      reportText({ active, applications: applicationsTabGrid('2019', () => ZEROS) }),
    );
    expect(report.formatVersion).toMatchObject({ active: '2021', applications: '2019' });
    expect(report.values['active.normative_documents.in_force']).toBe(9);
  });
});
