import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { SessionUser } from '../data-access/session';
import { DemoBanner } from './demo-banner';

const ADMIN: SessionUser = {
  id: 1,
  username: 'admin',
  role: 'admin',
  regionIds: [],
  isDemo: false,
};
const DEMO: SessionUser = { ...ADMIN, username: 'demo', isDemo: true };
const VIEWER: SessionUser = { ...ADMIN, username: 'viewer', role: 'viewer', regionIds: [3] };
const DELETE = expect.objectContaining({ method: 'DELETE' });

const TEXT = '演示数据：当前显示的是系统生成的示例报告，不是真实数据。';

function mockFetch(demo: { present: boolean; reports: number; loading: boolean }) {
  const fn = jest.fn(async (_url: string, init?: RequestInit) => {
    if (init?.method === 'DELETE') {
      return { ok: true, status: 200, json: async () => ({ reports: demo.reports }) };
    }
    return { ok: true, status: 200, json: async () => demo };
  });
  globalThis.fetch = fn as unknown as typeof fetch;
  return fn;
}

describe('DemoBanner', () => {
  const originalFetch = globalThis.fetch;
  const originalConfirm = window.confirm;
  afterEach(() => {
    globalThis.fetch = originalFetch;
    window.confirm = originalConfirm;
  });

  it('shows the banner when /api/demo says the demo is present, and deletes it on confirm', async () => {
    const fetchMock = mockFetch({ present: true, reports: 560, loading: false });
    window.confirm = jest.fn(() => true);

    render(<DemoBanner user={ADMIN} />);

    expect(await screen.findByText(TEXT)).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith('/api/demo', expect.anything());
    fireEvent.click(screen.getByRole('button', { name: '删除演示数据' }));

    await waitFor(() => expect(screen.queryByText(TEXT)).not.toBeInTheDocument());
    expect(window.confirm).toHaveBeenCalled();
    expect(fetchMock).toHaveBeenCalledWith('/api/demo', DELETE);
  });

  it('keeps the banner and deletes nothing when the user cancels', async () => {
    const fetchMock = mockFetch({ present: true, reports: 560, loading: false });
    window.confirm = jest.fn(() => false);

    render(<DemoBanner user={ADMIN} />);
    fireEvent.click(await screen.findByRole('button', { name: '删除演示数据' }));

    expect(screen.getByText(TEXT)).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalledWith('/api/demo', DELETE);
  });

  it('shows nothing when there is no demo data', async () => {
    const fetchMock = mockFetch({ present: false, reports: 0, loading: false });

    render(<DemoBanner />);

    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    expect(screen.queryByText(TEXT)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '删除演示数据' })).not.toBeInTheDocument();
  });

  it('says on screen that the demo account is logged in, with its documented password', async () => {
    mockFetch({ present: true, reports: 560, loading: false });
    render(<DemoBanner user={DEMO} />);
    expect(await screen.findByText(TEXT)).toBeInTheDocument();
    expect(
      screen.getByText(/演示账号：已自动以 demo（密码 demo-ogi-2025）登录/),
    ).toBeInTheDocument();
  });

  it('offers the delete button to admins only', async () => {
    mockFetch({ present: true, reports: 560, loading: false });
    render(<DemoBanner user={VIEWER} />);
    expect(await screen.findByText(TEXT)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '删除演示数据' })).not.toBeInTheDocument();
    expect(screen.queryByText(/演示账号：/)).not.toBeInTheDocument();
  });
});
