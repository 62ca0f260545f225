import { InputNumber } from 'antd';
import { MAX_REPORT_YEAR, MIN_REPORT_YEAR } from '@ogi/report-schema';

/** The year a report is for, as the api takes it (a whole year within the schema's bounds). */
export function YearInput({
  value,
  onChange,
}: {
  value: number | null;
  onChange: (year: number | null) => void;
}) {
  return (
    <InputNumber<number>
      aria-label="年度"
      // Its step buttons are named "Increase Value" for screen readers; arrow keys still step.
      controls={false}
      min={MIN_REPORT_YEAR}
      max={MAX_REPORT_YEAR}
      precision={0}
      value={value}
      onChange={(next) => onChange(next)}
    />
  );
}
