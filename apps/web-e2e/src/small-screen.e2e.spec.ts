import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { choose } from './support/antd';
import { browserSession, E2E_ENABLED, SHOTS } from './support/built-app';
import { chartsDrawn } from './support/charts';

// Set here: a project's testTimeout is ignored when the root config runs every project.
jest.setTimeout(300_000);

/** The names screen readers read for the page's controls (icons' own names left out). */
function controlLabels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[aria-label]')]
      .filter((element) => element.getAttribute('role') !== 'img')
      .map((element) => element.getAttribute('aria-label') ?? ''),
  );
}

/** A label with no Chinese in it (numbers alone, e.g. a page number, are fine). */
const english = (label: string) => /[A-Za-z]/.test(label) && !/[\u4e00-\u9fff]/.test(label);

(E2E_ENABLED ? describe : describe.skip)('a small screen and a screen reader', () => {
  const session = browserSession();
  let page: Page;
  beforeAll(() => ({ page } = session));

  it('at 1280×720 the KPI cards stay one row and the first chart starts above the fold', async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${session.base}/`, { waitUntil: 'networkidle' });
    await page.locator('[data-testid=kpi-reports]').waitFor();
    await chartsDrawn(page);
    const cardTops = await page
      .locator('.kpi-card')
      .evaluateAll((cards) => cards.map((card) => Math.round(card.getBoundingClientRect().top)));
    expect(cardTops.length).toBeGreaterThanOrEqual(6);
    expect(new Set(cardTops).size).toBe(1);
    const filterBottoms = await page
      .locator('.filter-bar > *')
      .evaluateAll((fields) =>
        fields.map((field) => Math.round(field.getBoundingClientRect().bottom)),
      );
    expect(new Set(filterBottoms).size).toBe(1);
    // Not just its title: at least 100 px of the drawing is on the first screen.
    const firstDrawing = await page.locator('[data-testid=chart] canvas').first().boundingBox();
    expect(firstDrawing?.y).toBeLessThan(720 - 100);
    await page.screenshot({ path: join(SHOTS, 'overview-1280x720.png') });
  });

  it.each([
    ['总览', '/'],
    ['对比', '/compare'],
    ['数据', '/data'],
    ['地区', '/regions'],
  ])('names the controls of %s in Chinese', async (_name, path) => {
    await page.goto(`${session.base}${path}`, { waitUntil: 'networkidle' });
    await page.locator('#filter-kinds, .regions-layout').first().waitFor();
    if ((await page.locator('#filter-kinds').count()) > 0) {
      // A chosen value brings the select's clear button.
      await choose(page, page.locator('#filter-kinds'), '街道');
      await page.waitForLoadState('networkidle');
    }
    const labels = await controlLabels(page);
    writeFileSync(
      join(SHOTS, `aria-labels-${path.replace(/\W/g, '') || 'overview'}.json`),
      JSON.stringify(labels, null, 2),
    );
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.filter(english)).toEqual([]);
    if (path === '/') expect(labels).toContain('清除');
  });
});
