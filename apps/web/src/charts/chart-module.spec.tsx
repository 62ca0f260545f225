import { renderHook, waitFor } from '@testing-library/react';
import { loadChartModule, useChartModule } from './chart-module';

// Whether the chunk "fails to download" (its module throws when loaded).
let chunkMissing = true;
jest.mock('./chart', () => {
  if (chunkMissing) throw new Error('chunk gone');
  return { Chart: () => null, renderImage: () => '' };
});

describe('the chart chunk as state (useChartModule)', () => {
  it('says why when the chunk cannot be loaded, loads it on a later try, then is ready at once', async () => {
    const failed = renderHook(() => useChartModule());
    expect(failed.result.current.status).toBe('loading');
    await waitFor(() =>
      expect(failed.result.current).toMatchObject({ status: 'failed', error: 'chunk gone' }),
    );

    chunkMissing = false;
    const later = renderHook(() => useChartModule());
    expect(later.result.current.status).toBe('loading');
    await waitFor(() => expect(later.result.current.status).toBe('ready'));
    await expect(loadChartModule()).resolves.toHaveProperty('Chart');

    // A card mounted after the chunk arrived draws in its first render.
    const next = renderHook(() => useChartModule());
    expect(next.result.current.status).toBe('ready');
  });
});
