import { render, screen } from '@testing-library/react';
import { ApiError } from '../data-access/api-client';
import { WhenLoaded } from './load-states';

const READING = { isError: false, error: null };
const FAILED = { isError: true, error: new ApiError('报告不存在', 404) };

function show(query: { isError: boolean; error: unknown }, data: string | undefined | null) {
  render(
    <WhenLoaded query={query} data={data} failed="无法读取报告" loading="正在读取报告…">
      {(text) => <p>内容：{text}</p>}
    </WhenLoaded>,
  );
}

describe('WhenLoaded', () => {
  it('announces what is being read until there is an answer', () => {
    show(READING, undefined);
    expect(screen.getByRole('status')).toHaveTextContent('正在读取报告…');
    expect(screen.queryByText(/内容/)).toBeNull();
  });

  it('treats null as not read yet', () => {
    show(READING, null);
    expect(screen.getByRole('status')).toHaveTextContent('正在读取报告…');
  });

  it('shows what was read', () => {
    show(READING, '第 2 版');
    expect(screen.getByText('内容：第 2 版')).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it("shows the query's own answer when no data is given", () => {
    render(
      <WhenLoaded
        query={{ isError: false, error: null, data: { version: 3 } }}
        failed="无法读取报告"
        loading="正在读取报告…"
      >
        {(report) => <p>第 {report.version} 版</p>}
      </WhenLoaded>,
    );
    expect(screen.getByText('第 3 版')).toBeInTheDocument();
  });

  it('waits for the data given even when the query has answered', () => {
    render(
      <WhenLoaded
        query={{ isError: false, error: null, data: [2024] }}
        data={null}
        failed="无法读取数据年份"
        loading="正在读取数据年份…"
      >
        {(filters: { yearFrom: number }) => <p>{filters.yearFrom}</p>}
      </WhenLoaded>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('正在读取数据年份…');
  });

  it("shows the failure with the API's words, even over an older answer", () => {
    show(FAILED, '第 1 版');
    expect(screen.getByRole('alert')).toHaveTextContent('无法读取报告');
    expect(screen.getByRole('alert')).toHaveTextContent('报告不存在');
    expect(screen.queryByText(/内容/)).toBeNull();
  });
});
