import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

const DOCUMENT_CONFIG = new DocumentBuilder()
  .setTitle('OGI Dashboard API')
  .setDescription(
    'Annual reports on government information disclosure: upload, storage, versions and reading.',
  )
  .setVersion('1')
  .build();

/**
 * The OpenAPI document of the api's routes and DTOs: the one served at /api/docs-json and the one
 * committed as the contract (libs/api-contract) are both made here, so they cannot differ.
 * `app` must already carry the global prefix (setupApp).
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(app, DOCUMENT_CONFIG);
}
