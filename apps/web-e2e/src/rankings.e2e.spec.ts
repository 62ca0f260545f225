import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { browserSession, E2E_ENABLED, SHOTS, waitFor } from './support/built-app';
import { chartsDrawn } from './support/charts';

// Set here: a project's testTimeout is ignored when the root config runs every project.
jest.setTimeout(240_000);

/**
 * Records the text every canvas draws (fillText), reset when the whole canvas is cleared for a
 * new frame: what ECharts leaves out (a label hidden for overlapping) is never drawn.
 */
function recordCanvasText(): void {
  type Recording = HTMLCanvasElement & { drawnText?: string[] };
  const proto = CanvasRenderingContext2D.prototype;
  const fillText = proto.fillText;
  const clearRect = proto.clearRect;
  proto.fillText = function (
    this: CanvasRenderingContext2D,
    text: string,
    ...rest: [number, number]
  ) {
    const canvas = this.canvas as Recording;
    (canvas.drawnText ??= []).push(text);
    return fillText.call(this, text, ...rest);
  };
  proto.clearRect = function (this: CanvasRenderingContext2D, x, y, w, h) {
    const canvas = this.canvas as Recording;
    if (x <= 0 && y <= 0 && w >= canvas.width && h >= canvas.height) canvas.drawnText = [];
    return clearRect.call(this, x, y, w, h);
  };
}

interface MatrixAnswer {
  years: number[];
  rows: { office: { id: number; name: string } }[];
}

interface RankingAnswer {
  items: { office: { name: string }; current: { value: number | null } }[];
}

(E2E_ENABLED ? describe : describe.skip)(
  'rankings and drill-through (built app, demo data)',
  () => {
    const session = browserSession();
    let page: Page;
    beforeAll(async () => {
      ({ page } = session);
      await page.addInitScript(recordCanvasText);
    });

    const card = (title: string | RegExp) =>
      page.locator('.chart-card', {
        has: page.locator('.ant-card-head-title', { hasText: title }),
      });
    const compareCount = () => page.locator('.compare-count').innerText();

    it('reaches the bottom five offices of a district by 公开率 in four clicks from 总览', async () => {
      let clicks = 0;
      const click = async (target: Locator, position?: { x: number; y: number }) => {
        clicks += 1;
        await target.click(position ? { position } : undefined);
      };

      await page.goto(`${session.base}/`, { waitUntil: 'networkidle' });
      // 1: the 公开率 card opens 对比 ranking by that metric, here the districts of the city.
      await click(page.getByTestId('kpi-disclosure_rate').locator('a.kpi-link'));
      await page.waitForURL(/\/compare\?.*metric=disclosure_rate/);
      await chartsDrawn(page);
      const districts = Number((await compareCount()).match(/^(\d+) 个地区/)?.[1]);
      expect(districts).toBeGreaterThanOrEqual(2);

      // 2: the top bar of the ranking (the district with the highest rate) opens its offices.
      const ranking = card('公开率排名').locator('[data-testid=chart]');
      const box = await ranking.boundingBox();
      if (!box) throw new Error('the ranking is not on screen');
      const visible = Math.min(districts, 15);
      // The plot runs from 16 px under the top to the value axis (about 28 px from the bottom).
      const band = (box.height - 16 - 28) / visible;
      await click(ranking, { x: box.width * 0.45, y: 16 + band / 2 });
      await page.waitForURL(/compareBy=office/);
      const regionId = new URL(page.url()).searchParams.get('regionIds');
      expect(regionId).toMatch(/^\d+$/);
      await waitFor(
        'the offices of the district',
        async () => ((await compareCount()).includes('个单位') ? true : undefined),
        30_000,
      );
      await chartsDrawn(page);

      // 3 and 4: lowest first, five of them.
      const offices = card('公开率排名');
      await click(offices.getByText('最低', { exact: true }));
      await click(offices.getByText('5 个', { exact: true }));
      await page.waitForURL(/rank=bottom&n=5/);
      await offices.locator('.ant-card-head-title', { hasText: '后 5' }).waitFor();
      await chartsDrawn(page);
      expect(clicks).toBeLessThanOrEqual(4);
      await page.screenshot({ path: join(SHOTS, 'bottom-five.png'), fullPage: true });

      // The five are the API's five lowest of that district in that year, lowest first.
      const url = new URL(page.url());
      const yearTo = url.searchParams.get('yearTo');
      const query = new URLSearchParams({
        metric: 'disclosure_rate',
        order: 'asc',
        limit: '5',
        regionIds: regionId ?? '',
        ...(yearTo ? { yearFrom: yearTo, yearTo } : {}),
      });
      const lowest = await session.api<RankingAnswer>(`/stats/ranking?${query}`);
      await offices.getByText('表格', { exact: true }).click();
      const rows = offices.locator('tbody tr.ant-table-row');
      // The table view is loaded on demand: wait for its rows before reading them.
      await rows.first().waitFor();
      const shown = await rows.evaluateAll((list) =>
        list.map((row) => row.querySelector('td')?.nextElementSibling?.textContent ?? ''),
      );
      const percent = (value: number | null) =>
        value === null ? '—' : `${(Math.round(value * 1000) / 10).toFixed(1)}%`;
      expect(shown.map((text) => text.replace(/（.*$/, ''))).toEqual(
        lowest.items.map((item) => percent(item.current.value)),
      );
      // Each row links to the office's profile at that year, the filters kept.
      const href = await rows.first().locator('a').first().getAttribute('href');
      expect(href).toMatch(
        new RegExp(`^/office/\\d+/${yearTo ?? '\\d{4}'}\\?.*regionIds=${regionId}`),
      );
    });

    it('opens the office of a bar in a new tab on a middle click or a Ctrl click, this tab kept', async () => {
      const offices = card('公开率排名');
      await offices.getByText('图表', { exact: true }).click();
      await chartsDrawn(page);
      const chart = offices.locator('[data-testid=chart]');
      const box = await chart.boundingBox();
      if (!box) throw new Error('the ranking is not on screen');
      // Five rows: the third bar sits in the middle of the plot (16 px top, ~28 px value axis).
      const position = { x: box.width * 0.3, y: 16 + ((box.height - 44) / 5) * 2.5 };
      const before = page.url();
      for (const how of [{ button: 'middle' as const }, { modifiers: ['Control' as const] }]) {
        const [opened] = await Promise.all([
          page.context().waitForEvent('page'),
          chart.click({ position, ...how }),
        ]);
        await opened.waitForLoadState();
        expect(opened.url()).toMatch(/\/office\/\d+\/\d{4}\?/);
        await opened.close();
        expect(page.url()).toBe(before);
      }
    });

    it('draws the name of every one of twenty offices under the grouped bars', async () => {
      const years = await session.api<{ years: number[] }>('/stats/years');
      const yearTo = Math.max(...years.years);
      const yearFrom = yearTo - 2;
      const matrix = await session.api<MatrixAnswer>(
        `/stats/matrix?metric=applications_new&yearFrom=${yearFrom}&yearTo=${yearTo}&page=1&pageSize=20`,
      );
      const offices = matrix.rows.map((row) => row.office);
      expect(offices).toHaveLength(20);
      const search = new URLSearchParams({
        yearFrom: String(yearFrom),
        yearTo: String(yearTo),
        officeIds: offices.map((office) => office.id).join(','),
        compareBy: 'office',
      });
      await page.goto(`${session.base}/compare?${search}`.replace(/%2C/g, ','), {
        waitUntil: 'networkidle',
      });
      await chartsDrawn(page);
      expect(await compareCount()).toMatch(/^20 个单位/);
      const bars = card('按单位和年份').locator('[data-testid=chart] canvas').first();
      const drawn = await bars.evaluate(
        (canvas) => (canvas as HTMLCanvasElement & { drawnText?: string[] }).drawnText ?? [],
      );
      const missing = offices.filter((office) => !drawn.includes(office.name));
      expect(missing).toEqual([]);
      await card('按单位和年份').screenshot({ path: join(SHOTS, 'grouped-bars-20-offices.png') });
    });

    it('logged no console errors', () => {
      expect(session.consoleErrors).toEqual([]);
    });
  },
);
