import { render, screen } from '@testing-library/react';
import { Providers } from '../../app/app';
import { createQueryClient } from '../../data-access/query-client';
import type { Office } from '../../data-access/types';
import { MergePreview } from './merge-preview';

jest.setTimeout(60_000);

const office = (id: number, name: string): Office => ({
  id,
  name,
  kind: 'street',
  regionId: null,
  aliases: [],
  isDemo: false,
});

const originalFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = originalFetch;
});

function answer(body: unknown) {
  // Typed with the URL it is called with, which the tests read back.
  const fn = jest.fn<Promise<unknown>, [string]>(async () => ({
    ok: true,
    status: 200,
    json: async () => body,
  }));
  globalThis.fetch = fn as unknown as typeof fetch;
  return fn;
}

describe('MergePreview', () => {
  it('lists the shared years and the versions that stop being current, by office', async () => {
    const fetchMock = answer({
      sharedYears: [2023, 2025],
      noLongerCurrent: [
        {
          id: 11,
          year: 2025,
          fromOfficeId: 2,
          versionBefore: 1,
          currentBefore: true,
          versionAfter: 1,
          currentAfter: false,
        },
      ],
      reports: [],
    });
    render(
      <Providers client={createQueryClient()}>
        <MergePreview source={office(1, '东兴街道工委')} target={office(2, '东兴街道办事处')} />
      </Providers>,
    );
    expect(await screen.findByTestId('merge-shared-years')).toHaveTextContent('2023 年、2025 年');
    expect(screen.getByTestId('merge-no-longer-current')).toHaveTextContent(
      '“东兴街道办事处” 2025 年第 1 版',
    );
    expect(String(fetchMock.mock.calls[0][0])).toBe(
      '/api/offices/merge-preview?sourceId=1&targetId=2',
    );
  });

  it('says nothing changes in versions when no year is shared', async () => {
    answer({ sharedYears: [], noLongerCurrent: [], reports: [] });
    render(
      <Providers client={createQueryClient()}>
        <MergePreview source={office(1, '甲')} target={office(2, '乙')} />
      </Providers>,
    );
    expect(await screen.findByText(/没有同一年度的报告/)).toBeInTheDocument();
  });
});
