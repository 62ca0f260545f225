import type { ReportSummary } from '../../data-access/report-types';

export interface OfficeYear {
  year: number;
  /** The version the dashboard counts; null when the year has no usable report. */
  current: ReportSummary | null;
  /** Every stored version of the year, newest first. */
  versions: ReportSummary[];
}

const newestFirst = (a: ReportSummary, b: ReportSummary) =>
  (b.version ?? 0) - (a.version ?? 0) || b.id - a.id;

/**
 * Every year from the office's first report to its last, gaps included, so a missing year shows
 * as missing rather than disappearing from the strip. Reports without a year are left out.
 */
export function officeYears(reports: readonly ReportSummary[]): OfficeYear[] {
  const byYear = new Map<number, ReportSummary[]>();
  for (const report of reports) {
    if (report.year === null) continue;
    const list = byYear.get(report.year) ?? [];
    list.push(report);
    byYear.set(report.year, list);
  }
  if (byYear.size === 0) return [];
  const years = [...byYear.keys()];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const strip: OfficeYear[] = [];
  for (let year = first; year <= last; year++) {
    const versions = [...(byYear.get(year) ?? [])].sort(newestFirst);
    strip.push({
      year,
      current: versions.find((report) => report.isCurrent && report.status === 'ok') ?? null,
      versions,
    });
  }
  return strip;
}

/** The year to show first: the one asked for when it exists, else the latest with a report. */
export function chosenYear(strip: readonly OfficeYear[], asked: number | null): number | null {
  if (asked !== null && strip.some((entry) => entry.year === asked)) return asked;
  const withReport = strip.filter((entry) => entry.current);
  return (withReport.at(-1) ?? strip.at(-1))?.year ?? null;
}
