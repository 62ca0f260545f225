import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from './app';
import { createQueryClient } from '../data-access/query-client';
import { OVERVIEW_ANSWERS, REGIONS } from '../testing/api-answers';

// ECharts needs a canvas jsdom does not have: record what the charts are given instead.
const setOption = jest.fn();
jest.mock('../charts/echarts', () => ({
  init: () => ({
    setOption,
    resize: jest.fn(),
    dispose: jest.fn(),
    on: jest.fn(),
    getDataURL: () => 'data:image/png;base64,',
    renderToSVGString: () => '<svg/>',
  }),
}));

type Answer = { status?: number; body: unknown };

const SESSION = {
  user: { id: 1, username: 'admin', role: 'admin', regionIds: [], isDemo: false },
  csrfToken: 'token',
  demo: false,
};
/** What GET /api/boot answers: the session, the years with reports and the regions. */
const boot = (years: number[] | null = [2021, 2022, 2023, 2024, 2025]) => ({
  body: { session: SESSION, years, regions: years ? REGIONS : null },
});

function mockApi(overrides: Record<string, Answer> = {}) {
  const answers: Record<string, Answer> = {
    ...Object.fromEntries(Object.entries(OVERVIEW_ANSWERS).map(([path, body]) => [path, { body }])),
    '/api/boot': boot(),
    '/api/regions': { body: REGIONS },
    '/api/offices': { body: { items: [], total: 0, offset: 0, limit: 500 } },
    ...overrides,
  };
  const fn = jest.fn(async (url: string) => {
    const path = url.split('?')[0];
    const answer = answers[path] ?? { status: 404, body: {} };
    const status = answer.status ?? 200;
    return { ok: status < 400, status, json: async () => answer.body } as Response;
  });
  globalThis.fetch = fn as unknown as typeof fetch;
  return fn;
}

const calls = (fn: jest.Mock, path: string) =>
  fn.mock.calls.map(([url]) => String(url)).filter((url) => url.startsWith(path));

describe('App: shell and 总览', () => {
  const originalFetch = globalThis.fetch;
  beforeEach(() => {
    setOption.mockClear();
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => {
    globalThis.fetch = originalFetch;
  });

  it('shows the product name, only working pages in the navigation, and the service status', async () => {
    mockApi();
    render(<App client={createQueryClient()} />);
    expect(
      await screen.findByRole('heading', { level: 1, name: '政府信息公开年报看板' }),
    ).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: '页面导航' });
    expect(within(nav).getByRole('link', { name: '总览' })).toHaveAttribute('aria-current', 'page');
    // The links carry the filters: opened in a new tab, a page shows the same selection.
    await waitFor(() =>
      expect(within(nav).getByRole('link', { name: '对比' })).toHaveAttribute(
        'href',
        '/compare?yearFrom=2021&yearTo=2025',
      ),
    );
    expect(within(nav).getByText('总览')).toBeInTheDocument();
    expect(within(nav).getByText('对比')).toBeInTheDocument();
    for (const page of ['数据', '单位', '地区']) {
      expect(within(nav).getByText(page)).toBeInTheDocument();
    }
    // The report view is reached by links only.
    expect(within(nav).queryByText('报告')).not.toBeInTheDocument();
    expect(await screen.findByText('服务正常')).toBeInTheDocument();
  });

  it('defaults to the last five years the data has, writes them into the URL, and draws the overview', async () => {
    const fetchMock = mockApi();
    render(<App client={createQueryClient()} />);

    expect(await screen.findByText('2025年主要指标')).toBeInTheDocument();
    expect(window.location.search).toBe('?yearFrom=2021&yearTo=2025');
    expect(
      within(screen.getByTestId('kpi-applications_new')).getByText('12,345'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByTestId('kpi-disclosure_rate')).getByText('n = 1,000'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByTestId('kpi-correction_rate')).getByText('样本较小'),
    ).toBeInTheDocument();
    expect(screen.getByText(/缺 7 份/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByTestId('chart')).toHaveLength(4));
    expect(setOption).toHaveBeenCalled();
    expect(calls(fetchMock, '/api/stats/summary')[0]).toBe(
      '/api/stats/summary?yearFrom=2021&yearTo=2025',
    );
    // The years and regions came with the session: nothing is asked before the figures.
    expect(calls(fetchMock, '/api/stats/years')).toEqual([]);
    expect(calls(fetchMock, '/api/regions')).toEqual([]);
  });

  it('asks for the figures as soon as the boot answer is in, and the page uses those answers', async () => {
    window.history.replaceState(null, '', '/?yearFrom=2022&yearTo=2024&format=2021');
    let bootAnswered = false;
    let figuresBeforePage = 0;
    const fetchMock = mockApi();
    const answer = fetchMock.getMockImplementation() as (url: string) => Promise<Response>;
    fetchMock.mockImplementation(async (url: string) => {
      if (url.startsWith('/api/stats/') && bootAnswered && !screen.queryByText('对比')) {
        figuresBeforePage += 1;
      }
      const res = await answer(url);
      if (url === '/api/boot') bootAnswered = true;
      return res;
    });
    render(<App client={createQueryClient()} />);
    await waitFor(() => expect(screen.getAllByTestId('chart')).toHaveLength(4));
    // Every request went out before the shell (its menu) was on screen…
    expect(figuresBeforePage).toBeGreaterThanOrEqual(5);
    // …and once: the page found the prefetched answers under the same keys.
    for (const endpoint of ['summary', 'series', 'outcomes', 'appeals', 'ranking']) {
      expect(calls(fetchMock, `/api/stats/${endpoint}`)).toEqual([
        expect.stringContaining('yearFrom=2022&yearTo=2024&format=2021'),
      ]);
    }
  });

  it('reads the filters from the URL and drops invalid ones, unknown regions and offices', async () => {
    window.history.replaceState(
      null,
      '',
      '/?yearFrom=2022&yearTo=2024&regionIds=3,99,abc&officeIds=5&format=2019&officeKinds=moon',
    );
    const fetchMock = mockApi(); // no region 99; /api/offices/5 answers 404
    render(<App client={createQueryClient()} />);
    expect(await screen.findByText('2025年主要指标')).toBeInTheDocument();
    expect(calls(fetchMock, '/api/stats/summary')).toEqual([
      '/api/stats/summary?yearFrom=2022&yearTo=2024&regionIds=3&format=2019',
    ]);
    expect(window.location.search).toBe('?yearFrom=2022&yearTo=2024&regionIds=3&format=2019');
  });

  it('changing a filter changes the URL and asks the API again', async () => {
    const fetchMock = mockApi();
    render(<App client={createQueryClient()} />);
    await screen.findByText('2025年主要指标');
    fireEvent.click(screen.getByText('2021 版'));
    await waitFor(() =>
      expect(window.location.search).toBe('?yearFrom=2021&yearTo=2025&format=2021'),
    );
    await waitFor(() =>
      expect(calls(fetchMock, '/api/stats/summary')).toContain(
        '/api/stats/summary?yearFrom=2021&yearTo=2025&format=2021',
      ),
    );
    // Back in history restores the view.
    act(() => {
      window.history.back();
    });
    await waitFor(() => expect(window.location.search).toBe('?yearFrom=2021&yearTo=2025'));
  });

  it('toggles a chart to a table', async () => {
    mockApi();
    render(<App client={createQueryClient()} />);
    await waitFor(() => expect(screen.getAllByTestId('chart')).toHaveLength(4));
    fireEvent.click(screen.getAllByText('表格')[0]);
    // The table view is its own chunk: it may take a moment to arrive.
    expect(
      await screen.findByRole('columnheader', { name: '年份' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '2025年' })).toBeInTheDocument();
  });

  it('says in Chinese when the API fails', async () => {
    mockApi({ '/api/stats/summary': { status: 500, body: {} } });
    const client = createQueryClient();
    client.setDefaultOptions({ queries: { retry: false } });
    render(<App client={client} />);
    expect(await screen.findByText('服务器出错（HTTP 500），请稍后重试。')).toBeInTheDocument();
    expect(screen.getByText('主要指标加载失败')).toBeInTheDocument();
  });

  it('turns the service badge red as soon as a request cannot reach the server, offers 重试, and recovers by itself when the server is back', async () => {
    const answering = mockApi();
    let down = false;
    globalThis.fetch = jest.fn(async (url: string) => {
      if (down) throw new TypeError('Failed to fetch');
      return answering(url);
    }) as unknown as typeof fetch;
    const client = createQueryClient();
    client.setDefaultOptions({ queries: { retry: false } });
    render(<App client={client} />);
    expect(await screen.findByText('服务正常')).toBeInTheDocument();
    expect(await screen.findByText('2025年主要指标')).toBeInTheDocument();

    down = true;
    // Any read that fails (here: the figures asked again), not the next health poll, tells.
    act(() => void client.invalidateQueries({ queryKey: ['stats'] }));
    expect(await screen.findByText('服务不可用（无法连接服务器）')).toBeInTheDocument();
    expect(await screen.findByText('主要指标加载失败')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: '重试' }).length).toBeGreaterThan(0);

    down = false;
    // The badge asks again within HEALTH_RETRY_MS; the failed reads follow without a reload.
    expect(await screen.findByText('服务正常', {}, { timeout: 5_000 })).toBeInTheDocument();
    expect(await screen.findByText('2025年主要指标', {}, { timeout: 5_000 })).toBeInTheDocument();
    expect(screen.queryByText('主要指标加载失败')).toBeNull();
  });

  it('keeps a page whose years could not be refreshed: the years it had still apply', async () => {
    mockApi({ '/api/stats/years': { status: 500, body: {} } });
    const client = createQueryClient();
    client.setDefaultOptions({ queries: { retry: false } });
    render(<App client={client} />);
    expect(await screen.findByText('2025年主要指标')).toBeInTheDocument();
    await act(() => client.refetchQueries({ queryKey: ['stats', 'available-years'] }));
    expect(screen.queryByText('无法读取数据年份')).toBeNull();
    expect(screen.getByText('2025年主要指标')).toBeInTheDocument();
  });

  it('asks for the years itself when the boot answer has none, and says so when they cannot be read', async () => {
    const fetchMock = mockApi({
      '/api/boot': boot(null),
      '/api/stats/years': { status: 400, body: { message: 'yearFrom is bad' } },
    });
    const client = createQueryClient();
    client.setDefaultOptions({ queries: { retry: false } });
    render(<App client={client} />);
    expect(await screen.findByText('无法读取数据年份')).toBeInTheDocument();
    expect(
      screen.getByText('请求参数无效，请调整筛选条件后重试。（yearFrom is bad）'),
    ).toBeInTheDocument();
    expect(calls(fetchMock, '/api/stats/years')).toHaveLength(1);
  });
});
