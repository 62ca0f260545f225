import { render, screen } from '@testing-library/react';
import { pageForPath } from './pages';

// The 数据 page's chunk "fails to download" (its module throws when loaded).
jest.mock('../features/data/data-page', () => {
  throw new Error('chunk gone');
});

describe('a page whose chunk cannot be loaded', () => {
  it('says so in the page’s place instead of taking the app down', async () => {
    const { page, params } = pageForPath('/data');
    render(<>{page.render(params)}</>);
    expect(screen.getByRole('status')).toHaveTextContent('正在加载页面…');
    expect(await screen.findByText('页面加载失败，请刷新页面')).toBeInTheDocument();
    expect(screen.getByText('chunk gone')).toBeInTheDocument();
  });
});
