/**
 * What one query parameter takes. A declaration is a record of these: it checks a request's
 * query (the 400 messages name the parameter and the rule), gives the parsed value's type,
 * describes the parameter in the OpenAPI document and writes it back into a query string.
 */
interface FieldBase {
  /** Said in the OpenAPI document. */
  readonly description?: string;
}

/** The bounds of a whole number, both included. */
interface Range {
  readonly min: number;
  readonly max: number;
}

/** A whole number in range. */
export interface IntField extends FieldBase, Range {
  readonly kind: 'int';
  readonly default?: number;
}

/** One of a few words. `required` is the hint of the "is required" message. */
export interface ChoiceField<T extends string = string> extends FieldBase {
  readonly kind: 'choice';
  readonly values: readonly T[];
  readonly default?: T;
  readonly required?: string;
}

/** A comma list of whole numbers in range, duplicates dropped; `hint` follows "too many". */
export interface IntListField extends FieldBase, Range {
  readonly kind: 'intList';
  readonly maxItems: number;
  readonly hint?: string;
}

/**
 * A comma list of allowed words, duplicates dropped. `registry` names where the words are listed
 * when they come from a list that grows (metrics, charts): the OpenAPI document then says
 * "strings, see there" instead of listing them, so adding a metric or a chart does not change
 * the API's contract.
 */
export interface WordListField<T extends string = string> extends FieldBase {
  readonly kind: 'wordList';
  readonly values: readonly T[];
  readonly maxItems: number;
  readonly required?: string;
  readonly registry?: string;
}

/** A text (trimmed); `mismatch` words the message when it does not match `pattern`. */
export interface TextField extends FieldBase {
  readonly kind: 'text';
  readonly maxLength?: number;
  readonly pattern?: RegExp;
  readonly mismatch?: (value: string) => string;
}

/** `true` or `false`. */
export interface FlagField extends FieldBase {
  readonly kind: 'flag';
  readonly default: boolean;
}

export type Field = IntField | ChoiceField | IntListField | WordListField | TextField | FlagField;
export type Fields = Readonly<Record<string, Field>>;

type Options<F extends Field> = Omit<F, 'kind' | 'min' | 'max' | 'values' | 'maxItems'>;

/** Builders that keep the literal words and whether a default is given in the field's type. */
export const field = {
  int: <const O extends Options<IntField>>(min: number, max: number, options: O) =>
    ({ kind: 'int', min, max, ...options }) as const,
  choice: <const T extends string, const O extends Options<ChoiceField<T>>>(
    values: readonly T[],
    options: O,
  ) => ({ kind: 'choice', values, ...options }) as const,
  intList: <const O extends Options<IntListField>>(
    min: number,
    max: number,
    maxItems: number,
    options: O,
  ) => ({ kind: 'intList', min, max, maxItems, ...options }) as const,
  wordList: <const T extends string, const O extends Options<WordListField<T>>>(
    values: readonly T[],
    maxItems: number,
    options: O,
  ) => ({ kind: 'wordList', values, maxItems, ...options }) as const,
  text: <const O extends Options<TextField>>(options: O) => ({ kind: 'text', ...options }) as const,
  flag: <const O extends Options<FlagField>>(options: O) => ({ kind: 'flag', ...options }) as const,
};

/** The parsed value of one field. */
export type ValueOf<F> = F extends { kind: 'int' }
  ? number
  : F extends { kind: 'choice'; values: readonly (infer T)[] }
    ? T
    : F extends { kind: 'intList' }
      ? number[]
      : F extends { kind: 'wordList'; values: readonly (infer T)[] }
        ? T[]
        : F extends { kind: 'text' }
          ? string
          : F extends { kind: 'flag' }
            ? boolean
            : never;

type Always<F> = F extends { default: unknown } ? true : false;
type Given<F> = F extends { default: unknown } | { required: string } ? true : false;

type Simplify<T> = { [K in keyof T]: T[K] };

/** The values as checking leaves them for the cross-field rules: a field may have failed. */
export type Draft<F extends Fields> = Simplify<
  { [K in keyof F as Always<F[K]> extends true ? K : never]: ValueOf<F[K]> } & {
    [K in keyof F as Always<F[K]> extends true ? never : K]?: ValueOf<F[K]>;
  }
>;

/** The values of a query that passed: defaulted and required fields are there. */
export type Values<F extends Fields> = Simplify<
  { [K in keyof F as Given<F[K]> extends true ? K : never]: ValueOf<F[K]> } & {
    [K in keyof F as Given<F[K]> extends true ? never : K]?: ValueOf<F[K]>;
  }
>;
