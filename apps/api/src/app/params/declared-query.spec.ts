import { Controller, Get, Query, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { declareQuery, field, type QueryOf } from '@ogi/api-params';
import request from 'supertest';
import { ApiDeclaredQuery, DeclaredQuery } from './declared-query';

const pageQuery = declareQuery({
  page: field.int(1, 100, { default: 1, description: 'From 1' }),
  kinds: field.wordList(['a', 'b'], 2, { required: 'a or b' }),
});

@Controller('things')
class ThingsController {
  @Get()
  @ApiDeclaredQuery(pageQuery)
  list(@Query(new DeclaredQuery(pageQuery)) query: QueryOf<typeof pageQuery>) {
    return query;
  }
}

describe('a declared query on a Nest endpoint', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ controllers: [ThingsController] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
  }, 30_000);
  afterAll(() => app?.close());

  it('hands the handler the parsed values', async () => {
    const res = await request(app.getHttpServer()).get('/things?kinds=b,a&page=3').expect(200);
    expect(res.body).toEqual({ page: 3, kinds: ['b', 'a'] });
  });

  it('answers one 400 naming every problem', async () => {
    const res = await request(app.getHttpServer()).get('/things?page=0&colour=red').expect(400);
    expect(res.body).toMatchObject({
      statusCode: 400,
      problems: [
        'unknown parameter colour (allowed: page, kinds)',
        'page must be a whole number from 1 to 100 (got "0")',
        'kinds is required (a or b)',
      ],
    });
  });

  it('documents the parameters in the OpenAPI document from the declaration', () => {
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    const operation = document.paths['/things'].get;
    expect(operation?.parameters).toEqual([
      {
        name: 'page',
        in: 'query',
        required: false,
        description: 'From 1',
        schema: { type: 'integer', minimum: 1, maximum: 100, default: 1 },
      },
      {
        name: 'kinds',
        in: 'query',
        required: true,
        style: 'form',
        explode: false,
        schema: { type: 'array', maxItems: 2, items: { type: 'string', enum: ['a', 'b'] } },
      },
    ]);
    expect(operation?.responses['400']).toBeDefined();
  });
});
