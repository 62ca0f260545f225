import { labelSpec, type LabelSpec } from './label-spec';

/** The six required sections of the report text, in order (§1). */
export const SECTION_IDS = [
  'overview',
  'active',
  'applications',
  'appeals',
  'problems',
  'other',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface SectionHeadingSpec extends LabelSpec {
  id: SectionId;
  numeral: string;
}

/**
 * Anchor sections on the title text, never on the numeral: numbering restarts inside 总体情况 in
 * real reports, so the last matching heading before a table wins.
 */
export const SECTION_HEADINGS: readonly SectionHeadingSpec[] = [
  { id: 'overview', numeral: '一', ...labelSpec('一、总体情况', [], ['总体情况']) },
  {
    id: 'active',
    numeral: '二',
    ...labelSpec(
      '二、主动公开政府信息情况',
      ['二、主动公开信息情况'],
      ['主动公开政府信息情况', '主动公开信息情况'],
    ),
  },
  {
    id: 'applications',
    numeral: '三',
    ...labelSpec('三、收到和处理政府信息公开申请情况', [], ['收到和处理政府信息公开申请']),
  },
  {
    id: 'appeals',
    numeral: '四',
    ...labelSpec(
      '四、政府信息公开行政复议、行政诉讼情况',
      [
        '四、因政府信息公开工作被申请行政复议提起行政诉讼情况',
        '四、因政府信息公开工作被申请行政复议和提起行政诉讼情况',
        '四、政府信息公开行政复议及行政诉讼情况',
      ],
      [
        '行政复议、行政诉讼情况',
        '行政复议提起行政诉讼',
        '行政复议和提起行政诉讼',
        '行政复议及行政诉讼',
      ],
    ),
  },
  {
    id: 'problems',
    numeral: '五',
    ...labelSpec(
      '五、存在的主要问题及改进情况',
      ['五、政府信息公开工作存在的主要问题及改进情况', '五、存在问题及改进情况'],
      ['存在的主要问题', '存在问题及改进'],
    ),
  },
  {
    id: 'other',
    numeral: '六',
    ...labelSpec('六、其他需要报告的事项', ['六、其他需要报告事项'], ['其他需要报告']),
  },
];
