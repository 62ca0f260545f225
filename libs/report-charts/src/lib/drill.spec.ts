import { matrixFixture, rankingFixture, stat } from '../testing/stats-fixtures';
import { chartOption, targetAt } from './chart-spec';
import { groupedBarsModel, officeCompareData, regionCompareData } from './compare-models';
import { heatmapModel } from './heatmap';
import { rankingModel } from './overview-models';
import { smallMultiplesModel } from './small-multiples';

const YEARS = [2023, 2024];
const offices = officeCompareData(
  matrixFixture('applications_new', YEARS, [
    { id: 7, name: '甲街道', values: [stat(3), stat(4)] },
    { id: 9, name: '乙街道', values: [null, stat(5)] },
  ]),
);

describe('drill-through from a chart to what is behind it', () => {
  it('opens the office of a grouped bar in the year of its series, or of its label', () => {
    const model = groupedBarsModel(offices);
    expect(targetAt(model, { componentType: 'series', seriesIndex: 1, dataIndex: 0 })).toEqual({
      entity: 'office',
      id: 7,
      year: 2024,
    });
    // Two years on screen: a name stands for the office, not one of its years.
    expect(targetAt(model, { componentType: 'xAxis', value: '乙街道' })).toEqual({
      entity: 'office',
      id: 9,
      year: null,
    });
    expect(targetAt(model, { componentType: 'legend' })).toBeNull();
    expect(chartOption(model)).toMatchObject({ xAxis: { triggerEvent: true } });
  });

  it('opens a ranked office in the ranking year, from its bar or its name', () => {
    const ranking = rankingFixture();
    const model = rankingModel(ranking);
    const first = ranking.items[0];
    const expected = { entity: 'office', id: first.office.id, year: ranking.year };
    expect(targetAt(model, { componentType: 'series', seriesIndex: 0, dataIndex: 0 })).toEqual(
      expected,
    );
    expect(targetAt(model, { componentType: 'yAxis', value: first.office.name })).toEqual(expected);
  });

  it('opens the office and year of a heat-map cell; a grey cell (no report) at no year', () => {
    const model = heatmapModel(offices);
    expect(targetAt(model, { componentType: 'series', seriesIndex: 0, value: [1, 1, 5] })).toEqual({
      entity: 'office',
      id: 9,
      year: 2024,
    });
    expect(targetAt(model, { componentType: 'series', seriesIndex: 1, value: [0, 1, 0] })).toEqual({
      entity: 'office',
      id: 9,
      year: null,
    });
    expect(targetAt(model, { componentType: 'yAxis', value: '甲街道' })).toMatchObject({ id: 7 });
  });

  it('opens the office of a small multiple from its bars or its title', () => {
    const model = smallMultiplesModel(offices, { offset: 1, count: 1, columns: 4 });
    expect(targetAt(model, { componentType: 'series', seriesIndex: 0, dataIndex: 1 })).toEqual({
      entity: 'office',
      id: 9,
      year: 2024,
    });
    expect(targetAt(model, { componentType: 'title', componentIndex: 0 })).toMatchObject({
      id: 9,
      year: null,
    });
  });

  it('says a region for the charts of regions', () => {
    const regions = regionCompareData('applications_new', [2024], [
      {
        groups: [{ id: 4, name: '甲区', level: 'district', values: { applications_new: stat(1) } }],
      },
    ] as never);
    const model = groupedBarsModel(regions);
    expect(targetAt(model, { componentType: 'series', seriesIndex: 0, dataIndex: 0 })).toEqual({
      entity: 'region',
      id: 4,
      year: 2024,
    });
  });
});
