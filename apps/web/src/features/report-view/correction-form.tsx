import { Alert, Button, Input, InputNumber, Segmented } from 'antd';
import { fieldByKey } from '@ogi/report-schema';
import { useMemo, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../app/load-states';
import { useCorrectCell } from '../../data-access/report-queries';
import type { CorrectionRequest, ReportCell, ReportDetail } from '../../data-access/report-types';
import { rulesBrokenBy, type BrokenRule } from './correction-rules';

type Kind = NonNullable<CorrectionRequest['status']>;

export interface CorrectionFormProps {
  reportId: number;
  cellKey: string;
  cell: ReportCell | undefined;
  /** The report the cell belongs to: its rules are checked with the proposed value. */
  report: Pick<ReportDetail, 'cells' | 'formatVersion' | 'statedOffice'>;
  onDone: () => void;
}

/** The rule's equation and what the check found, the equation said once. */
function ruleWords({ equation, message }: BrokenRule): string {
  if (!message) return equation;
  return message.startsWith(equation) ? message : `${equation}：${message}`;
}

/** Correct one cell with a reason: a number, or blank, or a dash as the original meant. */
export function CorrectionForm({ reportId, cellKey, cell, report, onDone }: CorrectionFormProps) {
  const correct = useCorrectCell(reportId);
  const field = fieldByKey(cellKey);
  const [kind, setKind] = useState<Kind>(
    cell?.status === 'blank' || cell?.status === 'dash' ? cell.status : 'number',
  );
  const [value, setValue] = useState<number | null>(cell?.value ?? null);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);

  const valueMissing = kind === 'number' && value === null;
  const reasonMissing = reason.trim() === '';
  // Said before saving, never blocking: the original may really print figures that do not add up.
  const broken = useMemo(
    () =>
      valueMissing
        ? []
        : rulesBrokenBy(report, {
            key: cellKey,
            value: kind === 'number' ? value : null,
            status: kind,
          }),
    [report, cellKey, kind, value, valueMissing],
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (valueMissing || reasonMissing) return;
    correct.mutate(
      {
        key: cellKey,
        value: kind === 'number' ? value : null,
        status: kind,
        reason: reason.trim(),
      },
      { onSuccess: onDone },
    );
  }

  return (
    <form className="correction-form" onSubmit={submit} aria-label="更正单元格">
      <p className="correction-title">更正此单元格</p>
      <Segmented<Kind>
        size="small"
        value={kind}
        onChange={setKind}
        options={[
          { value: 'number', label: '数字' },
          { value: 'blank', label: '空白' },
          { value: 'dash', label: '横线' },
        ]}
      />
      {kind === 'number' ? (
        <InputNumber<number>
          aria-label="更正后的数值"
          // Its step buttons are named "Increase Value" for screen readers; arrow keys still step.
          controls={false}
          value={value}
          onChange={(next) => setValue(next)}
          min={field?.signed ? undefined : 0}
          precision={field?.unit === '万元' || field?.unit === '元' ? undefined : 0}
          status={tried && valueMissing ? 'error' : undefined}
          style={{ width: '100%' }}
        />
      ) : null}
      <Input.TextArea
        aria-label="更正原因"
        placeholder="更正原因（必填），如：原文第 12 行为 8，识别为 3"
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        autoSize={{ minRows: 2, maxRows: 4 }}
        status={tried && reasonMissing ? 'error' : undefined}
      />
      {tried && (valueMissing || reasonMissing) ? (
        <Alert
          type="warning"
          showIcon
          title={valueMissing ? '请填写更正后的数值。' : '请写明更正原因。'}
        />
      ) : null}
      {broken.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          data-testid="correction-broken-rules"
          title="保存后以下校验规则将不通过"
          description={
            <ul className="correction-broken-rules">
              {broken.map((rule, index) => (
                <li key={`${rule.ruleId}-${index}`}>
                  <strong>{rule.ruleId}</strong> {ruleWords(rule)}
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      {correct.isError ? <ErrorAlert title="更正未保存" error={correct.error} /> : null}
      <Button type="primary" htmlType="submit" loading={correct.isPending}>
        {broken.length > 0 ? '仍然保存' : '保存更正'}
      </Button>
    </form>
  );
}
