import type { QueryDeclaration } from './declare-query';
import type { Fields, ValueOf } from './fields';

/** Values to write: any field may be left out (undefined, null, an empty list). */
export type QueryInput<F extends Fields> = {
  [K in keyof F]?: ValueOf<F[K]> | null;
};

/**
 * The values as query parameters in the declaration's order, lists as comma lists; fields left
 * out, null, blank or empty are not written. Parsing the result gives the values back.
 */
export function queryParams<F extends Fields>(
  declaration: QueryDeclaration<F, unknown>,
  values: QueryInput<F>,
): Record<string, string> {
  const params: Record<string, string> = {};
  for (const name of Object.keys(declaration.fields)) {
    const value: unknown = values[name];
    if (value === undefined || value === null) continue;
    const text = Array.isArray(value) ? value.join(',') : String(value);
    if (text !== '') params[name] = text;
  }
  return params;
}

/** `?a=1&ids=3,5` with commas left readable (comma lists are what the API takes); '' if empty. */
export function queryString(
  params: Readonly<Record<string, string | number | null | undefined>>,
): string {
  const parts = Object.entries(params)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(
      ([key, value]) =>
        `${encodeURIComponent(key)}=${encodeURIComponent(String(value)).replace(/%2C/g, ',')}`,
    );
  return parts.length ? `?${parts.join('&')}` : '';
}
