import {
  Body,
  Controller,
  Get,
  HttpCode,
  Post,
  Query,
  type INestApplication,
} from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import {
  bodyField,
  declareBody,
  declareQuery,
  field,
  type BodyOf,
  type QueryOf,
} from '@ogi/api-params';
import request from 'supertest';
import { ApiDeclaredBody, DeclaredBody } from './declared-body';
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

const noteBody = declareBody(
  {
    text: bodyField.text({ maxLength: 10, required: true, description: 'The note' }),
    officeId: bodyField.id({ onNull: 'value' }),
  },
  { unknown: 'field', conclusion: 'nothing was changed' },
);

@Controller('notes')
class NotesController {
  @Post()
  @HttpCode(200)
  @ApiDeclaredBody(noteBody)
  add(@Body(new DeclaredBody(noteBody)) note: BodyOf<typeof noteBody>) {
    return note;
  }
}

describe('declared requests on Nest endpoints', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      controllers: [ThingsController, NotesController],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
  }, 30_000);
  afterAll(() => app?.close());

  const openApi = () => SwaggerModule.createDocument(app, new DocumentBuilder().build());

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
    const operation = openApi().paths['/things'].get;
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

  it('hands the handler the checked body', async () => {
    const res = await request(app.getHttpServer())
      .post('/notes')
      .send({ text: ' hi ', officeId: null })
      .expect(200);
    expect(res.body).toEqual({ text: 'hi', officeId: null });
  });

  it('answers one 400 naming every problem, then the conclusion', async () => {
    const res = await request(app.getHttpServer())
      .post('/notes')
      .send({ officeId: 'x', colour: 'red' })
      .expect(400);
    const problems = [
      'unknown field colour (allowed: text, officeId)',
      'text is required',
      'officeId must be a positive whole number or null (got "x")',
    ];
    expect(res.body.problems).toEqual(problems);
    expect(res.body.message).toBe(`${problems.join('; ')}; nothing was changed`);
  });

  it('documents the body in the OpenAPI document from the declaration', () => {
    const operation = openApi().paths['/notes'].post;
    expect(operation?.requestBody).toMatchObject({
      required: true,
      content: {
        'application/json': {
          schema: {
            type: 'object',
            required: ['text'],
            additionalProperties: false,
            properties: {
              text: { type: 'string', minLength: 1, maxLength: 10, description: 'The note' },
              officeId: { type: 'integer', minimum: 1, nullable: true },
            },
          },
        },
      },
    });
    expect(operation?.responses['400']).toBeDefined();
  });
});
