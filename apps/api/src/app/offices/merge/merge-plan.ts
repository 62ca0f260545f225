import type { MergeReportChange, Report } from '@ogi/api-data-access';

type Dated = Pick<Report, 'id' | 'year' | 'version' | 'isCurrent' | 'officeId' | 'createdAt'>;

const byCreation = (a: Dated, b: Dated) =>
  a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id;

const versioned = (report: Dated) => report.version !== null && report.year !== null;

/** The years in which both offices have versioned reports: there the two lines of versions meet. */
export function sharedYears(
  sourceReports: readonly Dated[],
  targetReports: readonly Dated[],
): number[] {
  const targetYears = new Set(targetReports.filter(versioned).map((report) => report.year));
  const years = sourceReports
    .filter((report) => versioned(report) && targetYears.has(report.year))
    .map((report) => report.year as number);
  return [...new Set(years)].sort((a, b) => a - b);
}

/**
 * What a merge does to the reports: every report of the source moves to the target. In a year
 * where both have versions, they are numbered again 1…n by creation, and only the later of the
 * two current versions stays current (it is numbered last). Target reports of other years keep
 * their numbers and are not listed.
 */
export function planMergedReports(
  sourceReports: readonly Dated[],
  targetReports: readonly Dated[],
): MergeReportChange[] {
  const change = (
    report: Dated,
    version: number | null,
    isCurrent: boolean,
  ): MergeReportChange => ({
    id: report.id,
    year: report.year,
    before: {
      officeId: report.officeId as number,
      version: report.version,
      isCurrent: report.isCurrent,
    },
    after: { version, isCurrent },
  });
  const changes: MergeReportChange[] = [];
  const shared = sharedYears(sourceReports, targetReports);
  for (const report of sourceReports) {
    if (!versioned(report) || !shared.includes(report.year as number)) {
      changes.push(change(report, report.version, report.isCurrent));
    }
  }
  for (const year of shared) {
    const versions = [...sourceReports, ...targetReports]
      .filter((report) => report.year === year && report.version !== null)
      .sort(byCreation);
    const currents = versions.filter((report) => report.isCurrent);
    const winner = currents[currents.length - 1] ?? versions[versions.length - 1];
    const ordered = [...versions.filter((report) => report !== winner), winner];
    ordered.forEach((report, i) => changes.push(change(report, i + 1, report === winner)));
  }
  return changes;
}
