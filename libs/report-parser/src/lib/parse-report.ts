import {
  FIELD_CATALOGUE,
  checkConsistency,
  derivedParts,
  detectTableVersion,
  printedKeys,
  type CellValue,
  type FormatVersion,
  type RuleResult,
  type TableId,
} from '@ogi/report-schema';
import type { ReportDocument } from './document/report-document';
import { officeKindOf, readOfficeAndYear } from './identity/office-and-year';
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
import { notPrintedCell, type TableReading } from './tables/table-reading';

const TABLES: readonly TableId[] = ['active', 'applications', 'appeals'];
/** Where reports quote their figures in prose: the overview and the sections of 表三 and 表四. */
const PROSE_SECTIONS: readonly SectionOrPreamble[] = [
  'preamble',
  'overview',
  'applications',
  'appeals',
];
const TABLE_NAMES: Record<TableId, string> = {
  active: '表二',
  applications: '表三',
  appeals: '表四',
};
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

function labelsOf(rows: readonly LogicalRow[]): string[] {
  return rows.flatMap((row) => row.labels.map((label) => label.text));
}

function versionFromYear(year: number | null): FormatVersion | null {
  if (year === null) return null;
  return year <= 2020 ? '2019' : '2021';
}

interface VersionChoice {
  version: FormatVersion;
  finding: ParseFinding | null;
}

function chooseVersion(
  table: TableId,
  detected: FormatVersion | null,
  other: FormatVersion | null,
  year: number | null,
): VersionChoice {
  if (detected) return { version: detected, finding: null };
  const fromYear = versionFromYear(year);
  const fallback = other ?? fromYear;
  if (fallback) {
    const reason = other ? '与同一报告中另一张表一致' : `按报告年度 ${year}`;
    return {
      version: fallback,
      finding: finding(
        'version_from_year',
        'info',
        `${TABLE_NAMES[table]}的标签不足以判断格式版本，${reason}，按 ${fallback} 年版读取`,
        { table },
      ),
    };
  }
  return {
    version: '2021',
    finding: finding(
      'version_unknown',
      'warning',
      `${TABLE_NAMES[table]}的格式版本无法判断，按 2021 年版读取`,
      { table },
    ),
  };
}

/**
 * The cells of a found table: every key its format prints, then the catalogue keys that format
 * derives (（六）其他处理 in 2021) as the sum of their printed parts, or as printed if the report
 * printed them anyway.
 */
function tableCells(reading: TableReading, version: FormatVersion): ParsedCell[] {
  const keys = printedKeys(reading.table, version);
  const cells = keys.map((key) => reading.cells.get(key) ?? notPrintedCell(key));
  const byKey = new Map(cells.map((cell) => [cell.key, cell]));
  for (const key of derivedKeysOf(reading.table, version)) {
    cells.push(reading.cells.get(key) ?? derivedCell(key, derivedParts(key, version) ?? [], byKey));
  }
  return cells;
}

/** Catalogue keys a format derives instead of printing (（六）其他处理 in 2021). */
function derivedKeysOf(table: TableId, version: FormatVersion): string[] {
  return FIELD_CATALOGUE.filter(
    (field) => field.table === table && field.derivedIn.includes(version),
  ).map((field) => field.key);
}

function derivedCell(
  key: string,
  parts: readonly string[],
  byKey: ReadonlyMap<string, ParsedCell>,
): ParsedCell {
  const partCells = parts.map((part) => byKey.get(part));
  if (
    partCells.length === 0 ||
    partCells.some(
      (cell) => !cell || cell.status === 'not_printed' || cell.status === 'unparseable',
    )
  ) {
    return notPrintedCell(key);
  }
  const numbers = partCells.filter((cell) => cell?.status === 'number');
  if (numbers.length === 0) return notPrintedCell(key);
  const value = numbers.reduce((sum, cell) => sum + (cell?.value ?? 0), 0);
  return {
    key,
    value,
    status: 'number',
    raw: null,
    unit: null,
    location: numbers[0]?.location ?? null,
    assignedBy: 'derived',
  };
}

/** Share of a table's recognised rows that printed at least one value. */
function rowsWithValues(reading: TableReading): { seen: number; withValues: number } {
  const rows = new Map<string, boolean>();
  for (const cell of reading.cells.values()) {
    const row = cell.key.slice(0, cell.key.lastIndexOf('.'));
    rows.set(row, (rows.get(row) ?? false) || cell.status !== 'not_printed');
  }
  return { seen: rows.size, withValues: [...rows.values()].filter(Boolean).length };
}

function ruleFinding(
  result: RuleResult,
  cellsByKey: ReadonlyMap<string, ParsedCell>,
): ParseFinding {
  const located = result.keys
    .map((key) => cellsByKey.get(key)?.location)
    .find((location) => location);
  return finding('rule', result.severity, `${result.ruleId} ${result.message}`, {
    table: (result.keys[0]?.split('.')[0] as TableId | undefined) ?? null,
    keys: result.keys,
    location: located ?? null,
    ruleId: result.ruleId,
    expected: result.expected,
    actual: result.actual,
  });
}

/**
 * Reads a report document into canonical cells (§8): sections by heading titles, the format of each
 * table from its labels, 表二 by captions and headers, 表三 by row keywords, 表四 by its 15 numbers;
 * then checks the rules of report-schema. Never invents a value: what is not printed is null.
 */
export function parseReport(document: ReportDocument): ParsedReport {
  const rows = tokenRows(document);
  const { sections, starts } = assignSections(rows);
  const has = (section: SectionOrPreamble) => starts.some((start) => start.section === section);
  const firstHeading = starts.length > 0 ? starts[0].rowIndex : rows.length;
  const identity = readOfficeAndYear(rows, firstHeading, document.title ?? null);
  const findings: ParseFinding[] = [];

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
    appeals: readAppealsTable(appealRows),
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
  for (const table of ['active', 'applications', 'appeals'] as const) {
    const reading = readings[table];
    findings.push(...reading.findings);
    const version = formatVersion[table];
    if (!version) continue;
    const tableCellsRead = tableCells(reading, version);
    cells.push(...tableCellsRead);
    const { seen, withValues } = rowsWithValues(reading);
    if (seen >= MIN_ROWS_FOR_UNRECOVERABLE && withValues < seen * UNRECOVERABLE_SHARE) {
      findings.push(
        finding(
          'values_unrecoverable',
          'error',
          `${TABLE_NAMES[table]}识别出 ${seen} 行，但只有 ${withValues} 行读到数值：数值无法恢复`,
          { table },
        ),
      );
    }
  }

  findings.push(...identityFindings(identity));
  findings.push(...completenessFindings(rows, sections, readings, has));

  const cellsByKey = new Map(cells.map((cell) => [cell.key, cell]));
  const values: Record<string, number | null> = {};
  const cellValues: Record<string, CellValue> = {};
  for (const cell of cells) {
    values[cell.key] = cell.value;
    cellValues[cell.key] = { value: cell.value, status: cell.status };
  }
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
  const consistency = checkConsistency({
    values: cellValues,
    versions: { active: active.version, applications: applications.version },
    officeKind: officeKindOf(identity.office.value),
    tables: TABLES.filter((table) => formatVersion[table] !== null),
    textFigures: asTextFigures(prose),
  });
  for (const result of consistency.findings) findings.push(ruleFinding(result, cellsByKey));

  return { office: identity.office, year: identity.year, formatVersion, cells, values, findings };
}

function identityFindings(identity: ReturnType<typeof readOfficeAndYear>): ParseFinding[] {
  const result: ParseFinding[] = [];
  if (identity.office.value === null)
    result.push(finding('office_not_stated', 'warning', '报告正文未写明单位名称，请在上传时指定'));
  if (identity.year.value === null)
    result.push(finding('year_not_stated', 'warning', '报告正文未写明年度，请在上传时指定'));
  if (identity.conflictingYears.length > 0) {
    result.push(
      finding(
        'year_conflict',
        'warning',
        `报告中写明的年度不一致：${identity.conflictingYears.join('、')}，采用${identity.year.source?.kind === 'title' ? '标题' : '统计期限'}中的 ${identity.year.value}`,
      ),
    );
  }
  return result;
}

/** Tables not found, and text that stops inside a table (truncated input: never filled in). */
function completenessFindings(
  rows: readonly TokenRow[],
  sections: readonly SectionOrPreamble[],
  readings: Record<TableId, TableReading>,
  has: (section: SectionOrPreamble) => boolean,
): ParseFinding[] {
  const result: ParseFinding[] = [];
  const endsEarly = !has('problems') && !has('other');
  const lastRow = rows[rows.length - 1];
  if (endsEarly && lastRow) {
    const section = sections[sections.length - 1];
    const where = lastRow.tokens
      .map((item) => item.text)
      .filter(Boolean)
      .join(' ')
      .slice(0, 30);
    result.push(
      finding(
        'truncated',
        'warning',
        `文本在“${where}”处结束，其后的内容（${section === 'appeals' || section === 'applications' || section === 'active' ? `${sectionName(section)}的其余部分及之后各节` : '各表及之后各节'}）缺失`,
        {
          location: lastRow.location,
        },
      ),
    );
  }
  for (const table of ['active', 'applications', 'appeals'] as const) {
    if (readings[table].found) continue;
    const message = endsEarly
      ? `未找到${TABLE_NAMES[table]}（文本不完整）`
      : `未找到${TABLE_NAMES[table]}`;
    result.push(finding('table_not_found', endsEarly ? 'info' : 'warning', message, { table }));
  }
  return result;
}

function sectionName(section: 'active' | 'applications' | 'appeals'): string {
  return TABLE_NAMES[section];
}
