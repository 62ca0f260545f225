import { applyDecorators, Injectable, type PipeTransform } from '@nestjs/common';
import { ApiBadRequestResponse, ApiQuery } from '@nestjs/swagger';
import {
  parseQuery,
  queryParameterDocs,
  type Fields,
  type QueryDeclaration,
  type Raw,
} from '@ogi/api-params';
import { badRequest } from './problems';

/**
 * The query parameters of an endpoint in the OpenAPI document, from its declaration
 * (@ogi/api-params), with the 400 that names a bad or unknown one (`badRequest` when the
 * endpoint refuses other things too: one 400 description per operation).
 */
export function ApiDeclaredQuery<F extends Fields>(
  declaration: QueryDeclaration<F, unknown>,
  badRequest = 'A parameter is invalid or unknown; the message names it',
) {
  return applyDecorators(
    ...queryParameterDocs(declaration).map((parameter) => ApiQuery(parameter)),
    ApiBadRequestResponse({ description: badRequest }),
  );
}

/** `@Query(new DeclaredQuery(declaration))`: the query checked and parsed, or one 400 naming every problem. */
@Injectable()
export class DeclaredQuery<F extends Fields, Out> implements PipeTransform<Raw, Out> {
  constructor(private readonly declaration: QueryDeclaration<F, Out>) {}

  transform(raw: Raw): Out {
    const result = parseQuery(this.declaration, raw ?? {});
    if (!result.ok) throw badRequest(result.problems);
    return result.value;
  }
}
