import { DASH_VALUE, type BodyField, type BodyFields } from './body-fields';
import type { BodyDeclaration } from './declare-body';
import { ID_MAX } from '@ogi/report-schema';

function schemaOf(spec: BodyField): Record<string, unknown> {
  switch (spec.kind) {
    case 'text':
      return {
        type: 'string',
        minLength: 1,
        maxLength: spec.maxLength,
        pattern: spec.pattern?.source,
        example: spec.example,
      };
    case 'secret':
      return { type: 'string' };
    case 'choice':
      return spec.registry ? { type: 'string' } : { type: 'string', enum: [...spec.values] };
    case 'int':
      return { type: 'integer', minimum: spec.min, maximum: spec.max };
    case 'id':
      return { type: 'integer', minimum: 1, maximum: ID_MAX };
    case 'number':
      return { type: 'number' };
    case 'flag':
      return { type: 'boolean' };
    case 'textList':
      return { type: 'array', items: { type: 'string', minLength: 1, maxLength: spec.maxLength } };
    case 'idList':
      return {
        type: 'array',
        maxItems: spec.maxItems,
        items: { type: 'integer', minimum: 1, maximum: ID_MAX },
      };
    case 'cellValues':
      return {
        type: 'object',
        maxProperties: spec.maxEntries,
        additionalProperties: {
          nullable: true,
          oneOf: [{ type: 'number' }, { type: 'string', enum: [DASH_VALUE] }],
        },
      };
  }
}

const defined = (schema: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(schema).filter(([, value]) => value !== undefined));

/** A declared body as the OpenAPI 3.0 schema of its JSON (unknown fields refused). */
export function bodySchemaDoc<F extends BodyFields>(
  declaration: BodyDeclaration<F, unknown>,
): Record<string, unknown> {
  const entries = Object.entries(declaration.fields);
  const required = entries.filter(([, spec]) => spec.required !== undefined).map(([name]) => name);
  return {
    type: 'object',
    properties: Object.fromEntries(
      entries.map(([name, spec]) => [
        name,
        defined({
          ...schemaOf(spec),
          // Null meaning "not given" is a leniency, not part of the contract.
          nullable: spec.onNull === 'value' ? true : undefined,
          description: spec.description,
        }),
      ]),
    ),
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
  };
}
