import { act, fireEvent, render, screen } from '@testing-library/react';
import { signalConnectionRestored } from '../data-access/connection';
import { pageForPath } from './pages';

// The 数据 page's chunk "fails to download" (its module throws when loaded).
let mockLoads = 0;
jest.mock('../features/data/data-page', () => {
  mockLoads += 1;
  throw new Error('chunk gone');
});

async function openFailingPage() {
  const { page, params } = pageForPath('/data');
  render(<>{page.render(params)}</>);
  expect(screen.getByRole('status')).toHaveTextContent('正在加载页面…');
  expect(await screen.findByText('页面未能加载')).toBeInTheDocument();
}

describe('a page whose chunk cannot be loaded', () => {
  beforeEach(() => {
    mockLoads = 0;
  });

  it('says so in Chinese in the page’s place, offers to reload, and keeps the browser’s words aside', async () => {
    await openFailingPage();
    expect(screen.getByText(/系统可能刚刚更新，或与服务器的连接中断/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '重新加载页面' })).toBeInTheDocument();
    expect(screen.getByText('技术信息')).toBeInTheDocument();
    expect(screen.getByText('chunk gone')).toBeInTheDocument();
  });

  it('tries the chunk again on 重试 and when the server answers again', async () => {
    await openFailingPage();
    const before = mockLoads;
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByText('页面未能加载')).toBeInTheDocument();
    expect(mockLoads).toBe(before + 1);
    act(() => signalConnectionRestored());
    expect(await screen.findByText('页面未能加载')).toBeInTheDocument();
    expect(mockLoads).toBe(before + 2);
  });
});
