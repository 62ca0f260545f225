import { fillPath } from './api-client';

describe('fillPath', () => {
  it('fills a route’s {name} parts from the params and leaves the rest for the query', () => {
    expect(fillPath('/reports/{id}', { id: 7, current: 'false' })).toEqual({
      url: '/reports/7',
      query: { current: 'false' },
    });
  });

  it('encodes a value so that it stays one path segment', () => {
    expect(fillPath('/selections/{id}', { id: 'a/b c' }).url).toBe('/selections/a%2Fb%20c');
  });

  it('refuses a path whose part has no value rather than calling a wrong route', () => {
    expect(() => fillPath('/offices/{id}', {})).toThrow('/offices/{id}: no value for {id}');
  });

  it('leaves a path without parts as it is', () => {
    expect(fillPath('/stats/summary', { yearFrom: 2021 })).toEqual({
      url: '/stats/summary',
      query: { yearFrom: 2021 },
    });
  });
});
