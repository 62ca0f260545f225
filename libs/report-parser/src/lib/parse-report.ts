import { TABLE_IDS, detectTableVersion, type TableId } from '@ogi/report-schema';
import { boundCells } from './cells/bound-cells';
import type { ReportDocument } from './document/report-document';
import { inSimplifiedScript } from './document/simplified-script';
import { readOfficeAndYear } from './identity/office-and-year';
import { logicalRows, type LogicalRow } from './layout/logical-rows';
import { tokenRows, type TokenRow } from './layout/token-rows';
import {
  finding,
  type ParseFinding,
  type ParsedCell,
  type ParsedReport,
  type TableVersionsFound,
} from './parsed-report';
import { asTextFigures, readProseFigures } from './prose/text-figures';
import { assignSections, type SectionOrPreamble } from './sections/locate-sections';
import { readActiveTable } from './tables/read-active-table';
import { readApplicationsTable } from './tables/read-applications-table';
import { readAppealsTable } from './tables/read-appeals-table';
import { completenessFindings, identityFindings } from './findings/report-findings';
import { ruleFindings } from './findings/rule-findings';
import { chooseVersion } from './sections/choose-version';
import { rowsWithValues, tableCells } from './tables/table-cells';
import { tableName } from './tables/table-name';
import type { TableReading } from './tables/table-reading';

/** Where reports quote their figures in prose: the overview and the sections of 表三 and 表四. */
const PROSE_SECTIONS: readonly SectionOrPreamble[] = [
  'preamble',
  'overview',
  'applications',
  'appeals',
];
/** Below this share of recognised rows with values, a table is reported as unreadable, not read. */
const UNRECOVERABLE_SHARE = 0.25;
const MIN_ROWS_FOR_UNRECOVERABLE = 3;

/** Logical rows of the rows in the given sections, rebuilt within each contiguous stretch. */
function rowsOf(
  rows: readonly TokenRow[],
  sections: readonly SectionOrPreamble[],
  wanted: readonly SectionOrPreamble[],
): LogicalRow[] {
  const result: LogicalRow[] = [];
  let start = -1;
  for (let index = 0; index <= rows.length; index += 1) {
    const inside = index < rows.length && wanted.includes(sections[index]);
    if (inside && start < 0) start = index;
    if (!inside && start >= 0) {
      result.push(...logicalRows(rows.slice(start, index), start));
      start = -1;
    }
  }
  return result;
}

/**
 * The labels of a table's rows, plus all of them joined: header cells wrapped over lines
 * (本年制 / 发件数) only show their format markers once joined.
 */
function labelsOf(rows: readonly LogicalRow[]): string[] {
  const labels = rows.flatMap((row) => row.labels.map((label) => label.text));
  return [...labels, labels.join('')];
}

/**
 * Reads a report document into canonical cells (§8): sections by heading titles, the format of each
 * table from its labels, 表二 by captions and headers, 表三 by row keywords, 表四 by its 15 numbers;
 * then checks the rules of report-schema. Never invents a value: what is not printed is null.
 */
export function parseReport(source: ReportDocument): ParsedReport {
  const { document, converted } = inSimplifiedScript(source);
  const rows = tokenRows(document);
  const { sections, starts } = assignSections(rows);
  const has = (section: SectionOrPreamble) => starts.some((start) => start.section === section);
  const firstHeading = starts.length > 0 ? starts[0].rowIndex : rows.length;
  const overview = starts.find((start) => start.section === 'overview')?.rowIndex ?? null;
  const identity = readOfficeAndYear(rows, firstHeading, document.title ?? null, overview);
  const findings: ParseFinding[] = [];
  if (converted)
    findings.push(
      finding('traditional_script', 'info', '文本为繁体字，已转换为简体字后识别（数字未改动）'),
    );

  const activeRows = rowsOf(rows, sections, has('active') ? ['active'] : ['preamble']);
  const applicationRows = rowsOf(
    rows,
    sections,
    has('applications') ? ['applications'] : has('active') ? ['active'] : ['preamble'],
  );
  const appealRows = has('appeals') ? rowsOf(rows, sections, ['appeals']) : [];

  const detectedActive = detectTableVersion('active', labelsOf(activeRows))?.version ?? null;
  const detectedApplications =
    detectTableVersion('applications', labelsOf(applicationRows))?.version ?? null;
  const year = identity.year.value;
  const active = chooseVersion('active', detectedActive, detectedApplications, year);
  const applications = chooseVersion('applications', detectedApplications, detectedActive, year);

  const readings: Record<TableId, TableReading> = {
    active: readActiveTable(activeRows, active.version),
    applications: readApplicationsTable(applicationRows, applications.version),
    appeals: readAppealsTable(appealRows, applications.version),
  };
  const formatVersion: TableVersionsFound = {
    active: readings.active.found ? active.version : null,
    applications: readings.applications.found ? applications.version : null,
    appeals: readings.appeals.found
      ? (detectedApplications ?? detectedActive ?? applications.version)
      : null,
  };
  if (readings.active.found && active.finding) findings.push(active.finding);
  if (readings.applications.found && applications.finding) findings.push(applications.finding);

  const cells: ParsedCell[] = [];
  for (const table of TABLE_IDS) {
    const reading = readings[table];
    boundCells(reading);
    findings.push(...reading.findings);
    const version = formatVersion[table];
    if (!version) continue;
    const tableCellsRead = tableCells(reading, version);
    cells.push(...tableCellsRead);
    const { seen, withValues } = rowsWithValues(reading);
    if (seen >= MIN_ROWS_FOR_UNRECOVERABLE && withValues === 0) {
      // Row names with nothing beside them: the original left the table blank (not a misreading).
      findings.push(
        finding(
          'table_not_printed',
          'warning',
          `${tableName(table)}印有 ${seen} 行行名，但原文没有填写数值（表格空白）`,
          { table },
        ),
      );
    } else if (seen >= MIN_ROWS_FOR_UNRECOVERABLE && withValues < seen * UNRECOVERABLE_SHARE) {
      findings.push(
        finding(
          'values_unrecoverable',
          'error',
          `${tableName(table)}识别出 ${seen} 行，但只有 ${withValues} 行读到数值：其余各行的数值无法识别`,
          { table },
        ),
      );
    }
  }

  findings.push(...identityFindings(identity));
  findings.push(...completenessFindings(rows, sections, readings, has));

  const values: Record<string, number | null> = {};
  for (const cell of cells) values[cell.key] = cell.value;
  const prose = readProseFigures(
    rows.filter((_, index) => PROSE_SECTIONS.includes(sections[index])),
  );
  if (!readings.applications.found && has('applications') && prose.applicationsReceived) {
    findings.push(
      finding(
        'table_in_prose_only',
        'warning',
        `表三未以表格给出（可能是图片），正文称“${prose.applicationsReceived.text}”`,
        {
          table: 'applications',
          location: prose.applicationsReceived.location,
        },
      ),
    );
  }
  const textFigures = asTextFigures(prose);
  findings.push(
    ...ruleFindings({ cells, formatVersion, office: identity.office.value, textFigures }),
  );

  return {
    office: identity.office,
    year: identity.year,
    formatVersion,
    cells,
    values,
    findings,
    textFigures,
  };
}
