import { MAX_YEAR_SPAN } from '@ogi/report-schema';
import { parseQuery, type Raw } from './declare-query';
import { exportPackQuery } from './exports-query';
import { formPropertyDocs, queryParameterDocs } from './openapi';
import { ingestFormFields } from './reports-query';
import { queryParams, queryString } from './query-string';
import {
  statsBreakdownQuery,
  statsFilterQuery,
  statsRankingQuery,
  statsRequestParams,
  type StatsFilter,
} from './stats-query';

const NOW = new Date('2026-03-01');
const parse = (raw: Raw) => parseQuery(statsFilterQuery, raw, NOW);
/** The raw query a URL's search string gives (as Express reads `?a=1&b=2`). */
const rawOf = (search: string): Raw =>
  Object.fromEntries(
    search
      .slice(1)
      .split('&')
      .map((part) => part.split('=').map(decodeURIComponent)),
  );

describe('the stats filter', () => {
  it('takes a range of MAX_YEAR_SPAN years, both ends counted', () => {
    expect(MAX_YEAR_SPAN).toBe(30);
    expect(parse({ yearFrom: '2000', yearTo: '2029' })).toMatchObject({
      ok: true,
      value: { yearFrom: 2000, yearTo: 2029 },
    });
  });

  it('refuses a range one year longer, naming the limit', () => {
    expect(parse({ yearFrom: '2000', yearTo: '2030' }).problems).toEqual([
      'the year range may span at most 30 years',
    ]);
  });

  it('ends the range last year and spans seven years by default', () => {
    expect(parse({})).toMatchObject({ value: { yearFrom: 2019, yearTo: 2025 } });
    expect(parse({ yearFrom: '2023' })).toMatchObject({ value: { yearFrom: 2023, yearTo: 2025 } });
  });

  it('refuses a stored selection id of the wrong shape, naming where ids come from', () => {
    expect(parse({ selection: 'short' }).problems).toEqual([
      'selection must be an id from POST /api/selections (got "short")',
    ]);
  });

  it('gives the filter back from the query string written from it', () => {
    const years = { yearFrom: 2019, yearTo: 2019 };
    const filters: StatsFilter[] = [
      { yearFrom: 2020, yearTo: 2024 },
      { ...years, regionIds: [3, 17], officeIds: [5, 8, 13], format: '2021' },
      { ...years, officeKinds: ['street', 'government'], selection: 'AbCdEfGhIjKlMnOpQrSt_-' },
    ];
    for (const filter of filters) {
      const search = queryString(queryParams(statsFilterQuery, filter));
      expect(parse(rawOf(search))).toEqual({ ok: true, problems: [], value: filter });
    }
  });
});

describe('the stats endpoints', () => {
  it('groups a breakdown by exactly one of level or parentId', () => {
    const breakdown = (raw: Raw) => parseQuery(statsBreakdownQuery, raw, NOW);
    expect(breakdown({ metrics: 'applications_new', parentId: '4' })).toMatchObject({
      value: { grouping: { by: 'region', parentId: 4 }, limit: 1000 },
    });
    expect(
      breakdown({ metrics: 'applications_new', level: 'district', parentId: '1' }).problems,
    ).toEqual(['groupBy=region needs exactly one of level or parentId']);
    expect(
      breakdown({ metrics: 'applications_new', groupBy: 'office', level: 'city' }).problems,
    ).toEqual(['level and parentId apply only to groupBy=region']);
  });

  it('ranks for the last year of the range unless a year is given', () => {
    const ranking = parseQuery(
      statsRankingQuery,
      { metric: 'applications_new', yearTo: '2024' },
      NOW,
    );
    expect(ranking).toMatchObject({
      value: { metric: 'applications_new', year: 2024, order: 'desc', limit: 10 },
    });
    expect(
      parseQuery(statsRankingQuery, { metric: 'nope,applications_new' }, NOW).problems,
    ).toEqual(['metric takes at most 1 values (got 2)']);
    expect(parseQuery(statsRankingQuery, {}, NOW).problems).toEqual([
      'metric is required (one or more of GET /api/stats/metrics)',
    ]);
  });

  it('writes a registered chart request by its endpoint declaration, lists as comma lists', () => {
    expect(statsRequestParams('ranking', { limit: 10, metric: 'applications_new' })).toEqual({
      metric: 'applications_new',
      limit: '10',
    });
    expect(statsRequestParams('series', { metrics: ['a', 'b'] })).toEqual({ metrics: 'a,b' });
    expect(statsRequestParams('summary', {})).toEqual({});
  });

  it('documents each parameter once, in order, with its bounds and words', () => {
    const docs = queryParameterDocs(statsRankingQuery);
    expect(docs.map((doc) => doc.name)).toEqual([
      'yearFrom',
      'yearTo',
      'regionIds',
      'officeIds',
      'officeKinds',
      'format',
      'selection',
      'metric',
      'year',
      'order',
      'limit',
    ]);
    expect(docs.find((doc) => doc.name === 'format')).toEqual({
      name: 'format',
      required: false,
      description: '表三 format',
      schema: { type: 'string', enum: ['2019', '2021'] },
    });
    expect(docs.find((doc) => doc.name === 'officeIds')).toMatchObject({
      style: 'form',
      explode: false,
      schema: { type: 'array', maxItems: 200, items: { type: 'integer', minimum: 1 } },
    });
    expect(docs.find((doc) => doc.name === 'metric')?.required).toBe(true);
  });

  it('documents metric and chart ids as strings of their registry, so a new one leaves the contract as it is', () => {
    const metric = queryParameterDocs(statsRankingQuery).find((doc) => doc.name === 'metric');
    expect(metric?.schema).toEqual({ type: 'array', maxItems: 1, items: { type: 'string' } });
    expect(metric?.description).toContain('GET /api/stats/metrics');
    const charts = queryParameterDocs(exportPackQuery).find((doc) => doc.name === 'charts');
    expect(charts?.schema['items']).toEqual({ type: 'string' });
    // Still checked against the registry.
    expect(parseQuery(statsRankingQuery, { metric: 'no_such_metric' }).problems).toHaveLength(1);
  });
});

describe('the exports', () => {
  it('take the 表三 format as format, the file type as fileFormat', () => {
    const pack = parseQuery(
      exportPackQuery,
      { fileFormat: 'pdf', format: '2019', yearTo: '2024' },
      NOW,
    );
    expect(pack).toMatchObject({
      value: { fileFormat: 'pdf', chartStyle: 'image', filter: { format: '2019', yearTo: 2024 } },
    });
    expect(parseQuery(exportPackQuery, { format: 'pdf' }, NOW).problems).toEqual([
      'fileFormat is required (pptx or pdf)',
      'format must be one of 2019, 2021 (got "pdf")',
    ]);
  });
});

describe('the upload form', () => {
  it('documents its fields as properties of the multipart body', () => {
    expect(formPropertyDocs(ingestFormFields)).toEqual({
      officeId: {
        type: 'integer',
        minimum: 1,
        maximum: 2_147_483_647,
        description: 'Store every file for this office',
      },
      regionId: {
        type: 'integer',
        minimum: 1,
        maximum: 2_147_483_647,
        description: 'Match and create offices within this region',
      },
      year: {
        type: 'integer',
        minimum: 2000,
        maximum: 2100,
        description: 'Store every file for this year',
      },
    });
  });
});
