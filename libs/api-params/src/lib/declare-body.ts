import {
  DASH_VALUE,
  type BodyField,
  type BodyFields,
  type BodyInputOf,
  type BodyValues,
  type CellInput,
} from './body-fields';
import { ID_MAX } from '@ogi/report-schema';
import { unknownNamesProblem, type ParseResult } from './declare-query';

export interface BodyFinishContext {
  /** Whether a field was refused already (rules across fields then say nothing more). */
  readonly failed: boolean;
  /** Adds a problem the 400 names (a rule across fields). */
  problem(message: string): void;
}

/** How an endpoint words its refusals (older endpoints say "field" and end with a sentence). */
export interface BodyWording {
  /** "unknown parameter x" (default) or "unknown field x". */
  readonly unknown?: 'parameter' | 'field';
  /** Said after the problems in the 400's message, e.g. "nothing was changed". */
  readonly conclusion?: string;
}

/**
 * One endpoint's JSON body: its fields, and `finish` turning the checked values into what the
 * endpoint takes (rules across fields, defaults that depend on other fields).
 */
export interface BodyDeclaration<F extends BodyFields = BodyFields, Out = unknown> {
  readonly fields: F;
  readonly wording: BodyWording;
  /**
   * Given the checked fields as if every one passed: when `context.failed` one may be missing,
   * and the answer is dropped (the 400 goes out), so rules only must not throw on a gap.
   */
  // A method, so that any declaration passes where its fields are not known (docs, the pipe).
  finish(values: BodyValues<F>, context: BodyFinishContext): Out;
}

/** What a declared body parses to. */
export type BodyOf<D> = D extends { finish(...args: never[]): infer Out } ? Out : never;

/** What a client sends as the body (the web's calls take this). */
export type BodyInput<D> = D extends { fields: infer F extends BodyFields }
  ? BodyInputOf<F>
  : never;

export function declareBody<const F extends BodyFields>(
  fields: F,
  wording?: BodyWording,
): BodyDeclaration<F, BodyValues<F>>;
export function declareBody<const F extends BodyFields, Out>(
  fields: F,
  wording: BodyWording,
  finish: (values: BodyValues<F>, context: BodyFinishContext) => Out,
): BodyDeclaration<F, Out>;
export function declareBody<const F extends BodyFields, Out>(
  fields: F,
  wording: BodyWording = {},
  finish: (values: BodyValues<F>, context: BodyFinishContext) => Out = (values) => values as Out,
): BodyDeclaration<F, Out> {
  return { fields, wording, finish };
}

/**
 * Checks a JSON body against a declaration, collecting every problem so that one 400 names them
 * all. No body counts as an empty object. Only checked values come out: fields not given stay
 * out of the answer, so "only the fields given change" holds for updates.
 */
export function parseBody<F extends BodyFields, Out>(
  declaration: BodyDeclaration<F, Out>,
  body: unknown,
): ParseResult<Out> {
  const problems: string[] = [];
  const raw = (body ?? {}) as Record<string, unknown>;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, problems: ['the body must be a JSON object'] };
  }
  const unknown = unknownNamesProblem(
    raw,
    Object.keys(declaration.fields),
    declaration.wording.unknown,
  );
  if (unknown) problems.push(unknown);
  const checked: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(declaration.fields)) {
    const value = readBodyField(name, spec, raw[name], problems);
    if (value !== undefined) checked[name] = value;
  }
  // Every required field is there once no problem was found, and only then is the answer used.
  const value = declaration.finish(checked as BodyValues<F>, {
    failed: problems.length > 0,
    problem: (message) => problems.push(message),
  });
  return problems.length === 0 ? { ok: true, value, problems: [] } : { ok: false, problems };
}

const isId = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 1 && value <= ID_MAX;

function readBodyField(name: string, spec: BodyField, value: unknown, problems: string[]): unknown {
  if (value === undefined || (value === null && spec.onNull === 'absent')) {
    if (spec.required !== undefined) {
      const hint = typeof spec.required === 'string' ? ` (${spec.required})` : '';
      problems.push(`${name} is required${hint}`);
    }
    return undefined;
  }
  if (value === null && spec.onNull === 'value') return null;
  const refuse = (message: string) => {
    problems.push(spec.invalid?.(value) ?? message);
    return undefined;
  };
  const got = JSON.stringify(value);
  switch (spec.kind) {
    case 'text': {
      const text = typeof value === 'string' ? value.trim() : '';
      const wrong =
        spec.maxLength === undefined
          ? `${name} must be a non-empty string`
          : `${name} must be a text of 1 to ${spec.maxLength} characters`;
      if (text === '' || (spec.maxLength !== undefined && text.length > spec.maxLength)) {
        return refuse(wrong);
      }
      if (spec.pattern && !spec.pattern.test(text)) {
        if (spec.mismatch) problems.push(spec.mismatch(text));
        else refuse(`${name} must match ${String(spec.pattern)}`);
        return undefined;
      }
      return checked(name, text, spec.check, problems);
    }
    case 'secret':
      if (typeof value !== 'string') return refuse(`${name} is required`);
      return checked(name, value, spec.check, problems);
    case 'choice':
      if (typeof value === 'string' && (spec.values as readonly string[]).includes(value)) {
        return value;
      }
      return refuse(`${name} must be one of ${spec.values.join(', ')} (got ${got})`);
    case 'int':
      if (
        typeof value === 'number' &&
        Number.isSafeInteger(value) &&
        value >= spec.min &&
        value <= spec.max
      ) {
        return value;
      }
      return refuse(`${name} must be a whole number from ${spec.min} to ${spec.max} (got ${got})`);
    case 'id': {
      if (isId(value)) return value;
      const orNull = spec.onNull === 'value' ? ' or null' : '';
      return refuse(`${name} must be a positive whole number${orNull} (got ${got})`);
    }
    case 'number':
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      return refuse(
        `${name} must be a number${spec.onNull === 'value' ? ' or null' : ''} (got ${got})`,
      );
    case 'flag':
      if (typeof value === 'boolean') return value;
      return refuse(`${name} must be true or false (got ${got})`);
    case 'textList': {
      const fits = (item: unknown) =>
        typeof item === 'string' && item.trim() !== '' && item.trim().length <= spec.maxLength;
      if (Array.isArray(value) && value.every(fits)) {
        return (value as string[]).map((item) => item.trim());
      }
      return refuse(`${name} must be a list of texts of 1 to ${spec.maxLength} characters`);
    }
    case 'idList': {
      if (!Array.isArray(value)) return refuse(`${name} must be a list of positive whole numbers`);
      const bad = value.find((item) => !isId(item));
      if (bad !== undefined) {
        return refuse(
          `${name} must be a list of positive whole numbers (got ${JSON.stringify(bad)})`,
        );
      }
      if (value.length > spec.maxItems) {
        return refuse(`${name} takes at most ${spec.maxItems} ids (got ${value.length})`);
      }
      return [...new Set(value as number[])];
    }
    case 'cellValues':
      return readCellValues(name, spec.maxEntries, value, refuse);
  }
}

/** A cell map as sent; the names are the endpoint's to judge. */
function readCellValues(
  name: string,
  maxEntries: number,
  value: unknown,
  refuse: (message: string) => undefined,
): Record<string, CellInput> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refuse(`${name} must be an object of cell values`);
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > maxEntries) {
    return refuse(`${name} takes at most ${maxEntries} cells (got ${entries.length})`);
  }
  const bad = entries.find(
    ([, cell]) =>
      cell !== null && cell !== DASH_VALUE && !(typeof cell === 'number' && Number.isFinite(cell)),
  );
  if (bad) {
    return refuse(
      `${name}.${bad[0]} must be a number, null (empty) or "${DASH_VALUE}" (a dash) (got ${JSON.stringify(bad[1])})`,
    );
  }
  // A prototype-less copy: a key such as "__proto__" stays a plain (unknown) key.
  return Object.assign(
    Object.create(null) as Record<string, CellInput>,
    Object.fromEntries(entries),
  );
}

function checked(
  name: string,
  value: string,
  check: ((value: string) => string | null) | undefined,
  problems: string[],
): string | undefined {
  const problem = check?.(value);
  if (!problem) return value;
  problems.push(`${name}: ${problem}`);
  return undefined;
}
