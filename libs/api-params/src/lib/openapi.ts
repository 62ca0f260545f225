import type { QueryDeclaration } from './declare-query';
import type { Field, Fields } from './fields';

/** An OpenAPI 3 query parameter (the subset a declaration says). */
export interface QueryParameterDoc {
  name: string;
  required: boolean;
  description?: string;
  schema: Record<string, unknown>;
  /** Comma lists: `?ids=1,2` (form style, not exploded). */
  style?: 'form';
  explode?: false;
}

function schemaOf(spec: Field): Record<string, unknown> {
  switch (spec.kind) {
    case 'int':
      return { type: 'integer', minimum: spec.min, maximum: spec.max, default: spec.default };
    case 'choice':
      return { type: 'string', enum: [...spec.values], default: spec.default };
    case 'intList':
      return {
        type: 'array',
        maxItems: spec.maxItems,
        items: { type: 'integer', minimum: spec.min, maximum: spec.max },
      };
    case 'wordList':
      return {
        type: 'array',
        maxItems: spec.maxItems,
        items: spec.registry ? { type: 'string' } : { type: 'string', enum: [...spec.values] },
      };
    case 'text':
      return { type: 'string', maxLength: spec.maxLength, pattern: spec.pattern?.source };
    case 'flag':
      return { type: 'boolean', default: spec.default };
  }
}

const defined = (schema: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(schema).filter(([, value]) => value !== undefined));

/** The query parameters of a declaration as the OpenAPI document lists them, in order. */
export function queryParameterDocs<F extends Fields>(
  declaration: QueryDeclaration<F, unknown>,
): QueryParameterDoc[] {
  return Object.entries(declaration.fields).map(([name, spec]) => {
    const list = spec.kind === 'intList' || spec.kind === 'wordList';
    return {
      name,
      required: 'required' in spec && spec.required !== undefined,
      ...(spec.description ? { description: spec.description } : {}),
      schema: defined(schemaOf(spec)),
      ...(list ? { style: 'form' as const, explode: false as const } : {}),
    };
  });
}

/** The fields of a declaration as the properties of a form body's schema (multipart uploads). */
export function formPropertyDocs<F extends Fields>(
  declaration: QueryDeclaration<F, unknown>,
): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    queryParameterDocs(declaration).map(({ name, description, schema }) => [
      name,
      description ? { ...schema, description } : schema,
    ]),
  );
}
