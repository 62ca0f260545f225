import { render, screen } from '@testing-library/react';
import { App } from './app';

function mockFetch(impl: () => Promise<Partial<Response>>) {
  const fn = jest.fn(impl);
  globalThis.fetch = fn as unknown as typeof fetch;
  return fn;
}

describe('App', () => {
  const originalFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = originalFetch;
  });

  it('shows the page title and the service status from /api/health', async () => {
    const fetchMock = mockFetch(async () => ({
      ok: true,
      status: 200,
      json: async () => ({ status: 'ok', version: '1.2.3', uptimeSeconds: 42 }),
    }));

    render(<App />);

    expect(
      screen.getByRole('heading', { level: 1, name: '政府信息公开年报看板 OGI Dashboard' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '服务状态' })).toBeInTheDocument();
    expect(await screen.findByText('正常（ok）')).toBeInTheDocument();
    expect(screen.getByText('1.2.3')).toBeInTheDocument();
    expect(screen.getByText('42 秒')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith('/api/health', expect.anything());
  });

  it('says the service is unavailable when the API answers an error', async () => {
    mockFetch(async () => ({ ok: false, status: 503, json: async () => ({}) }));

    render(<App />);

    expect(await screen.findByText('服务不可用（HTTP 503）')).toBeInTheDocument();
  });
});
