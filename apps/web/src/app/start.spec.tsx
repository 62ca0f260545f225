import { render, screen, waitFor } from '@testing-library/react';
import { createQueryClient } from '../data-access/query-client';
import { OVERVIEW_ANSWERS, REGIONS } from '../testing/api-answers';
import { App } from './app';
import { bootBeforeRender } from './start';

jest.mock('../charts/echarts', () => ({
  init: () => ({ setOption: jest.fn(), resize: jest.fn(), dispose: jest.fn(), on: jest.fn() }),
}));

const BOOT = {
  session: {
    user: { id: 1, username: 'admin', role: 'admin', regionIds: [], isDemo: false },
    csrfToken: 'token',
    demo: false,
  },
  years: [2023, 2024, 2025],
  regions: REGIONS,
};

function mockApi(answers: Record<string, unknown>, failing: string[] = []) {
  const fn = jest.fn(async (url: string) => {
    const path = url.split('?')[0];
    if (failing.includes(path)) throw new TypeError('Failed to fetch');
    const known = path in answers;
    return {
      ok: known,
      status: known ? 200 : 404,
      json: async () => (known ? answers[path] : {}),
    } as Response;
  });
  globalThis.fetch = fn as unknown as typeof fetch;
  return fn;
}

const ANSWERS = { ...OVERVIEW_ANSWERS, '/api/boot': BOOT };

const urls = (fn: jest.Mock) => fn.mock.calls.map(([url]) => String(url).split('?')[0]);

describe('the app before React renders (bootBeforeRender)', () => {
  const originalFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = originalFetch;
    window.history.replaceState(null, '', '/');
  });

  it("asks for 总览's figures with the boot answer, and the app then renders without asking again", async () => {
    window.history.replaceState(null, '', '/?yearFrom=2024&yearTo=2025');
    const fetchMock = mockApi(ANSWERS);
    const client = createQueryClient();
    const { figures } = await bootBeforeRender(client);
    await figures;
    const stats = client.getQueryCache().findAll({ queryKey: ['stats'] });
    // The years from the boot answer and the page's five requests, all answered.
    expect(stats.map((query) => query.state.status)).toEqual(Array(6).fill('success'));
    expect(urls(fetchMock)).toEqual([
      '/api/boot',
      '/api/stats/summary',
      '/api/stats/series',
      '/api/stats/outcomes',
      '/api/stats/appeals',
      '/api/stats/ranking',
    ]);

    render(<App client={client} />);
    // No "logging in" screen: the session came with the boot answer.
    expect(screen.queryByText('正在登录…')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByTestId('chart')).toHaveLength(4));
    const asked = urls(fetchMock);
    for (const path of ['/api/boot', '/api/stats/summary', '/api/stats/series']) {
      expect(asked.filter((url) => url === path)).toHaveLength(1);
    }
  });

  it("asks for 对比's comparison (one breakdown per year of the range) before rendering", async () => {
    window.history.replaceState(null, '', '/compare?yearFrom=2025&yearTo=2025');
    const fetchMock = mockApi({ '/api/boot': BOOT });
    await bootBeforeRender(createQueryClient());
    const breakdowns = fetchMock.mock.calls
      .map(([url]) => String(url))
      .filter((url) => url.startsWith('/api/stats/breakdown'));
    // 2025, and 2024 for the ranking's change on the year before.
    expect(breakdowns).toEqual([
      expect.stringContaining('yearFrom=2024&yearTo=2024'),
      expect.stringContaining('yearFrom=2025&yearTo=2025'),
    ]);
    expect(breakdowns[0]).toContain('groupBy=region');
  });

  it('leaves a failed boot to the login gate, which asks again and says why', async () => {
    const fetchMock = mockApi(ANSWERS, ['/api/boot']);
    const client = createQueryClient();
    client.setDefaultOptions({ queries: { retry: false } });
    await bootBeforeRender(client);
    expect(urls(fetchMock)).toEqual(['/api/boot']);
    render(<App client={client} />);
    expect(await screen.findByText(/无法登录：无法连接服务器/)).toBeInTheDocument();
    expect(urls(fetchMock).length).toBeGreaterThan(1);
    expect(new Set(urls(fetchMock))).toEqual(new Set(['/api/boot']));
  });
});
