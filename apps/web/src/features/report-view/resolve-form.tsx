import { Button, Input, Radio } from 'antd';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../app/load-states';
import { navigate } from '../../app/navigation';
import { useResolveReport } from '../../data-access/report-queries';
import type { ReportDetail, ResolveRequest } from '../../data-access/report-types';
import { OfficePicker } from '../office-profile/office-picker';
import { YearInput } from './year-input';

/** A report waiting for its office or year: pick an office (or name a new one) and the year. */
export function ResolveForm({ report }: { report: ReportDetail }) {
  const resolve = useResolveReport(report.id);
  const [mode, setMode] = useState<'existing' | 'name'>(report.statedOffice ? 'name' : 'existing');
  const [officeId, setOfficeId] = useState<number | null>(report.office?.id ?? null);
  const [officeName, setOfficeName] = useState(report.statedOffice ?? '');
  const [year, setYear] = useState<number | null>(report.year ?? report.statedYear);

  function submit(event: FormEvent) {
    event.preventDefault();
    const body: ResolveRequest = { ...(year !== null ? { year } : {}) };
    if (mode === 'existing' && officeId !== null) body.officeId = officeId;
    if (mode === 'name' && officeName.trim()) body.officeName = officeName.trim();
    resolve.mutate(body, {
      onSuccess: (result) => navigate(`/reports/${result.report.id}`),
    });
  }

  return (
    <form className="resolve-form" onSubmit={submit} aria-label="补充单位和年度">
      <p>
        这份报告
        {report.error ? `：${report.error.messageZh ?? report.error.message}` : '缺少单位或年度'}
        。补充后它会成为该单位该年度的当前版本。
      </p>
      <Radio.Group
        value={mode}
        onChange={(event) => setMode(event.target.value as 'existing' | 'name')}
        options={[
          { value: 'existing', label: '选择已有单位' },
          { value: 'name', label: '按名称（没有时新建）' },
        ]}
      />
      {mode === 'existing' ? (
        <OfficePicker id="resolve-office" value={officeId} onChange={setOfficeId} />
      ) : (
        <Input
          aria-label="单位名称"
          value={officeName}
          onChange={(event) => setOfficeName(event.target.value)}
          placeholder="单位全称"
          style={{ width: 360 }}
        />
      )}
      <label className="resolve-year">
        年度
        <YearInput value={year} onChange={setYear} />
      </label>
      {resolve.isError ? <ErrorAlert title="未能补充" error={resolve.error} /> : null}
      <Button type="primary" htmlType="submit" loading={resolve.isPending}>
        保存单位和年度
      </Button>
    </form>
  );
}
