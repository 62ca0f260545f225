import { KPI_CARD_METRICS } from '@ogi/report-schema';
import {
  distributionFixture,
  rankingFixture,
  seriesFixture,
  stat,
  summaryFixture,
} from '../testing';
import {
  appealsModel,
  applicationsModel,
  coverageText,
  kpiCards,
  outcomesModel,
  rankingModel,
} from './overview-models';

describe('overview chart models', () => {
  it('applications by year: bars for counts, a line for the rate with its n', () => {
    const model = applicationsModel(seriesFixture([2024, 2025]));
    expect(model.categories).toEqual(['2024年', '2025年']);
    expect(model.series.map((s) => [s.name, s.type, s.kind])).toEqual([
      ['本年新收申请', 'bar', 'count'],
      ['办理结果总计', 'bar', 'count'],
      ['公开率', 'line', 'rate'],
    ]);
    expect(model.series[0].values).toEqual([1000, 1100]);
    expect(model.series[2].notes).toEqual(['n = 900', 'n = 1,000']);
  });

  it('leaves years without reports empty', () => {
    const series = seriesFixture([2024, 2025]);
    series.years[0].reports = 0;
    expect(applicationsModel(series).series[0].values).toEqual([null, 1100]);
  });

  it('outcomes: labels from the schema, shares as notes', () => {
    const model = outcomesModel(
      distributionFixture({ outcome_granted: stat(60), outcome_granted_share: stat(0.6, 100) }),
    );
    expect(model.categories[0]).toBe('予以公开');
    expect(model.categories).toHaveLength(6);
    expect(model.series[0].values.slice(0, 2)).toEqual([60, null]);
    expect(model.series[0].notes?.[0]).toBe('占 60.0%');
  });

  it('appeals: review and litigation by result', () => {
    const model = appealsModel(
      distributionFixture({ review_upheld: stat(5), litigation_corrected: stat(2) }),
    );
    expect(model.categories).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结']);
    expect(model.series.map((s) => s.name)).toEqual(['行政复议', '行政诉讼']);
    expect(model.series[0].values).toEqual([5, null, null, null]);
    expect(model.series[1].values).toEqual([null, 2, null, null]);
  });

  it('ranking: offices with the change on last year', () => {
    const model = rankingModel(rankingFixture());
    expect(model.horizontal).toBe(true);
    expect(model.categories).toEqual(['东兴街道办事处', '<b>西城</b>街道']);
    expect(model.series[0].notes).toEqual(['上年 400，较上年 +25.0%', '上年无报告']);
  });

  it('KPI cards: reports first, rates with n and the small-sample mark', () => {
    const cards = kpiCards(summaryFixture());
    expect(cards.map((c) => c.title)).toEqual([
      '报告数',
      '本年新收申请',
      '公开率',
      '行政复议总计',
      '行政诉讼总计',
      '复议诉讼纠错率',
    ]);
    expect(cards[0]).toMatchObject({ value: '90', direction: 'up', changeText: '+12.5%' });
    expect(cards[1]).toMatchObject({ value: '12,345', changeText: '+23.5%', sampleText: null });
    expect(cards[2]).toMatchObject({
      value: '45.6%',
      direction: 'down',
      changeText: '-4.4 个百分点',
      sampleText: 'n = 1,000',
      smallSample: false,
    });
    expect(cards[3]).toMatchObject({ direction: 'down' });
    expect(cards[4]).toMatchObject({ direction: 'flat', changeText: '0.0%' });
    expect(cards[5]).toMatchObject({ sampleText: 'n = 4', smallSample: true });
  });

  it('KPI cards: one per metric the schema puts on 总览 as a card, in its order', () => {
    const summary = summaryFixture();
    summary.headline = KPI_CARD_METRICS.map((metric) => ({
      ...summary.headline[0],
      metric: { ...summary.headline[0].metric, id: metric.id },
    }));
    summary.appeals = [];
    const cards = kpiCards(summary);
    expect(cards.map((card) => card.key)).toEqual([
      'reports',
      ...KPI_CARD_METRICS.map((metric) => metric.id),
    ]);
    expect(cards.slice(1).map((card) => card.title)).toEqual(
      KPI_CARD_METRICS.map((metric) => metric.label),
    );
  });

  it('KPI cards: a rising correction rate is bad, a falling disclosure rate too, counts neutral', () => {
    const tones = Object.fromEntries(kpiCards(summaryFixture()).map((c) => [c.key, c.tone]));
    expect(tones).toEqual({
      reports: 'neutral',
      applications_new: 'neutral',
      disclosure_rate: 'bad',
      review_total: 'neutral',
      litigation_total: 'neutral',
      correction_rate: 'bad',
    });
  });

  it('says how many reports are missing', () => {
    expect(coverageText(summaryFixture())).toBe(
      '2021–2025年：20 个单位应有 100 份报告，已有 93 份，缺 7 份；1 份有错误（校验不通过或数值无法识别）。',
    );
  });

  it('says which offices have no region yet and are not counted as missing', () => {
    const summary = summaryFixture();
    summary.coverage = {
      ...summary.coverage,
      offices: 22,
      expected: 101,
      present: 94,
      unplaced: 2,
    };
    expect(coverageText(summary)).toBe(
      '2021–2025年：22 个单位应有 101 份报告，已有 94 份，缺 7 份；1 份有错误（校验不通过或数值无法识别）。其中 2 个单位未分配地区，分配地区前不计缺报。',
    );
  });
});
