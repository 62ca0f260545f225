import { declareQuery, parseQuery, type QueryOf } from './declare-query';
import { field } from './fields';
import { queryParams, queryString } from './query-string';

const query = declareQuery(
  {
    from: field.int(1, 10, {}),
    to: field.int(1, 10, { default: 10 }),
    ids: field.intList(1, 99, 3, { hint: 'use a stored list' }),
    kinds: field.wordList(['a', 'b'], 2, { required: 'a or b' }),
    order: field.choice(['asc', 'desc'], { default: 'desc' }),
    name: field.text({ maxLength: 5 }),
    code: field.text({
      pattern: /^[A-Z]{2}$/,
      mismatch: (value: string) => `code is two capitals (got "${value}")`,
    }),
    all: field.flag({ default: true }),
  },
  (draft, context) => {
    if (draft.from !== undefined && draft.from > draft.to)
      context.problem('from must not be after to');
    return { ...draft, ids: draft.ids ?? [] };
  },
);

const problems = (raw: Record<string, unknown>) => {
  const result = parseQuery(query, raw);
  return result.problems;
};

describe('a declared query', () => {
  it('parses valid values, filling in the defaults', () => {
    const result = parseQuery(query, {
      from: ' 2 ',
      ids: '3,3,5',
      kinds: 'b,a',
      code: 'CN',
      all: 'false',
    });
    expect(result).toEqual({
      ok: true,
      problems: [],
      value: {
        from: 2,
        to: 10,
        ids: [3, 5],
        kinds: ['b', 'a'],
        order: 'desc',
        code: 'CN',
        all: false,
      },
    });
  });

  it('types the parsed value from the declaration', () => {
    const result = parseQuery(query, { kinds: 'a' });
    const value: QueryOf<typeof query> | undefined = result.ok ? result.value : undefined;
    expect(value?.kinds).toEqual(['a']);
    expect(value?.to).toBe(10);
  });

  it('names every bad parameter in one list, unknown ones first', () => {
    expect(
      problems({
        from: '0',
        to: '1x',
        ids: '1,2,3,4',
        kinds: 'a,c',
        order: 'up',
        name: 'toolong',
        code: 'cn',
        all: 'yes',
        extra: '1',
        other: '2',
      }),
    ).toEqual([
      'unknown parameters extra, other (allowed: from, to, ids, kinds, order, name, code, all)',
      'from must be a whole number from 1 to 10 (got "0")',
      'to must be a whole number from 1 to 10 (got "1x")',
      'ids takes at most 3 values (got 4): use a stored list',
      'kinds: unknown "c" (allowed: a, b)',
      'order must be one of asc, desc (got "up")',
      'name must be at most 5 characters (got 7)',
      'code is two capitals (got "cn")',
      'all must be true or false (got "yes")',
    ]);
  });

  it('asks for a required field when it is absent, blank or an empty list', () => {
    expect(problems({})).toEqual(['kinds is required (a or b)']);
    expect(problems({ kinds: ' ' })).toEqual(['kinds is required (a or b)']);
    expect(problems({ kinds: ',' })).toEqual(['kinds is required (a or b)']);
  });

  it('refuses a parameter given twice without also calling it missing', () => {
    expect(problems({ kinds: ['a', 'b'] })).toEqual(['kinds must be given once']);
  });

  it('adds the problems of its rules across fields', () => {
    expect(problems({ kinds: 'a', from: '9', to: '3' })).toEqual(['from must not be after to']);
  });

  it('names each bad item of a number list', () => {
    expect(problems({ kinds: 'a', ids: '1,x,100' })).toEqual([
      'ids must be a whole number from 1 to 99 (got "x")',
      'ids must be a whole number from 1 to 99 (got "100")',
    ]);
  });

  it('writes values back in declaration order, lists as comma lists, empty ones left out', () => {
    const params = queryParams(query, {
      all: false,
      kinds: ['a'],
      ids: [],
      name: null,
      order: 'asc',
      from: 3,
    });
    expect(params).toEqual({ from: '3', kinds: 'a', order: 'asc', all: 'false' });
    expect(queryString({ ...params, name: 'a,b c' })).toBe(
      '?from=3&kinds=a&order=asc&all=false&name=a,b%20c',
    );
  });
});
