/**
 * What one field of a JSON body takes. A body declaration is a record of these: it checks a
 * request's body (the 400 messages name the field and the rule), gives the parsed value's type,
 * describes the body in the OpenAPI document and types what the web sends.
 */
interface BodyFieldBase {
  /** Said in the OpenAPI document. */
  readonly description?: string;
  /** Must be given; a text is the hint of the "is required" message. */
  readonly required?: true | string;
  /** What JSON `null` means: a value of its own, or the same as leaving the field out. */
  readonly onNull?: 'value' | 'absent';
  /** The message when the value is given but wrong (instead of the kind's own). */
  readonly invalid?: (value: unknown) => string;
}

/** A JSON string, trimmed, not blank. `check` adds a rule ("name: <problem>"). */
export interface BodyTextField extends BodyFieldBase {
  readonly kind: 'text';
  readonly maxLength?: number;
  readonly pattern?: RegExp;
  /** The message when the trimmed text does not match `pattern` (default: `invalid`). */
  readonly mismatch?: (value: string) => string;
  readonly check?: (value: string) => string | null;
  readonly example?: string;
}

/** A JSON string taken as sent (a password): anything else is "required". */
export interface BodySecretField extends BodyFieldBase {
  readonly kind: 'secret';
  readonly check?: (value: string) => string | null;
}

/** One of a few words. `registry` names where they are listed when the list grows. */
export interface BodyChoiceField<T extends string = string> extends BodyFieldBase {
  readonly kind: 'choice';
  readonly values: readonly T[];
  readonly registry?: string;
}

/** A JSON whole number in range, both ends included. */
export interface BodyIntField extends BodyFieldBase {
  readonly kind: 'int';
  readonly min: number;
  readonly max: number;
}

/** A row id: a positive JSON whole number. */
export interface BodyIdField extends BodyFieldBase {
  readonly kind: 'id';
}

/** Any finite JSON number. */
export interface BodyNumberField extends BodyFieldBase {
  readonly kind: 'number';
}

/** JSON `true` or `false`. */
export interface BodyFlagField extends BodyFieldBase {
  readonly kind: 'flag';
}

/** A JSON array of texts, each trimmed and 1 to `maxLength` characters. */
export interface BodyTextListField extends BodyFieldBase {
  readonly kind: 'textList';
  readonly maxLength: number;
}

/** A JSON array of at most `maxItems` row ids, duplicates dropped. */
export interface BodyIdListField extends BodyFieldBase {
  readonly kind: 'idList';
  readonly maxItems: number;
}

/**
 * A JSON object of at most `maxEntries` cells: each name a text, each value a number, null (a
 * cell left empty) or DASH_VALUE (a cell printed as a dash). Which names exist is the endpoint's.
 */
export interface BodyCellValuesField extends BodyFieldBase {
  readonly kind: 'cellValues';
  readonly maxEntries: number;
}

/** How a JSON body says a cell was printed as a dash (—) rather than left empty. */
export const DASH_VALUE = '-';
export type CellInput = number | null | typeof DASH_VALUE;

export type BodyField =
  | BodyCellValuesField
  | BodyTextField
  | BodySecretField
  | BodyChoiceField
  | BodyIntField
  | BodyIdField
  | BodyNumberField
  | BodyFlagField
  | BodyTextListField
  | BodyIdListField;
export type BodyFields = Readonly<Record<string, BodyField>>;

type Options<F extends BodyField> = Omit<
  F,
  'kind' | 'min' | 'max' | 'values' | 'maxItems' | 'maxEntries'
>;

/** Builders that keep the literal words, `required` and `onNull` in the field's type. */
export const bodyField = {
  text: <const O extends Options<BodyTextField>>(options: O) =>
    ({ kind: 'text', ...options }) as const,
  secret: <const O extends Options<BodySecretField>>(options: O) =>
    ({ kind: 'secret', ...options }) as const,
  choice: <const T extends string, const O extends Options<BodyChoiceField<T>>>(
    values: readonly T[],
    options: O,
  ) => ({ kind: 'choice', values, ...options }) as const,
  int: <const O extends Options<BodyIntField>>(min: number, max: number, options: O) =>
    ({ kind: 'int', min, max, ...options }) as const,
  id: <const O extends Options<BodyIdField>>(options: O) => ({ kind: 'id', ...options }) as const,
  number: <const O extends Options<BodyNumberField>>(options: O) =>
    ({ kind: 'number', ...options }) as const,
  flag: <const O extends Options<BodyFlagField>>(options: O) =>
    ({ kind: 'flag', ...options }) as const,
  textList: <const O extends Options<BodyTextListField>>(options: O) =>
    ({ kind: 'textList', ...options }) as const,
  idList: <const O extends Options<BodyIdListField>>(maxItems: number, options: O) =>
    ({ kind: 'idList', maxItems, ...options }) as const,
  cellValues: <const O extends Options<BodyCellValuesField>>(maxEntries: number, options: O) =>
    ({ kind: 'cellValues', maxEntries, ...options }) as const,
};

/** The value of one field as JSON carries it (without null). */
type JsonOf<F> = F extends { kind: 'text' | 'secret' }
  ? string
  : F extends { kind: 'choice'; values: readonly (infer T)[] }
    ? T
    : F extends { kind: 'int' | 'id' | 'number' }
      ? number
      : F extends { kind: 'flag' }
        ? boolean
        : F extends { kind: 'textList' }
          ? string[]
          : F extends { kind: 'idList' }
            ? number[]
            : F extends { kind: 'cellValues' }
              ? Record<string, CellInput>
              : never;

/** The parsed value of one field: null where null is a value of its own. */
export type BodyValueOf<F> = F extends { onNull: 'value' } ? JsonOf<F> | null : JsonOf<F>;

type Simplify<T> = { [K in keyof T]: T[K] };
type IsRequired<F> = F extends { required: true | string } ? true : false;

/** The fields of a body that passed. */
export type BodyValues<F extends BodyFields> = Simplify<
  { -readonly [K in keyof F as IsRequired<F[K]> extends true ? K : never]: BodyValueOf<F[K]> } & {
    -readonly [K in keyof F as IsRequired<F[K]> extends true ? never : K]?: BodyValueOf<F[K]>;
  }
>;

/** What a client may send: required fields, the others optional; read-only lists welcome. */
export type BodyInputOf<F extends BodyFields> = Simplify<
  { -readonly [K in keyof F as IsRequired<F[K]> extends true ? K : never]: Sendable<F[K]> } & {
    -readonly [K in keyof F as IsRequired<F[K]> extends true ? never : K]?: Sendable<F[K]>;
  }
>;

type Sendable<F> = BodyValueOf<F> extends (infer T)[] ? readonly T[] : BodyValueOf<F>;
