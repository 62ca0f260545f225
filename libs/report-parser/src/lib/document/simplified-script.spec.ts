import { parseReport } from '../parse-report';
import { linesDocument } from './report-document';
import { inSimplifiedScript, isTraditionalScript } from './simplified-script';

const TRADITIONAL = [
  '現將我局2020年度政府信息公開情況報告如下。',
  '第二十條第(一)項 | |||||',
  '信息內容 | 本年新 製作數量 | 本年新 公開數量 | 對外公開總數量 | ||',
  '規章(設區的市、自治州人民政府應提供相關數據) | 0 | 0 | 0 | ||',
  '規範性檔案(行政機關制定發布的決定、公告) | 2 | 2 | 19 | ||',
];

describe('traditional script', () => {
  it('is recognised, and simplified text is left alone', () => {
    expect(isTraditionalScript(linesDocument(TRADITIONAL))).toBe(true);
    const simplified = linesDocument([
      '现将我局2020年度政府信息公开情况报告如下。',
      '规章 | 0 | 0 | 0',
    ]);
    expect(isTraditionalScript(simplified)).toBe(false);
    expect(inSimplifiedScript(simplified).document).toBe(simplified);
  });

  it('is read as simplified with Taiwan phrases (檔案 → 文件), its numbers untouched', () => {
    const report = parseReport(linesDocument(TRADITIONAL));
    expect(report.year.value).toBe(2020);
    expect(report.values['active.normative_documents.newly_made']).toBe(2);
    expect(report.values['active.normative_documents.total_published']).toBe(19);
    expect(report.values['active.regulations.total_published']).toBe(0);
    expect(report.findings.map((item) => item.code)).toContain('traditional_script');
  });
});
