import { Alert, Button, Card, Radio } from 'antd';
import type { FormatVersion } from '@ogi/report-schema';
import { useMemo, useState } from 'react';
import { ErrorAlert, WhenLoaded } from '../../app/load-states';
import { navigate } from '../../app/navigation';
import { useCan } from '../../app/session-context';
import { useEnterManual, useReport } from '../../data-access/report-queries';
import type { ReportDetail } from '../../data-access/report-types';
import { OfficePicker } from '../office-profile/office-picker';
import { cellName } from '../report-tables/cell-names';
import { SourceView } from '../report-view/source-view';
import { YearInput } from '../report-view/year-input';
import { EntryGrid } from './entry-grid';
import { checkEntry, formatOf, textsOf, type EntryTexts } from './entry-values';
import '../report-view/report-view.css';
import './manual-entry.css';

/**
 * 填报 (/manual/:reportId, or /manual for a paper copy): the official tables of the chosen format
 * as a form beside the original, the rules checked as one types; saving stores a new version.
 */
export default function ManualEntryPage({ params }: { params: string[] }) {
  const id = /^\d{1,9}$/.test(params[0] ?? '') ? Number(params[0]) : null;
  const base = useReport(id);
  const mayEnter = useCan('editor');
  if (!mayEnter) {
    return <Alert type="warning" showIcon title="只有编辑和管理员可以手工填报" />;
  }
  if (params.length > 0 && id === null) {
    return <Alert type="error" showIcon title="填报地址无效" description="地址中应是报告编号。" />;
  }
  if (id === null) return <EntryForm base={null} />;
  return (
    <WhenLoaded query={base} failed="无法读取报告" loading="正在读取报告…" rows={8}>
      {(detail) => <EntryForm key={detail.id} base={detail} />}
    </WhenLoaded>
  );
}

function EntryForm({ base }: { base: ReportDetail | null }) {
  const [format, setFormat] = useState<FormatVersion>(formatOf(base));
  const [texts, setTexts] = useState<EntryTexts>(() => (base ? textsOf(base, format) : {}));
  const [officeId, setOfficeId] = useState<number | null>(base?.office?.id ?? null);
  const [year, setYear] = useState<number | null>(base?.year ?? base?.statedYear ?? null);
  const [pointed, setPointed] = useState<string[]>([]);
  const enter = useEnterManual();

  const check = useMemo(() => checkEntry(texts, format), [texts, format]);
  const failing = useMemo(
    () => new Set(check.findings.flatMap((finding) => finding.keys)),
    [check.findings],
  );
  const versions = { active: format, applications: format, appeals: format };
  const missing = [officeId === null ? '单位' : null, year === null ? '年度' : null].filter(
    Boolean,
  );

  function save() {
    if (officeId === null || year === null) return;
    enter.mutate(
      {
        officeId,
        year,
        format,
        values: check.values,
        ...(base ? { sourceFileId: base.sourceFile.id } : {}),
      },
      { onSuccess: (result) => navigate(`/reports/${result.report.id}`) },
    );
  }

  const title = base
    ? `手工填报：${base.office?.name ?? base.statedOffice ?? base.sourceFile.fileName}`
    : '手工填报（纸质报告）';
  return (
    <article className="report-view manual-entry" aria-label="手工填报">
      <header className="report-view-head">
        <h2 className="section-title">{title}</h2>
      </header>
      <Card size="small" className="report-card">
        <div className="manual-entry-settings">
          <span className="manual-entry-field">
            单位
            <OfficePicker id="manual-office" value={officeId} onChange={setOfficeId} />
          </span>
          <label className="manual-entry-field">
            年度
            <YearInput value={year} onChange={setYear} />
          </label>
          <span>
            表格格式{' '}
            <Radio.Group
              aria-label="表格格式"
              value={format}
              onChange={(event) => setFormat(event.target.value as FormatVersion)}
              options={[
                { value: '2021', label: '2021 版' },
                { value: '2019', label: '2019 版' },
              ]}
            />
          </span>
        </div>
        <p className="tables-legend">
          按原表逐格填写：Tab / Shift+Tab 和方向键在单元格间移动；从 Excel 或 PDF
          复制一行数字，粘贴到该行第一格即填满整行（千分位、“—”“无”照原样识别）。空格表示原表留空。
        </p>
      </Card>
      <div className="report-view-body">
        {base ? (
          <SourceView reportId={base.id} file={base.sourceFile} location={null} />
        ) : (
          <Alert type="info" showIcon title="没有原文件：填报内容本身将作为原文保存" />
        )}
        <div className="report-view-tables">
          <EntryRules check={check} versions={versions} onPoint={(keys) => setPointed(keys)} />
          <EntryGrid
            format={format}
            texts={texts}
            onChange={(changes) => setTexts((current) => ({ ...current, ...changes }))}
            check={check}
            failingKeys={failing}
            highlightKeys={new Set(pointed)}
          />
        </div>
      </div>
      {enter.isError ? <ErrorAlert title="未能保存" error={enter.error} /> : null}
      <div className="manual-entry-actions">
        {missing.length > 0 ? <span>请先选择{missing.join('和')}</span> : null}
        {check.problems.size > 0 ? <span>有 {check.problems.size} 个单元格不是数字</span> : null}
        <Button
          type="primary"
          onClick={save}
          loading={enter.isPending}
          disabled={missing.length > 0 || check.problems.size > 0}
        >
          保存
        </Button>
      </div>
    </article>
  );
}

/** What breaks as typed: cells that are not values, then each failing rule with its cells. */
function EntryRules({
  check,
  versions,
  onPoint,
}: {
  check: ReturnType<typeof checkEntry>;
  versions: { active: FormatVersion; applications: FormatVersion; appeals: FormatVersion };
  onPoint: (keys: string[]) => void;
}) {
  const problems = [...check.problems];
  if (problems.length === 0 && check.findings.length === 0) {
    return <Alert type="success" showIcon title="已填内容通过各项校验" data-testid="entry-rules" />;
  }
  return (
    <ul className="manual-entry-rules" data-testid="entry-rules" aria-live="polite">
      {problems.map(([key, problem]) => (
        <li key={key} className="manual-entry-problem">
          {cellName(key, versions)}：{problem}
        </li>
      ))}
      {check.findings.map((finding, index) => (
        <li
          key={`${finding.ruleId}-${index}`}
          className={`manual-entry-rule manual-entry-rule-${finding.severity}`}
          onMouseEnter={() => onPoint(finding.keys)}
          onMouseLeave={() => onPoint([])}
        >
          <strong>{finding.message}</strong>
          <span className="manual-entry-rule-cells">
            {finding.keys.map((key) => cellName(key, versions)).join('、')}
          </span>
        </li>
      ))}
    </ul>
  );
}
