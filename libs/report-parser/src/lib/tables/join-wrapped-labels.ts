import type { LogicalRow } from '../layout/logical-rows';
import type { Token } from '../layout/token-rows';

/** How many label-only lines above or below a row may belong to its wrapped label. */
const MAX_FRAGMENTS = 3;
/** Label fragments of one column of a PDF table start at the same x, within this many points. */
const SAME_COLUMN_PT = 4;

const NUMBERED = /^(?:\d+[.、]|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、)/;

/** Which table row a label names (its id), or null. */
export type RowNamer = (label: string) => string | null;

const isLabelOnly = (row: LogicalRow) =>
  !row.positional && row.values.length === 0 && row.labels.length > 0;
const joinText = (tokens: readonly Token[]) => tokens.map((label) => label.text).join('');

/**
 * The texts a run of label fragments may read as: all of them in order, and, where the source
 * gives positions (PDF), the fragments of each label column on their own, so that a parent label
 * wrapping beside its child (（四）无法 / 提供) does not cut the child's keyword in two.
 */
function readings(tokens: readonly Token[]): string[] {
  const texts = [joinText(tokens)];
  const columns: number[] = [];
  for (const token of tokens) {
    const x = token.location.x;
    if (x !== undefined && !columns.some((column) => Math.abs(column - x) <= SAME_COLUMN_PT))
      columns.push(x);
  }
  if (columns.length > 1) {
    for (const column of columns)
      texts.push(
        joinText(
          tokens.filter(
            (token) =>
              token.location.x !== undefined &&
              Math.abs(token.location.x - column) <= SAME_COLUMN_PT,
          ),
        ),
      );
  }
  return texts;
}

function named(tokens: readonly Token[], names: RowNamer): string | null {
  for (const text of readings(tokens)) {
    const id = text ? names(text) : null;
    if (id) return id;
  }
  return null;
}

const labelsOf = (rows: readonly LogicalRow[]) => rows.flatMap((row) => row.labels);
const startsWithNumbering = (row: LogicalRow) =>
  row.labels.length > 0 && NUMBERED.test(row.labels[0].text.normalize('NFKC').trim());

/**
 * PDF text wraps a long label around its numbers: `1.申请人无正当理由逾期不` / `补正、…处理其 18 3 …` /
 * `政府信息公开申请`. For a row with values, this joins the label-only lines just above and below it
 * (fewest first) until the joined label names a row, and takes the lines it used out of the stream,
 * so the row keeps its values and is not read twice. A label-only line above that names the same
 * row as the row with values (a head fragment that happens to hold the keyword) is taken out too.
 */
export function joinWrappedLabels(rows: readonly LogicalRow[], names: RowNamer): LogicalRow[] {
  const result: LogicalRow[] = [];
  const consumed = new Set<number>();
  // Rows already read: a fragment that names one of them is its tail, not the head of the next row.
  const claimed = new Set<string>();
  rows.forEach((row, index) => {
    if (consumed.has(index)) return;
    if (row.positional || row.values.length === 0) {
      result.push(row);
      return;
    }
    // A label that starts with its own numbering (3.其他, （七）总计) starts a row: nothing above is part of it.
    const startsRow = startsWithNumbering(row);
    const above = startsRow ? [] : fragmentsAbove(rows, index, consumed);
    const below = fragmentsBelow(rows, index);
    const ownId = row.labels.length > 0 ? named(row.labels, names) : null;
    const joined = ownId ? null : joinAround(rows, index, above, below, names, claimed);
    const id = ownId ?? joined?.id ?? null;
    if (!id) {
      result.push(withNumberedHead(rows, row, above, result));
      return;
    }
    claimed.add(id);
    const usedAbove = new Set(joined?.before ?? []);
    for (const at of above) if (named(rows[at].labels, names) === id) usedAbove.add(at);
    for (const at of usedAbove) {
      const position = result.indexOf(rows[at]);
      if (position >= 0) result.splice(position, 1);
    }
    joined?.after.forEach((at) => consumed.add(at));
    result.push(joined ? { ...row, labels: [joined.label] } : row);
  });
  return result;
}

function fragmentsAbove(
  rows: readonly LogicalRow[],
  index: number,
  consumed: ReadonlySet<number>,
): number[] {
  const above: number[] = [];
  for (
    let at = index - 1;
    at >= 0 && above.length < MAX_FRAGMENTS && isLabelOnly(rows[at]) && !consumed.has(at);
    at -= 1
  )
    above.unshift(at);
  return above;
}

function fragmentsBelow(rows: readonly LogicalRow[], index: number): number[] {
  const below: number[] = [];
  for (
    let at = index + 1;
    at < rows.length && below.length < MAX_FRAGMENTS && isLabelOnly(rows[at]);
    at += 1
  ) {
    // A line that starts with its own numbering starts another row: it is no tail of this label.
    if (startsWithNumbering(rows[at])) break;
    below.push(at);
  }
  return below;
}

function joinAround(
  rows: readonly LogicalRow[],
  index: number,
  above: readonly number[],
  below: readonly number[],
  names: RowNamer,
  claimed: ReadonlySet<string>,
): { id: string; label: Token; before: number[]; after: number[] } | null {
  const row = rows[index];
  for (let total = 1; total <= above.length + below.length; total += 1) {
    for (let taken = Math.min(total, above.length); taken >= 0; taken -= 1) {
      const after = total - taken;
      if (after > below.length) continue;
      const before = above.slice(above.length - taken);
      const next = below.slice(0, after);
      const tokens = labelsOf([
        ...before.map((at) => rows[at]),
        row,
        ...next.map((at) => rows[at]),
      ]);
      const id = named(tokens, names);
      if (id && !claimed.has(id)) {
        const location = row.labels[0]?.location ?? rows[before[0] ?? index].location;
        const text = readings(tokens).find((reading) => names(reading) === id) ?? joinText(tokens);
        return { id, label: { text, kind: 'text', location, slot: 0 }, before, after: next };
      }
    }
  }
  return null;
}

/**
 * A row named by nothing whose line above is a numbered label fragment (`1.申请人无正当理由期不补正、`
 * above `不再处理其政府信息公开申请 0 0 …`): the fragment is the head of its label, wrapped by a
 * PDF, even where a typo hides the keyword; the joined label is then matched by likeness.
 */
function withNumberedHead(
  rows: readonly LogicalRow[],
  row: LogicalRow,
  above: readonly number[],
  result: LogicalRow[],
): LogicalRow {
  const head = above.length > 0 ? rows[above[above.length - 1]] : null;
  if (!head || !startsWithNumbering(head) || row.labels.length === 0) return row;
  const position = result.indexOf(head);
  if (position < 0) return row;
  result.splice(position, 1);
  const text = joinText([...head.labels, ...row.labels]);
  return { ...row, labels: [{ ...head.labels[0], text }] };
}
