import { EMPTY_FILTERS } from './filters';
import { chartImageUrl, compareExportUrl, dataExportUrl, packUrl } from './exports';

const filters = {
  ...EMPTY_FILTERS,
  yearFrom: 2021,
  yearTo: 2025,
  regionIds: [3, 5],
  format: '2019' as const,
};

describe('export links', () => {
  it('carry the filters under the stats names, the file format as fileFormat', () => {
    expect(dataExportUrl('applications', 'xlsx', filters)).toBe(
      '/api/exports/data/applications?fileFormat=xlsx&yearFrom=2021&yearTo=2025&regionIds=3,5&format=2019',
    );
    expect(chartImageUrl('top-offices', 'png', EMPTY_FILTERS)).toBe(
      '/api/exports/charts/top-offices?fileFormat=png&scale=3',
    );
    expect(chartImageUrl('top-offices', 'svg', EMPTY_FILTERS)).toBe(
      '/api/exports/charts/top-offices?fileFormat=svg',
    );
  });

  it('name a stored selection as selection=<id> instead of its lists', () => {
    expect(
      dataExportUrl('applications', 'csv', {
        ...filters,
        officeIds: [1, 2, 3],
        selection: 'AbCdEfGhIjKlMnOpQrSt_-',
      }),
    ).toBe(
      '/api/exports/data/applications?fileFormat=csv&yearFrom=2021&yearTo=2025&format=2019&selection=AbCdEfGhIjKlMnOpQrSt_-',
    );
  });

  it('ask for the pack with the chosen charts in order, the title, and the chart style for PPTX', () => {
    expect(
      packUrl(
        {
          format: 'pptx',
          charts: ['outcomes', 'appeals'],
          compare: null,
          title: ' 汇报 ',
          chartStyle: 'native',
        },
        { ...EMPTY_FILTERS, yearFrom: 2024, yearTo: 2024 },
      ),
    ).toBe(
      `/api/exports/pack?fileFormat=pptx&charts=outcomes,appeals&title=${encodeURIComponent('汇报')}&chartStyle=native&yearFrom=2024&yearTo=2024`,
    );
    expect(
      packUrl(
        { format: 'pdf', charts: ['outcomes'], compare: null, title: '', chartStyle: 'native' },
        EMPTY_FILTERS,
      ),
    ).toBe('/api/exports/pack?fileFormat=pdf&charts=outcomes');
  });

  it('asks for a 对比 chart’s data with the page’s choices, the level only for regions', () => {
    const office = { by: 'office', metric: 'disclosure_rate', level: 'district' } as const;
    expect(compareExportUrl('ranking', 'csv', EMPTY_FILTERS, office)).toBe(
      '/api/exports/compare?chart=ranking&fileFormat=csv&metric=disclosure_rate&compareBy=office',
    );
    expect(
      compareExportUrl(
        'bars',
        'xlsx',
        { ...EMPTY_FILTERS, yearTo: 2024 },
        {
          ...office,
          by: 'region',
          level: 'street',
        },
      ),
    ).toBe(
      '/api/exports/compare?chart=bars&fileFormat=xlsx&metric=disclosure_rate&compareBy=region&level=street&yearTo=2024',
    );
  });
});
