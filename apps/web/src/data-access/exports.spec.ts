import { EMPTY_FILTERS } from './filters';
import { chartImageUrl, dataExportUrl, packUrl } from './exports';

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
        { format: 'pptx', charts: ['outcomes', 'appeals'], title: ' 汇报 ', chartStyle: 'native' },
        { ...EMPTY_FILTERS, yearFrom: 2024, yearTo: 2024 },
      ),
    ).toBe(
      `/api/exports/pack?fileFormat=pptx&charts=outcomes,appeals&title=${encodeURIComponent('汇报')}&chartStyle=native&yearFrom=2024&yearTo=2024`,
    );
    expect(
      packUrl(
        { format: 'pdf', charts: ['outcomes'], title: '', chartStyle: 'native' },
        EMPTY_FILTERS,
      ),
    ).toBe('/api/exports/pack?fileFormat=pdf&charts=outcomes');
  });
});
