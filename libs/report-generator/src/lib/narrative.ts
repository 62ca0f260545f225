import type { Rng } from './prng';
import type { ReportModel, TitleForm } from './model';

/** One paragraph or heading of the text around the tables. */
export interface TextLine {
  kind: 'title' | 'heading' | 'subheading' | 'paragraph' | 'chrome';
  text: string;
}

const VERBS = ['深化', '健全', '规范', '完善', '强化', '推进', '落实', '优化', '拓展', '夯实'];
const OBJECTS = [
  '政务公开工作机制',
  '主动公开目录',
  '依申请公开办理流程',
  '政府信息管理制度',
  '政务公开平台建设',
  '政策解读与回应关切',
  '基层政务公开标准化规范化',
  '公开内容审查机制',
  '政务新媒体管理',
  '信息发布协调机制',
];
const DETAILS = [
  '明确专人负责，细化工作分工，确保各项任务落到实处',
  '围绕群众关切，及时准确发布各类政府信息',
  '严格执行保密审查制度，做到先审查、后公开',
  '按照法定时限答复申请人，答复文书规范完整',
  '定期检查栏目更新情况，及时清理过期信息',
  '通过门户网站、公示栏等多种渠道公开信息',
  '组织开展业务培训，提升工作人员业务能力',
  '将政务公开工作纳入年度绩效考核',
  '畅通意见反馈渠道，认真听取群众意见建议',
  '加强与上级主管部门的沟通协调',
];
const PROBLEMS = [
  '公开内容的全面性和及时性有待提高',
  '政策解读形式较为单一',
  '工作人员业务水平参差不齐',
  '部分栏目信息更新不够及时',
  '依申请公开办理的规范化程度仍需加强',
];
const IMPROVEMENTS = [
  '进一步加强业务培训，提高工作人员业务素质',
  '丰富解读形式，提升解读质量',
  '建立健全栏目更新长效机制',
  '加强监督检查，推动各项制度落实',
  '持续优化公开平台功能，提升用户体验',
];

const OVERVIEW_HEADS = [
  '主动公开',
  '依申请公开',
  '政府信息管理',
  '政府信息公开平台建设',
  '监督保障',
];
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七'];

function sentence(rng: Rng): string {
  return `${rng.pick(VERBS)}${rng.pick(OBJECTS)}，${rng.pick(DETAILS)}。`;
}

function paragraph(rng: Rng, min = 1, max = 3): string {
  return Array.from({ length: rng.int(min, max) }, () => sentence(rng)).join('');
}

/** The title line in one of the forms seen in real reports (§7.5), or null for none. */
export function titleText(form: TitleForm, office: string, year: number): string | null {
  switch (form) {
    case 'plain':
      return `${office}${year}年政府信息公开工作年度报告`;
    case 'spaced':
      return `${office} ${year} 年政府信息公开工作年度报告`;
    case 'year_first':
      return `${year}年${office}政府信息公开工作年度报告`;
    case 'year_first_du':
      return `${year}年度${office}政府信息公开工作年度报告`;
    case 'scrambled':
      return `${office}${year}年政府信息公开 工作告年度报`;
    case 'office_above':
    case 'year_office_above':
    case 'markdown':
    case 'breadcrumb':
      return `${year}年${office}政府信息公开工作年度报告`;
    case 'none':
      return null;
  }
}

/** The title as printed: one line, two lines, or none where it only sits in the page chrome. */
export function titleLines(form: TitleForm, office: string, year: number): string[] {
  switch (form) {
    case 'office_above':
      return [office, `${year} 年政府信息公开工作年度报告`];
    case 'year_office_above':
      return [`${year}年${office}`, '政府信息公开工作年度报告'];
    case 'markdown':
      return [`# ${titleText(form, office, year)}`];
    case 'breadcrumb':
      return [];
    case 'plain':
    case 'spaced':
    case 'year_first':
    case 'year_first_du':
    case 'scrambled':
    case 'none': {
      const title = titleText(form, office, year);
      return title ? [title] : [];
    }
  }
}

/** Whether the text states the office and the year, as the truth must record it. */
export function statedFacts(model: Pick<ReportModel, 'text' | 'year'>): {
  office: string | null;
  year: number | null;
} {
  if (model.text.title !== 'none') return { office: model.text.printedOffice, year: model.year };
  return { office: null, year: model.text.periodSentence ? model.year : null };
}

function intro(rng: Rng, year: number, withPeriod: boolean): string {
  const basis = rng.pick([
    '本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条规定编制',
    '根据《中华人民共和国政府信息公开条例》和上级有关要求编制本报告',
  ]);
  const parts =
    '，全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分';
  const period = withPeriod
    ? `。本报告中所列数据的统计期限为${year}年1月1日至${year}年12月31日`
    : '';
  return `${basis}${parts}${period}。`;
}

/** The text before 二、主动公开政府信息情况: chrome, title, intro and 一、总体情况. */
export function openingLines(
  rng: Rng,
  model: ReportModel,
  headings: Record<string, string>,
): TextLine[] {
  const lines: TextLine[] = [];
  const district = model.office.path[Math.min(2, model.office.path.length - 1)].name;
  if (model.text.title === 'breadcrumb') {
    lines.push({
      kind: 'chrome',
      text: `当前位置：首页 > 政务公开 > 政府信息公开年报 > ${titleText('breadcrumb', model.text.printedOffice, model.year)} 来源：${district}人民政府 时间：${model.year + 1}-01-${rng.int(10, 28)}`,
    });
  } else if (model.text.siteChrome) {
    lines.push({ kind: 'chrome', text: `${district}人民政府门户网站` });
    lines.push({
      kind: 'chrome',
      text: rng.pick([
        '首页 > 政府信息公开 > 政府信息公开年报',
        '当前位置：首页 > 信息公开 > 年度报告',
        '政府信息公开',
      ]),
    });
  }
  for (const text of titleLines(model.text.title, model.text.printedOffice, model.year))
    lines.push({ kind: 'title', text });
  if (model.text.periodSentence || rng.chance(0.3))
    lines.push({ kind: 'paragraph', text: intro(rng, model.year, model.text.periodSentence) });
  lines.push({ kind: 'heading', text: headings['heading:overview'] });
  if (model.text.restartedNumbering) {
    lines.push({ kind: 'paragraph', text: paragraph(rng) });
    const count = rng.int(3, 4);
    for (let index = 1; index <= count; index += 1) {
      lines.push({
        kind: 'subheading',
        text: `${NUMERALS[index]}、${rng.pick(VERBS)}${rng.pick(OBJECTS)}`,
      });
      lines.push({ kind: 'paragraph', text: paragraph(rng) });
    }
  } else {
    const bracket = rng.chance(0.5);
    OVERVIEW_HEADS.forEach((head, index) => {
      lines.push({
        kind: 'subheading',
        text: bracket ? `（${NUMERALS[index]}）${head}` : `${index + 1}.${head}`,
      });
      lines.push({ kind: 'paragraph', text: paragraph(rng) });
    });
  }
  return lines;
}

export const BOILERPLATE = [
  '该部分以表格形式报告。表格如下：',
  '具体情况见下表：',
  '统计情况如下表所示。',
];

/** Text between a section heading and its table. */
export function beforeTable(
  rng: Rng,
  model: ReportModel,
  table: 'active' | 'applications' | 'appeals',
): TextLine[] {
  const lines: TextLine[] = [];
  if (table === 'applications' && model.text.proseFigures) {
    const received = model.cells['applications.new_received.total'];
    if (received?.value !== null && received?.value !== undefined && received.status === 'number')
      lines.push({
        kind: 'paragraph',
        text: `本年度共收到政府信息公开申请${received.value}件，均已按照法定时限和程序办理完毕。`,
      });
  }
  if (table === 'appeals' && rng.chance(0.2)) {
    const review = model.cells['appeals.review.total'];
    if (review?.value === 0)
      lines.push({
        kind: 'paragraph',
        text: '本年度未发生因政府信息公开申请行政复议、提起行政诉讼的情况。',
      });
  }
  if (model.text.boilerplate) lines.push({ kind: 'paragraph', text: rng.pick(BOILERPLATE) });
  return lines;
}

/** 五、 and 六、 and the closing lines. */
export function closingLines(
  rng: Rng,
  model: ReportModel,
  headings: Record<string, string>,
): TextLine[] {
  const lines: TextLine[] = [{ kind: 'heading', text: headings['heading:problems'] }];
  if (rng.chance(0.1)) lines.push({ kind: 'paragraph', text: '无。' });
  else {
    lines.push({
      kind: 'paragraph',
      text: `（一）存在的主要问题。${rng.pick(PROBLEMS)}，${rng.pick(PROBLEMS)}。`,
    });
    lines.push({
      kind: 'paragraph',
      text: `（二）改进情况。下一步，${rng.pick(IMPROVEMENTS)}，${rng.pick(IMPROVEMENTS)}。`,
    });
  }
  lines.push({ kind: 'heading', text: headings['heading:other'] });
  lines.push({
    kind: 'paragraph',
    text: rng.pick([
      '无。',
      '本年度未收取信息处理费。',
      `本机关${rng.pick(['认真落实上级年度政务公开工作要点', '按时办理人大代表建议和政协提案并公开办理结果'])}，${rng.pick(DETAILS)}。`,
    ]),
  });
  return lines;
}
