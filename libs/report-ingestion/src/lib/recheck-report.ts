import type { Report, ReportCell, ReportFinding, Repositories } from '@ogi/api-data-access';
import { ruleFindings, type ParseFinding, type TableVersionsFound } from '@ogi/report-parser';
import { computeFigures, ruleById, type CellStatus, type RuleId } from '@ogi/report-schema';
import { withoutReviewed } from './flag-ocr-cells';

/** A stored finding in the parser's shape (it was the parser's before it was stored). */
export function asParseFinding(finding: ReportFinding): ParseFinding {
  return {
    code: finding.code as ParseFinding['code'],
    severity: finding.severity as ParseFinding['severity'],
    message: finding.message,
    table: finding.tableId as ParseFinding['table'],
    keys: finding.keys,
    location: finding.location,
    ...(finding.ruleId !== null
      ? { ruleId: finding.ruleId as RuleId, expected: finding.expected, actual: finding.actual }
      : {}),
  };
}

/**
 * Checks the rules again on a report's stored cells (after a correction): the rule findings are
 * replaced, the parser's other findings kept (but the `needs_review` of a cell now corrected or
 * confirmed), and the figures row recomputed, so the dashboard
 * shows the corrected numbers. Reports stored before prose figures were kept (textFigures null)
 * keep their prose-figure findings as read, since those cannot be judged without the text.
 */
export async function recheckReport(
  repos: Repositories,
  report: Report,
  cells: readonly ReportCell[],
): Promise<void> {
  const corrected = new Set((await repos.corrections.listOf(report.id)).map((row) => row.key));
  const stored = withoutReviewed(await repos.reports.findingsOf(report.id), corrected);
  const textFiguresUnknown = report.textFigures === null;
  const kept = stored.filter(
    (finding) =>
      finding.ruleId === null ||
      (textFiguresUnknown && ruleById(finding.ruleId as RuleId).input === 'text_figures'),
  );
  const formatVersion = {
    active: report.formatActive,
    applications: report.formatApplications,
    appeals: report.formatAppeals,
  } as TableVersionsFound;
  const rules = ruleFindings({
    cells: cells.map((cell) => ({
      key: cell.key,
      value: cell.value,
      status: cell.status as CellStatus,
      location: cell.location,
    })),
    formatVersion,
    office: report.statedOffice,
    textFigures:
      report.textFigures && Object.keys(report.textFigures).length > 0 ? report.textFigures : null,
  });
  await repos.revisions.replaceFindings(report.id, [...kept.map(asParseFinding), ...rules]);
  await repos.revisions.replaceFigures(report.id, computeFigures({ cells, formatVersion }));
}
