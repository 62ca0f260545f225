import {
  fullApplicationRowLabel,
  printedApplicationRows,
  APPLICATION_PARENTS,
  APPLICATION_ROWS,
  APPLICANT_COLUMNS,
  APPLICATIONS_HEADER,
  OUTCOME_GROUP_LABEL,
  labelBody,
  matchesLabel,
  normaliseLabel,
  type ApplicantColumnId,
  type ApplicationParentId,
  type ApplicationRowSpec,
  type FormatVersion,
} from '@ogi/report-schema';
import type { LogicalRow } from '../layout/logical-rows';
import type { Token } from '../layout/token-rows';

/** Context carried down the rows of 表三: rowspan labels cover the rows below them. */
export interface RowContext {
  inOutcomes: boolean;
  parent: ApplicationParentId | null;
  dataSeen: boolean;
  /** The last row recognised was matched by its numbering and a similar label, not its keywords. */
  bySimilarity?: boolean;
}

const OUTCOME_GROUP = labelBody(OUTCOME_GROUP_LABEL);
const HEADER_WORDS = [
  APPLICATIONS_HEADER.applicantGroup,
  APPLICATIONS_HEADER.organisationGroup,
].map(labelBody);
const NUMBERED_TOTAL = /^[(（]七[)）]/;

/** The applicant column a header label names, if any. */
export function applicantColumnOf(label: string): ApplicantColumnId | null {
  return APPLICANT_COLUMNS.find((column) => matchesLabel(column, label))?.id ?? null;
}

/** A header cell of 表三: the 勾稽 note, 申请人情况, 法人或其他组织 or an applicant column. */
export function isHeaderLabel(label: string): boolean {
  const body = labelBody(label);
  return body.includes('勾稽') || HEADER_WORDS.includes(body) || applicantColumnOf(label) !== null;
}

const PARENT_NUMBERING = /^\([一二三四五六七八九十]+\)/;

/**
 * The parent a label names: by keyword, or, for a fragment of a wrapped rowspan label such as
 * （四）无法 or （六）其他, as the start of the parent's printed label with its numbering.
 */
function parentOf(label: string): ApplicationParentId | null {
  const byKeyword = Object.values(APPLICATION_PARENTS).find((spec) => matchesLabel(spec, label));
  if (byKeyword) return byKeyword.id;
  const printed = normaliseLabel(label);
  if (!PARENT_NUMBERING.test(printed) || printed.length < 4) return null;
  return (
    Object.values(APPLICATION_PARENTS).find((spec) =>
      normaliseLabel(spec.label).startsWith(printed),
    )?.id ?? null
  );
}

function printedIn(spec: ApplicationRowSpec, version: FormatVersion): boolean {
  return spec.versions.includes(version) && !spec.derivedIn.includes(version);
}

/** Reads the label cells of a row into the context; returns the row spec the row prints, if any. */
export function recogniseApplicationRow(
  row: LogicalRow,
  context: RowContext,
  version: FormatVersion,
  seen: ReadonlySet<string> = new Set(),
): ApplicationRowSpec | null {
  let matched: ApplicationRowSpec | null = null;
  context.bySimilarity = false;
  for (const label of row.labels) {
    const body = labelBody(label.text);
    if (!body) continue;
    // 三、本年度办理结果 may share a cell or line with the row it covers: note it, then read on.
    if (body.includes(OUTCOME_GROUP)) context.inOutcomes = true;
    const spec = matchRow(label.text, row, context, version);
    if (spec) {
      matched = spec;
      continue;
    }
    const parent = parentOf(label.text);
    if (parent) context.parent = parent;
  }
  if (!matched && row.values.some((item) => item.kind === 'value')) {
    const label = row.labels[row.labels.length - 1]?.text ?? '';
    matched = similarRow(label, context, version, seen);
    context.bySimilarity = matched !== null;
  }
  if (matched) {
    context.dataSeen = true;
    context.parent = matched.level === 3 ? matched.parent : null;
    if (matched.role === 'received' || matched.role === 'carried_forward')
      context.inOutcomes = false;
    if (matched.role === 'outcome' || matched.role === 'outcome_total') context.inOutcomes = true;
  }
  return matched;
}

const specificMatches = new Map<string, ApplicationRowSpec | null>();
const SPECIFIC_CACHE_LIMIT = 10_000;

/** The row a label names by its own keywords (not 其他 or 总计, which depend on position). */
export function specificRow(label: string, version: FormatVersion): ApplicationRowSpec | null {
  const cacheKey = `${version}|${label}`;
  const cached = specificMatches.get(cacheKey);
  if (cached !== undefined) return cached;
  const spec =
    APPLICATION_ROWS.find(
      (candidate) =>
        !candidate.positional && printedIn(candidate, version) && matchesLabel(candidate, label),
    ) ?? null;
  if (specificMatches.size >= SPECIFIC_CACHE_LIMIT) specificMatches.clear();
  specificMatches.set(cacheKey, spec);
  return spec;
}

function matchRow(
  label: string,
  row: LogicalRow,
  context: RowContext,
  version: FormatVersion,
): ApplicationRowSpec | null {
  const specific = specificRow(label, version);
  if (specific) return specific;
  const body = labelBody(label);
  // 3.其他 is the third child of （六）其他处理 only; the header's 其他 is a column.
  const numberedAsParent = PARENT_NUMBERING.test(normaliseLabel(label));
  if (
    body === '其他' &&
    !numberedAsParent &&
    context.parent === 'other_handling' &&
    context.dataSeen
  ) {
    return (
      APPLICATION_ROWS.find(
        (spec) => spec.id === 'other_handling.other' && printedIn(spec, version),
      ) ?? null
    );
  }
  const total = APPLICATION_ROWS.find((spec) => spec.id === 'outcome_total') as ApplicationRowSpec;
  const looksLikeTotal = matchesLabel(total, label);
  if (
    looksLikeTotal &&
    context.dataSeen &&
    (row.values.length > 0 || NUMBERED_TOTAL.test(label.normalize('NFKC').trim()))
  )
    return total;
  return null;
}

/**
 * Where each applicant column sits in a positional header (grid slot → column), or null when the
 * header does not give a consistent map (two columns on one slot, as in the 8-column grid).
 */
export function headerSlots(
  headerRows: readonly LogicalRow[],
): Map<number, ApplicantColumnId> | null {
  const slots = new Map<number, ApplicantColumnId>();
  for (const row of headerRows) {
    if (!row.positional) return null;
    for (const label of row.labels) {
      const column = applicantColumnOf(label.text);
      if (!column) continue;
      const existing = slots.get(label.slot);
      if (existing && existing !== column) return null;
      slots.set(label.slot, column);
    }
  }
  const columns = new Set(slots.values());
  return columns.size === APPLICANT_COLUMNS.length ? slots : null;
}

/** Values of a row placed by the header's slots; null unless every printed value lands on a column. */
export function placeByHeader(
  values: readonly Token[],
  slots: ReadonlyMap<number, ApplicantColumnId>,
): Map<ApplicantColumnId, Token> | null {
  const placed = new Map<ApplicantColumnId, Token>();
  for (const item of values) {
    const column = slots.get(item.slot);
    if (!column) {
      if (item.kind === 'empty') continue;
      return null;
    }
    placed.set(column, item);
  }
  return placed.size > 0 ? placed : null;
}

const ROW_NUMBERING = /^(\d+)[.、]|^(\([一二三四五六七八九十]+\))|^([一二三四五六七八九十]+)、/;
/** Printed labels with a typo or words left out are still this similar to the template's. */
const MIN_SIMILARITY = 0.5;

/** The item number a label starts with, in one form: `2.`, `(三)`, `四、`. */
function numberingOf(label: string): string | null {
  const match = ROW_NUMBERING.exec(normaliseLabel(label));
  if (!match) return null;
  return match[1] ? `${match[1]}.` : (match[2] ?? `${match[3]}、`);
}

function bigrams(text: string): string[] {
  return Array.from({ length: Math.max(text.length - 1, 0) }, (_, index) =>
    text.slice(index, index + 2),
  );
}

/** Dice similarity of two label bodies by their character pairs. */
function similarity(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  if (left.length === 0 || right.length === 0) return 0;
  const pool = [...right];
  let common = 0;
  for (const pair of left) {
    const at = pool.indexOf(pair);
    if (at >= 0) {
      common += 1;
      pool.splice(at, 1);
    }
  }
  return (2 * common) / (left.length + right.length);
}

/**
 * The groups a numbered sub-row may belong to: the current one, or the next one when the next
 * group's label is printed lower down its rowspan (PDF text puts it on a middle row).
 */
function groupsAround(parent: ApplicationParentId | null): (ApplicationParentId | null)[] {
  if (parent === null) return [null];
  const order = Object.keys(APPLICATION_PARENTS) as ApplicationParentId[];
  const next = order[order.indexOf(parent) + 1];
  return next ? [parent, next] : [parent];
}

/**
 * A row whose label has a typo or lost words (`2.其他法律行政止公开`): the row with the same item
 * number in the same place (under the same parent), when its template label is similar enough.
 */
function similarRow(
  label: string,
  context: RowContext,
  version: FormatVersion,
  seen: ReadonlySet<string>,
): ApplicationRowSpec | null {
  // The group's label may share the line (`（三）不予公开 4.保护第方合法权益`): the row's own label is last.
  const parts = label.trim().split(/\s+/);
  const own = parts[parts.length - 1];
  const numbering = numberingOf(own);
  if (!numbering) return null;
  const body = labelBody(own);
  const printedParent = parts.length > 1 ? parentOf(parts.slice(0, -1).join('')) : null;
  const groups = printedParent ? [printedParent] : groupsAround(context.parent);
  const candidates = APPLICATION_ROWS.filter(
    (spec) =>
      printedIn(spec, version) &&
      !seen.has(spec.id) &&
      numberingOf(spec.label) === numbering &&
      (spec.level === 3 ? groups.includes(spec.parent) : context.parent === null),
  );
  const [best] = candidates
    .map((spec) => ({
      spec,
      score: Math.max(
        ...[spec.label, ...spec.variants].map((printed) => similarity(body, labelBody(printed))),
      ),
    }))
    .sort((a, b) => b.score - a.score);
  return best && best.score >= MIN_SIMILARITY ? best.spec : null;
}

/** A row's full printed label (with its group), as findings name it. */
export function applicationRowLabel(rowId: string, version: FormatVersion): string {
  const spec = printedApplicationRows(version).find((candidate) => candidate.id === rowId);
  return spec ? fullApplicationRowLabel(spec) : rowId;
}
