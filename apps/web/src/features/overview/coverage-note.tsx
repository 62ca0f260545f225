import { Alert } from 'antd';
import { coverageSentence, FAILING_NOTE, type SummaryResponse } from '@ogi/report-charts';
import type { ResolvedFilters } from '../../data-access/filters';
import { coverageHref, reviewQueueHref } from '../data/data-links';
import { AppLink } from '../data/report-link';

/**
 * 报告覆盖 under the KPIs: each count is a link to the list behind it, under the same filters
 * (the missing reports in the coverage grid, the reports with errors in the review queue).
 */
export function CoverageNote({
  summary,
  filters,
}: {
  summary: SummaryResponse;
  filters: ResolvedFilters;
}) {
  const parts = coverageSentence(summary);
  const empty = summary.coverage.expected === 0;
  return (
    <Alert
      className="page-note"
      type={summary.coverage.missing > 0 ? 'warning' : 'info'}
      showIcon
      data-testid="coverage-note"
      title={
        <span>
          报告覆盖：{parts.text}
          {empty ? null : parts.missing ? (
            <>
              ，
              <AppLink href={coverageHref(filters, 'missing')} testId="overview-missing-link">
                {parts.missing}
              </AppLink>
            </>
          ) : (
            '，没有缺报'
          )}
          {parts.failing ? (
            <>
              ；
              <AppLink href={reviewQueueHref(filters, 'failing')} testId="overview-failing-link">
                {parts.failing}
              </AppLink>
              {FAILING_NOTE}
            </>
          ) : null}
          。{parts.unplaced}
        </span>
      }
    />
  );
}
