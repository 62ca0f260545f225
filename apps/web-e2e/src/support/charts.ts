import type { Page } from 'playwright-core';
import { waitFor } from './built-app';

/** At least `count` charts of the page are drawn, its requests are done and the animation is over. */
export async function chartsDrawn(page: Page, count = 4): Promise<void> {
  await waitFor(
    `${count} drawn charts`,
    async () =>
      (await page.locator('[data-testid=chart] canvas').count()) >= count ? true : undefined,
    30_000,
  );
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(800); // chart animation
}
