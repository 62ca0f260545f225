import type { Draft, Field, Fields, Values } from './fields';

export interface FinishContext {
  /** The time defaults count from (the year range ends last year). */
  readonly now: Date;
  /** Adds a problem the 400 names (a rule across fields). */
  problem(message: string): void;
}

/**
 * One endpoint's query: its fields, and `finish` turning the checked values into what the
 * endpoint takes (rules across fields, defaults that depend on other fields).
 */
export interface QueryDeclaration<F extends Fields = Fields, Out = unknown> {
  readonly fields: F;
  // A method, so that any declaration passes where its fields are not known (writing, docs).
  finish(draft: Draft<F>, context: FinishContext): Out;
}

/** What a declared query parses to. */
export type QueryOf<D> = D extends { finish(...args: never[]): infer Out } ? Out : never;

export function declareQuery<const F extends Fields>(fields: F): QueryDeclaration<F, Values<F>>;
export function declareQuery<const F extends Fields, Out>(
  fields: F,
  finish: (draft: Draft<F>, context: FinishContext) => Out,
): QueryDeclaration<F, Out>;
export function declareQuery<const F extends Fields, Out>(
  fields: F,
  // Without a rule of its own the checked values are the answer: every required field is there
  // once no problem was found, and only then is the answer used.
  finish: (draft: Draft<F>, context: FinishContext) => Out = (draft) => draft as Out,
): QueryDeclaration<F, Out> {
  return { fields, finish };
}

export type Raw = Readonly<Record<string, unknown>>;

export type ParseResult<Out> =
  | { ok: true; value: Out; problems: readonly [] }
  | { ok: false; problems: readonly string[] };

/**
 * Checks a query (as Express parses it: a value given twice is a list) against a declaration,
 * collecting every problem so that one 400 names them all. Only checked values come out:
 * nothing from the request reaches SQL as text.
 */
export function parseQuery<F extends Fields, Out>(
  declaration: QueryDeclaration<F, Out>,
  raw: Raw,
  now: Date = new Date(),
): ParseResult<Out> {
  const problems: string[] = [];
  const unknown = unknownNamesProblem(raw, Object.keys(declaration.fields));
  if (unknown) problems.push(unknown);
  const draft: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(declaration.fields)) {
    const value = readField(name, spec, raw[name], problems);
    const settled = value ?? ('default' in spec ? spec.default : undefined);
    if (settled !== undefined) draft[name] = settled;
  }
  const value = declaration.finish(draft as Draft<F>, {
    now,
    problem: (message) => problems.push(message),
  });
  return problems.length === 0 ? { ok: true, value, problems: [] } : { ok: false, problems };
}

/** "unknown parameter x (allowed: …)" when `raw` names something not `known`. */
export function unknownNamesProblem(
  raw: Raw,
  known: readonly string[],
  word: 'parameter' | 'field' = 'parameter',
): string | null {
  const extra = Object.keys(raw).filter((name) => !known.includes(name));
  if (extra.length === 0) return null;
  return `unknown ${word}${extra.length > 1 ? 's' : ''} ${extra.join(', ')} (allowed: ${known.join(', ')})`;
}

function readField(name: string, spec: Field, raw: unknown, problems: string[]): unknown {
  const value = single(name, raw, problems);
  if (value === undefined) {
    // Absent or blank (given twice is already a problem of its own).
    const missing = raw === undefined || typeof raw === 'string';
    if ('required' in spec && spec.required !== undefined && missing) {
      problems.push(`${name} is required (${spec.required})`);
    }
    return undefined;
  }
  switch (spec.kind) {
    case 'int':
      return wholeNumber(name, value, spec.min, spec.max, problems);
    case 'choice':
      if ((spec.values as readonly string[]).includes(value)) return value;
      problems.push(`${name} must be one of ${spec.values.join(', ')} (got "${value}")`);
      return undefined;
    case 'intList': {
      const items = list(name, value, spec.maxItems, problems, spec.hint);
      if (!items) return undefined;
      const numbers = items.map((item) => wholeNumber(name, item, spec.min, spec.max, problems));
      return numbers.every((item) => item !== undefined) ? [...new Set(numbers)] : undefined;
    }
    case 'wordList': {
      const items = list(name, value, spec.maxItems, problems);
      if (!items) return undefined;
      if (items.length === 0 && spec.required !== undefined) {
        problems.push(`${name} is required (${spec.required})`);
        return undefined;
      }
      const unknown = items.filter((item) => !(spec.values as readonly string[]).includes(item));
      if (unknown.length === 0) return [...new Set(items)];
      problems.push(
        `${name}: unknown ${unknown.map((item) => `"${item}"`).join(', ')} (allowed: ${spec.values.join(', ')})`,
      );
      return undefined;
    }
    case 'text':
      if (spec.pattern && !spec.pattern.test(value)) {
        problems.push(spec.mismatch?.(value) ?? `${name} must match ${String(spec.pattern)}`);
        return undefined;
      }
      if (spec.maxLength !== undefined && value.length > spec.maxLength) {
        problems.push(`${name} must be at most ${spec.maxLength} characters (got ${value.length})`);
        return undefined;
      }
      return value;
    case 'flag':
      if (value === 'true' || value === 'false') return value === 'true';
      problems.push(`${name} must be true or false (got "${value}")`);
      return undefined;
  }
}

/** The text of a parameter given once, trimmed; blank counts as not given. */
function single(name: string, raw: unknown, problems: string[]): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') {
    problems.push(`${name} must be given once`);
    return undefined;
  }
  return raw.trim() === '' ? undefined : raw.trim();
}

function wholeNumber(
  name: string,
  value: string,
  min: number,
  max: number,
  problems: string[],
): number | undefined {
  const parsed = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max} (got "${value}")`);
    return undefined;
  }
  return parsed;
}

function list(
  name: string,
  value: string,
  maxItems: number,
  problems: string[],
  hint?: string,
): string[] | undefined {
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length > maxItems) {
    problems.push(
      `${name} takes at most ${maxItems} values (got ${items.length})${hint ? `: ${hint}` : ''}`,
    );
    return undefined;
  }
  return items;
}
