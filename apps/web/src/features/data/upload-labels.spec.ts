import type { IngestResult } from '../../data-access/reports-types';
import { problemText, resultText, STATUS_LABEL } from './upload-labels';

const result = (fields: Partial<IngestResult>): IngestResult => ({
  file: 'a.docx',
  status: 'created',
  reportId: 1,
  office: { id: 3, name: '东兴街道', regionId: 9 },
  year: 2024,
  findings: [],
  error: null,
  ...fields,
});

describe('upload result labels', () => {
  it('names every status in Chinese', () => {
    expect(Object.values(STATUS_LABEL)).toEqual([
      '新建',
      '新版本',
      '重复',
      '待补充',
      '失败',
      '识别中',
    ]);
  });

  it('uses the server’s Chinese message without repeating the file name', () => {
    expect(
      problemText(
        { code: 'not_a_report', message: 'x', messageZh: 'a.docx：未找到表二、表三或表四，不是…' },
        'a.docx',
      ),
    ).toBe('未找到表二、表三或表四，不是…');
    expect(
      problemText(
        { code: 'corrupt', message: 'x', messageZh: '年报.zip/b.docx：文件已损坏' },
        '年报.zip/b.docx',
      ),
    ).toBe('文件已损坏');
  });

  it('explains known codes and never shows a bare English message alone', () => {
    expect(
      problemText({ code: 'year_not_stated', message: 'a.docx: the report…' }, 'a.docx'),
    ).toMatch(/没有写明年度/);
    expect(problemText({ code: 'odd', message: 'a.docx: strange' }, 'a.docx')).toBe(
      '无法处理（odd）：strange',
    );
  });

  it('asks for a region when the report was stored under an office without one', () => {
    const unplaced = { id: 4, name: '新华街道', regionId: null };
    expect(resultText(result({ office: unplaced }))).toBe(
      '新华街道 · 2024 年度；单位未分配地区，请在“地区”页为它指定地区，或选择“指定地区”后重新上传',
    );
    expect(resultText(result({ office: unplaced, status: 'duplicate' }))).not.toMatch(/未分配地区/);
  });

  it('says who and which year, and how many rules fail', () => {
    expect(resultText(result({}))).toBe('东兴街道 · 2024 年度');
    expect(
      resultText(
        result({
          findings: [
            { code: 'rule', severity: 'error', message: '', keys: [], location: null, table: null },
            {
              code: 'rule',
              severity: 'warning',
              message: '',
              keys: [],
              location: null,
              table: null,
            },
          ],
        }),
      ),
    ).toBe('东兴街道 · 2024 年度：1 条校验规则不通过，请复核');
    expect(resultText(result({ status: 'duplicate' }))).toMatch(/完全相同/);
    expect(
      resultText(
        result({
          status: 'duplicate',
          reportId: null,
          office: null,
          year: null,
          error: {
            code: 'duplicate_elsewhere',
            message: '',
            messageZh: 'a.docx：相同的文件已存储在您的地区范围之外，未重复保存',
          },
        }),
      ),
    ).toBe('相同的文件已存储在您的地区范围之外，未重复保存');
    expect(
      resultText(
        result({
          status: 'needs_input',
          office: null,
          error: { code: 'office_ambiguous', message: '' },
          candidates: [
            { id: 1, name: '城关镇', regionId: 1 },
            { id: 2, name: '城关镇', regionId: 2 },
          ],
        }),
      ),
    ).toBe(
      '2024 年度：报告中的单位名称对应多个单位，请指定地区或单位后重新上传（可能是：城关镇、城关镇）',
    );
  });
});
