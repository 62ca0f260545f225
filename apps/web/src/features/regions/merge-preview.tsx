import { Typography } from 'antd';
import { WhenLoaded } from '../../app/load-states';
import { useMergePreview } from '../../data-access/data-queries';
import type { OfficeMergePreview } from '../../data-access/regions-types';
import type { Office } from '../../data-access/types';

export interface MergePreviewProps {
  source: Office;
  target: Office;
}

/**
 * What a merge would do, said in its confirmation: the years both offices have reports for, and
 * the versions that stop being current (in such a year the later current version stays).
 */
export function MergePreview({ source, target }: MergePreviewProps) {
  const preview = useMergePreview(source.id, target.id);
  return (
    <div className="merge-preview" data-testid="merge-preview">
      <WhenLoaded
        query={preview}
        failed="无法预览合并结果"
        loading="正在核对两个单位的报告…"
        rows={2}
      >
        {(answer) => <MergeConsequences answer={answer} source={source} target={target} />}
      </WhenLoaded>
    </div>
  );
}

function MergeConsequences({
  answer,
  source,
  target,
}: MergePreviewProps & { answer: OfficeMergePreview }) {
  const nameOf = (officeId: number) => (officeId === source.id ? source.name : target.name);
  if (answer.sharedYears.length === 0) {
    return (
      <Typography.Paragraph className="merge-preview-none">
        两个单位没有同一年度的报告，各版本保持不变，报告全部移到“{target.name}”。
      </Typography.Paragraph>
    );
  }
  return (
    <>
      <Typography.Paragraph>
        两个单位都有报告的年度：
        <strong data-testid="merge-shared-years">
          {answer.sharedYears.map((year) => `${year} 年`).join('、')}
        </strong>
        。这些年度的版本合并后重新编号，只保留较晚的当前版本。
      </Typography.Paragraph>
      {answer.noLongerCurrent.length > 0 ? (
        <>
          <Typography.Paragraph className="merge-preview-heading">
            合并后不再是当前版本：
          </Typography.Paragraph>
          <ul className="merge-preview-list" data-testid="merge-no-longer-current">
            {answer.noLongerCurrent.map((report) => (
              <li key={report.id}>
                “{nameOf(report.fromOfficeId)}” {report.year} 年第 {report.versionBefore} 版
                （合并后为第 {report.versionAfter} 版）
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
