import { bodyField } from './body-fields';
import { bodySchemaDoc } from './body-openapi';
import { declareBody, parseBody, type BodyInput, type BodyOf } from './declare-body';

const body = declareBody(
  {
    name: bodyField.text({ maxLength: 5, required: true }),
    code: bodyField.text({
      pattern: /^\d{2}$/,
      onNull: 'value',
      mismatch: (value: string) => `code is two digits (got "${value}")`,
    }),
    kind: bodyField.choice(['a', 'b'], { description: 'a or b' }),
    parentId: bodyField.id({ onNull: 'value' }),
    year: bodyField.int(2000, 2100, { onNull: 'absent' }),
    value: bodyField.number({ required: 'a number or null', onNull: 'value' }),
    on: bodyField.flag({}),
    aliases: bodyField.textList({ maxLength: 3 }),
    ids: bodyField.idList(2, {}),
    secret: bodyField.secret({ check: (value: string) => (value.length < 3 ? 'too short' : null) }),
  },
  {},
  (values, { problem }) => {
    if (values.kind === 'b' && values.parentId === null) problem('a b needs a parent');
    return values;
  },
);

const problems = (raw: unknown) => parseBody(body, raw).problems;

describe('a declared JSON body', () => {
  it('parses valid fields, trimming texts and dropping repeated ids', () => {
    const result = parseBody(body, {
      name: ' Ann ',
      code: null,
      kind: 'a',
      year: null,
      value: 1.5,
      aliases: [' x '],
      ids: [3, 3],
      secret: ' abc',
    });
    expect(result).toEqual({
      ok: true,
      problems: [],
      value: {
        name: 'Ann',
        code: null,
        kind: 'a',
        value: 1.5,
        aliases: ['x'],
        ids: [3],
        secret: ' abc',
      },
    });
  });

  it('types the parsed value and what a client sends from the declaration', () => {
    const sent: BodyInput<typeof body> = { name: 'Ann', value: null, ids: [1] as const };
    const result = parseBody(body, sent);
    const value: BodyOf<typeof body> | undefined = result.ok ? result.value : undefined;
    expect(value?.value).toBeNull();
    expect(value?.ids).toEqual([1]);
  });

  it('names every problem with its rule, in the order of the declaration', () => {
    expect(
      problems({
        colour: 'red',
        name: '',
        code: '123',
        kind: 'c',
        parentId: 0,
        year: 1999,
        value: 'x',
        on: 'yes',
        aliases: ['toolong'],
        ids: [1, 2, 3],
        secret: 'ab',
      }),
    ).toEqual([
      'unknown parameter colour (allowed: name, code, kind, parentId, year, value, on, aliases, ids, secret)',
      'name must be a text of 1 to 5 characters',
      'code is two digits (got "123")',
      'kind must be one of a, b (got "c")',
      'parentId must be a positive whole number or null (got 0)',
      'year must be a whole number from 2000 to 2100 (got 1999)',
      'value must be a number or null (got "x")',
      'on must be true or false (got "yes")',
      'aliases must be a list of texts of 1 to 3 characters',
      'ids takes at most 2 ids (got 3)',
      'secret: too short',
    ]);
  });

  it('says what is required, with its hint, and treats no body as an empty one', () => {
    expect(problems(undefined)).toEqual([
      'name is required',
      'value is required (a number or null)',
    ]);
    expect(problems({ name: 'A', value: 1, ids: [1, 'x'] })).toEqual([
      'ids must be a list of positive whole numbers (got "x")',
    ]);
  });

  it('refuses a body that is not an object', () => {
    expect(problems([1])).toEqual(['the body must be a JSON object']);
  });

  it('adds the rules across fields', () => {
    expect(problems({ name: 'A', value: null, kind: 'b', parentId: null })).toEqual([
      'a b needs a parent',
    ]);
  });

  it('words unknown fields as the endpoint does, and takes a message of its own', () => {
    const edit = declareBody(
      { on: bodyField.flag({ invalid: () => 'on must be true or false' }) },
      { unknown: 'field' },
    );
    expect(parseBody(edit, { on: 1, off: 2, out: 3 }).problems).toEqual([
      'unknown fields off, out (allowed: on)',
      'on must be true or false',
    ]);
  });

  it('documents the body as a closed JSON object schema', () => {
    const schema = bodySchemaDoc(body) as { properties: Record<string, unknown> };
    expect(schema).toMatchObject({
      type: 'object',
      required: ['name', 'value'],
      additionalProperties: false,
    });
    expect(schema.properties['kind']).toEqual({
      type: 'string',
      enum: ['a', 'b'],
      description: 'a or b',
    });
    expect(schema.properties['code']).toEqual({
      type: 'string',
      minLength: 1,
      pattern: '^\\d{2}$',
      nullable: true,
    });
    // Null as "not given" is a leniency, not part of the contract.
    expect(schema.properties['year']).toEqual({ type: 'integer', minimum: 2000, maximum: 2100 });
  });
});
