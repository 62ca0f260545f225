import { Segmented, Space } from 'antd';
import type { RankChoice } from '@ogi/report-charts';
import type { RankLimits } from './rank-params';

/** Top or bottom N of a ranking: which end first, and how many rows. */
export function RankControls({
  choice,
  limits,
  onChange,
  label,
}: {
  choice: RankChoice;
  limits: RankLimits;
  onChange: (choice: RankChoice) => void;
  /** What is ranked, for screen readers ("申请数量排名"). */
  label: string;
}) {
  return (
    <Space size="small" wrap>
      <Segmented
        size="small"
        aria-label={`${label}：从高到低或从低到高`}
        value={choice.order}
        options={[
          { value: 'desc', label: '最高' },
          { value: 'asc', label: '最低' },
        ]}
        onChange={(order) => onChange({ ...choice, order: order as RankChoice['order'] })}
      />
      <Segmented
        size="small"
        aria-label={`${label}：显示几个`}
        value={choice.limit === null ? 'all' : String(choice.limit)}
        options={limits.map((limit) =>
          limit === null
            ? { value: 'all', label: '全部' }
            : { value: String(limit), label: `${limit} 个` },
        )}
        onChange={(value) => onChange({ ...choice, limit: value === 'all' ? null : Number(value) })}
      />
    </Space>
  );
}
