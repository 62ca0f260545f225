import { BadRequestException } from '@nestjs/common';
import { MAX_YEAR_SPAN } from '@ogi/report-schema';
import { parseFilterQuery } from './stats-params';

describe('stats filter years', () => {
  it('takes a range of MAX_YEAR_SPAN years, both ends counted', () => {
    expect(MAX_YEAR_SPAN).toBe(30);
    expect(parseFilterQuery({ yearFrom: '2000', yearTo: '2029' })).toMatchObject({
      yearFrom: 2000,
      yearTo: 2029,
    });
  });

  it('refuses a range one year longer, naming the limit', () => {
    const read = () => parseFilterQuery({ yearFrom: '2000', yearTo: '2030' });
    expect(read).toThrow(BadRequestException);
    expect(read).toThrow('the year range may span at most 30 years');
  });
});
