import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Providers } from '../../app/app';
import { createQueryClient } from '../../data-access/query-client';
import type { ReportDetail } from '../../data-access/report-types';
import { reportCell } from '../report-tables/testing';
import { CorrectionForm } from './correction-form';
import { ResolveForm } from './resolve-form';
import ReportPage from './report-page';

// Rendering antd forms is slow on a loaded machine.
jest.setTimeout(60_000);

const detail = (patch: Partial<ReportDetail> = {}): ReportDetail => ({
  id: 7,
  office: { id: 3, name: '东兴街道办事处', regionId: null },
  year: 2024,
  version: 1,
  isCurrent: false,
  status: 'ok',
  formatVersion: { active: null, applications: null, appeals: null },
  parserVersion: 'report-parser@1.0.0',
  fileName: 'a.doc',
  createdAt: '2025-01-01T00:00:00.000Z',
  error: null,
  ocr: null,
  statedOffice: '东兴街道办事处',
  statedYear: 2024,
  sourceFile: {
    id: 1,
    fileName: 'a.doc',
    mediaType: 'application/msword',
    size: 1,
    sha256: '',
  },
  values: {},
  cells: [],
  findings: [],
  versions: [],
  corrections: [],
  ...patch,
});

/** Answers every request with `answer` and records what was sent. */
function mockFetch(answer: (url: string, init?: RequestInit) => unknown) {
  const fn = jest.fn(async (url: string, init?: RequestInit) => ({
    ok: true,
    status: 200,
    json: async () => answer(url, init),
  }));
  globalThis.fetch = fn as unknown as typeof fetch;
  return fn;
}

const sent = (fn: jest.Mock, path: string) => {
  const call = fn.mock.calls.find(
    ([url, init]) => url === path && (init as RequestInit | undefined)?.method === 'POST',
  );
  return call ? JSON.parse(String((call[1] as RequestInit).body)) : undefined;
};

const originalFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = originalFetch;
});

describe('CorrectionForm', () => {
  it('asks for a reason first, then sends the value, the reason and who', async () => {
    const fetchMock = mockFetch(() => detail());
    const onDone = jest.fn();
    const key = 'applications.new_received.total';
    render(
      <Providers client={createQueryClient()}>
        <CorrectionForm
          reportId={7}
          cellKey={key}
          cell={reportCell(key, { value: 3 })}
          report={detail()}
          onDone={onDone}
        />
      </Providers>,
    );
    fireEvent.click(screen.getByRole('button', { name: '保存更正' }));
    expect(await screen.findByText('请写明更正原因。')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('更正后的数值'), { target: { value: '8' } });
    fireEvent.change(screen.getByLabelText('更正原因'), { target: { value: '原文为 8' } });
    fireEvent.click(screen.getByRole('button', { name: '保存更正' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(sent(fetchMock, '/api/reports/7/corrections')).toEqual({
      key,
      value: 8,
      status: 'number',
      reason: '原文为 8',
    });
  });

  it('names the rule a value would break before saving, and saves it when asked again', async () => {
    const fetchMock = mockFetch(() => detail());
    const onDone = jest.fn();
    const parts = { upheld: 2, corrected: 0, other_result: 0, pending: 1, total: 3 };
    const cells = Object.entries(parts).map(([result, value]) =>
      reportCell(`appeals.review.${result}`, { value }),
    );
    const report = detail({
      cells,
      formatVersion: { active: null, applications: null, appeals: '2021' },
    });
    render(
      <Providers client={createQueryClient()}>
        <CorrectionForm
          reportId={7}
          cellKey="appeals.review.upheld"
          cell={cells[0]}
          report={report}
          onDone={onDone}
        />
      </Providers>,
    );
    expect(screen.queryByTestId('correction-broken-rules')).toBeNull();
    // Screen readers hear Chinese names only: no antd "Increase Value" step buttons.
    expect(screen.queryByLabelText(/Increase Value|Decrease Value/)).toBeNull();
    fireEvent.change(screen.getByLabelText('更正后的数值'), { target: { value: '5' } });
    const warning = await screen.findByTestId('correction-broken-rules');
    expect(warning).toHaveTextContent('T4-1 行政复议总计 = 维持 + 纠正 + 其他 + 尚未审结');
    fireEvent.change(screen.getByLabelText('更正原因'), { target: { value: '原文为 5' } });
    fireEvent.click(screen.getByRole('button', { name: '仍然保存' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(sent(fetchMock, '/api/reports/7/corrections')).toMatchObject({ value: 5 });
  });
});

describe('ResolveForm', () => {
  it('sends the office name and year of a report waiting for input', async () => {
    const fetchMock = mockFetch(() => ({ status: 'created', report: detail({ id: 9 }) }));
    render(
      <Providers client={createQueryClient()}>
        <ResolveForm
          report={detail({ status: 'needs_input', office: null, year: null, statedYear: null })}
        />
      </Providers>,
    );
    expect(screen.queryByLabelText(/Increase Value|Decrease Value/)).toBeNull();
    fireEvent.change(screen.getByLabelText('年度'), { target: { value: '2023' } });
    fireEvent.blur(screen.getByLabelText('年度'));
    fireEvent.click(screen.getByRole('button', { name: '保存单位和年度' }));
    await waitFor(() => expect(window.location.pathname).toBe('/reports/9'));
    expect(sent(fetchMock, '/api/reports/7/resolve')).toEqual({
      year: 2023,
      officeName: '东兴街道办事处',
    });
  });
});

describe('ReportPage', () => {
  it('makes a version that is not current the current one', async () => {
    let current = false;
    const fetchMock = mockFetch((url, init) => {
      if (init?.method === 'POST') current = true;
      return detail({ isCurrent: current });
    });
    render(
      <Providers client={createQueryClient()}>
        <ReportPage params={['7']} />
      </Providers>,
    );
    fireEvent.click(await screen.findByRole('button', { name: '设为当前版本' }));
    expect(await screen.findByText('当前版本')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '设为当前版本' })).toBeNull();
    expect(sent(fetchMock, '/api/reports/7/make-current')).toEqual({});
    expect(screen.getByText(/此类文件（如 .doc 文档）无法在页面中直接显示/)).toBeInTheDocument();
  });
});
