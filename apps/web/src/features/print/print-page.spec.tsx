import { render, screen, waitFor } from '@testing-library/react';
import { CHARTS } from '@ogi/report-charts';
import {
  distributionFixture,
  rankingFixture,
  seriesFixture,
  summaryFixture,
} from '@ogi/report-charts/testing';
import { App } from '../../app/app';
import { createQueryClient } from '../../data-access/query-client';

// ECharts needs a canvas jsdom does not have: record the renderer and option each chart gets.
const inits: { renderer?: string }[] = [];
const setOption = jest.fn();
jest.mock('../../charts/echarts', () => ({
  init: (_box: unknown, _theme: unknown, options: { renderer?: string }) => {
    inits.push(options);
    return { setOption, resize: jest.fn(), dispose: jest.fn(), on: jest.fn() };
  },
}));

const ANSWERS: Record<string, unknown> = {
  '/api/stats/summary': summaryFixture(),
  '/api/stats/series': seriesFixture(),
  '/api/stats/outcomes': distributionFixture({}),
  '/api/stats/appeals': distributionFixture({}),
  '/api/stats/ranking': rankingFixture(),
  '/api/regions': { items: [] },
  '/api/stats/years': { years: [2021, 2022, 2023, 2024, 2025] },
};

describe('print view (/print)', () => {
  it('shows the filters, the main indicators and every registered chart drawn as SVG without animation', async () => {
    window.history.replaceState(null, '', '/print?yearFrom=2021&yearTo=2025');
    globalThis.fetch = jest.fn(async (url: string) => {
      const body = ANSWERS[url.split('?')[0]];
      return { ok: body !== undefined, status: body ? 200 : 404, json: async () => body ?? {} };
    }) as unknown as typeof fetch;
    render(<App client={createQueryClient()} />);

    expect(
      await screen.findByRole(
        'heading',
        { name: '政府信息公开工作年度报告数据汇报' },
        { timeout: 20_000 },
      ),
    ).toBeInTheDocument();
    // No top bar on paper.
    expect(screen.queryByRole('navigation', { name: '页面导航' })).not.toBeInTheDocument();
    expect(screen.getByText(/2021–2025年 · 地区：全部/)).toBeInTheDocument();
    expect(
      await screen.findByText('主要指标（2025年与2024年）', {}, { timeout: 20_000 }),
    ).toBeInTheDocument();
    for (const chart of CHARTS) {
      expect(
        screen.getByRole('heading', { name: chart.title({ yearFrom: 2021, yearTo: 2025 }) }),
      ).toBeInTheDocument();
    }
    await waitFor(() => expect(setOption).toHaveBeenCalledTimes(CHARTS.length), {
      timeout: 20_000,
    });
    expect(inits.every((options) => options.renderer === 'svg')).toBe(true);
    expect(setOption.mock.calls.every(([option]) => option.animation === false)).toBe(true);
  });
});
