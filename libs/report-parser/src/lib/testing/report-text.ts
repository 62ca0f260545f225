import {
  APPLICATION_PARENTS,
  printedApplicationRows,
  type FormatVersion,
} from '@ogi/report-schema';

/** 7 values of a 表三 row: 自然人, 5 organisation columns, 总计. */
export type ApplicantValues = readonly (number | string)[];

/**
 * A 表三 as a full 10-column tab grid (3 label columns + 7 values), the way a clean copy of an HTML
 * table reads: L1 and L2 labels printed on the first row they cover, blank below.
 */
export function applicationsTabGrid(
  version: FormatVersion,
  valuesOf: (rowId: string) => ApplicantValues,
): string[] {
  const lines = [
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t\t申请人情况\t\t\t\t\t\t',
    '\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计',
    '\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t',
  ];
  let outcomesLabelled = false;
  let lastParent: string | null = null;
  for (const row of printedApplicationRows(version)) {
    const values = valuesOf(row.id).join('\t');
    if (row.level === 1) {
      lines.push(`${row.label}\t\t\t${values}`);
      continue;
    }
    const l1 = outcomesLabelled ? '' : '三、本年度办理结果';
    outcomesLabelled = true;
    if (row.level === 2) {
      lines.push(`${l1}\t${row.label}\t\t${values}`);
      lastParent = null;
      continue;
    }
    const parent = row.parent ? APPLICATION_PARENTS[row.parent].label : '';
    lines.push(`${l1}\t${parent === lastParent ? '' : parent}\t${row.label}\t${values}`);
    lastParent = parent;
  }
  return lines;
}

/** A 2021-format 表二 as the sample report's 4-column tab grid. */
export function activeTabGrid2021(
  values: {
    regulations?: number[];
    normative?: number[];
    licensing?: string;
    punishment?: string;
    coercion?: string;
    fees?: string;
  } = {},
): string[] {
  const [r1, r2, r3] = values.regulations ?? [0, 0, 0];
  const [n1, n2, n3] = values.normative ?? [0, 0, 0];
  return [
    '第二十条第（一）项\t\t\t',
    '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
    `规章\t${r1}\t${r2}\t${r3}`,
    `行政规范性文件\t${n1}\t${n2}\t${n3}`,
    '第二十条第（五）项\t\t\t',
    '信息内容\t本年处理决定数量\t\t',
    `行政许可\t${values.licensing ?? 0}\t\t`,
    '第二十条第（六）项\t\t\t',
    '信息内容\t本年处理决定数量\t\t',
    `行政处罚\t${values.punishment ?? 0}\t\t`,
    `行政强制\t${values.coercion ?? 0}\t\t`,
    '第二十条第（八）项\t\t\t',
    '信息内容\t本年收费金额（单位：万元）\t\t',
    `行政事业性收费\t${values.fees ?? 0}\t\t`,
  ];
}

/** 表四 as the sample prints it: three header rows and one row of 15 numbers. */
export function appealsTabGrid(values: readonly (number | string)[]): string[] {
  return [
    '行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t',
    '结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t',
    '\t\t\t\t\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计',
    values.join('\t'),
  ];
}

/** A whole report around the given table lines, with placeholder prose. */
export function reportText(parts: {
  title?: string;
  active?: string[];
  applications?: string[];
  appeals?: string[];
  tail?: boolean;
}): string[] {
  const lines: string[] = [];
  if (parts.title) lines.push(parts.title, '');
  lines.push('一、总体情况', '（测试用占位正文。）', '');
  if (parts.active) lines.push('二、主动公开政府信息情况', '', ...parts.active, '');
  if (parts.applications)
    lines.push('三、收到和处理政府信息公开申请情况', '', ...parts.applications, '');
  if (parts.appeals) lines.push('四、政府信息公开行政复议、行政诉讼情况', '', ...parts.appeals, '');
  if (parts.tail !== false)
    lines.push(
      '五、存在的主要问题及改进情况',
      '（测试用占位正文。）',
      '六、其他需要报告的事项',
      '无。',
    );
  return lines;
}
