import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ApiError, apiGet, apiSend } from '../data-access/api-client';
import { useAvailableYears, useRegions } from '../data-access/queries';
import { Providers } from './app';
import { createQueryClient } from '../data-access/query-client';
import { AuthGate } from './auth-gate';
import { adoptBoot } from './start';

type Answer = { status?: number; body: unknown };

const ADMIN = { id: 1, username: 'admin', role: 'admin', regionIds: [], isDemo: false };
const DEMO = { ...ADMIN, id: 2, username: 'demo', isDemo: true };
const REGIONS = {
  items: [
    {
      id: 1,
      name: '某市',
      level: 'city',
      parentId: null,
      code: null,
      path: '/1/',
      officeCount: 1,
      reportCount: 1,
      isDemo: false,
    },
  ],
};

/** A GET /api/boot answer: the session, and the years and regions when someone is logged in. */
const boot = (
  session: { user: unknown; csrfToken: string | null; demo: boolean },
  years: number[] | null,
) => ({
  session,
  years,
  regions: years ? REGIONS : null,
});

/** fetch answering from a table of `METHOD /path` (a function is asked each time). */
function mockFetch(answers: Record<string, Answer | (() => Answer)>) {
  const fn = jest.fn(async (url: string, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${url.split('?')[0]}`;
    const found = answers[key];
    const answer = typeof found === 'function' ? found() : (found ?? { status: 404, body: {} });
    const status = answer.status ?? 200;
    return { ok: status < 400, status, json: async () => answer.body } as Response;
  });
  globalThis.fetch = fn as unknown as typeof fetch;
  return fn;
}

function renderGate() {
  return render(
    <Providers client={createQueryClient()}>
      <AuthGate>{(user) => <p>已登录：{user.username}</p>}</AuthGate>
    </Providers>,
  );
}

describe('AuthGate', () => {
  const originalFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = originalFetch;
  });

  it('shows the app to the session the boot answer brings (the demo account in demo mode), in one request', async () => {
    const fetchMock = mockFetch({
      'GET /api/boot': {
        body: boot({ user: DEMO, csrfToken: 'demo-token', demo: true }, [2023, 2024]),
      },
    });
    renderGate();
    expect(await screen.findByText('已登录：demo')).toBeInTheDocument();
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(['/api/boot']);
    // Writes carry the token it came with.
    await apiSend('POST', '/reports/1/make-current').catch(() => undefined);
    const write = fetchMock.mock.calls.find(([url]) => url === '/api/reports/1/make-current');
    expect((write?.[1]?.headers as Record<string, string>)['X-CSRF-Token']).toBe('demo-token');
  });

  it("answers the years and regions queries from the boot answer without asking again (the app's onBoot)", async () => {
    const client = createQueryClient();
    const fetchMock = mockFetch({
      'GET /api/boot': { body: boot({ user: ADMIN, csrfToken: 'x', demo: false }, [2021, 2022]) },
    });
    function Years() {
      const years = useAvailableYears();
      const regions = useRegions();
      return (
        <p>
          年份：{years.data?.join('、')}；地区：{regions.data?.items.length}
        </p>
      );
    }
    render(
      <Providers client={client}>
        <AuthGate onBoot={adoptBoot}>{() => <Years />}</AuthGate>
      </Providers>,
    );
    expect(await screen.findByText('年份：2021、2022；地区：1')).toBeInTheDocument();
    const asked = fetchMock.mock.calls.map(([url]) => url.split('?')[0]);
    expect(asked.filter((url) => url === '/api/boot')).toHaveLength(1);
    expect(asked).not.toContain('/api/stats/years');
    expect(asked).not.toContain('/api/regions');
  });

  it('shows the login page without demo mode, shows the server message, then the app', async () => {
    let password = '';
    const fetchMock = mockFetch({
      'GET /api/boot': { body: boot({ user: null, csrfToken: null, demo: false }, null) },
      'POST /api/auth/login': () =>
        password === 'right-password'
          ? { body: { user: ADMIN, csrfToken: 'csrf-1', demo: false } }
          : { status: 401, body: { message: '用户名或密码错误' } },
    });
    renderGate();
    expect(await screen.findByRole('button', { name: /登\s*录/ })).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('用户名'), { target: { value: 'admin' } });
    fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'wrong' } });
    password = 'wrong';
    fireEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
    expect(await screen.findByText('用户名或密码错误')).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'right-password' } });
    password = 'right-password';
    fireEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
    expect(await screen.findByText('已登录：admin')).toBeInTheDocument();

    // Writes carry the session's CSRF token.
    await apiSend('POST', '/reports/1/make-current').catch(() => undefined);
    const write = fetchMock.mock.calls.find(([url]) => url === '/api/reports/1/make-current');
    expect((write?.[1]?.headers as Record<string, string>)['X-CSRF-Token']).toBe('csrf-1');
  });

  it('goes back to the login page when the API answers 401', async () => {
    let loggedIn = true;
    mockFetch({
      'GET /api/boot': () => ({
        body: boot(
          { user: loggedIn ? ADMIN : null, csrfToken: loggedIn ? 'x' : null, demo: false },
          loggedIn ? [2024] : null,
        ),
      }),
      'GET /api/reports': { status: 401, body: { message: '请先登录' } },
    });
    renderGate();
    expect(await screen.findByText('已登录：admin')).toBeInTheDocument();
    loggedIn = false;
    await expect(apiGet('/reports')).rejects.toBeInstanceOf(ApiError);
    await waitFor(() => expect(screen.getByLabelText('用户名')).toBeInTheDocument());
  });
});
