import { applyDecorators, Injectable, type PipeTransform } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody } from '@nestjs/swagger';
import { bodySchemaDoc, parseBody, type BodyDeclaration, type BodyFields } from '@ogi/api-params';
import { badRequest } from './problems';

/**
 * The JSON body of an endpoint in the OpenAPI document, from its declaration (@ogi/api-params),
 * with the 400 that names a bad or unknown field (`badRequest` when the endpoint refuses other
 * things too: one 400 description per operation).
 */
export function ApiDeclaredBody<F extends BodyFields>(
  declaration: BodyDeclaration<F, unknown>,
  options: { required?: boolean; badRequest?: string } = {},
) {
  return applyDecorators(
    ApiBody({ schema: bodySchemaDoc(declaration), required: options.required ?? true }),
    ApiBadRequestResponse({
      description: options.badRequest ?? 'A field is invalid or unknown; the message names it',
    }),
  );
}

/** `@Body(new DeclaredBody(declaration))`: the body checked and parsed, or one 400 naming every problem. */
@Injectable()
export class DeclaredBody<F extends BodyFields, Out> implements PipeTransform<unknown, Out> {
  constructor(private readonly declaration: BodyDeclaration<F, Out>) {}

  transform(body: unknown): Out {
    const result = parseBody(this.declaration, body);
    if (!result.ok) throw badRequest(result.problems, this.declaration.wording.conclusion);
    return result.value;
  }
}
