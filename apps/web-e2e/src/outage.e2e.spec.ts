import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { choose } from './support/antd';
import { browserSession, E2E_ENABLED, SHOTS, waitFor } from './support/built-app';
import { chartsDrawn } from './support/charts';

// Set here: a project's testTimeout is ignored when the root config runs every project.
jest.setTimeout(300_000);

(E2E_ENABLED ? describe : describe.skip)('the server stopped and started during a session', () => {
  const session = browserSession();
  let page: Page;
  beforeAll(() => ({ page } = session));

  const badge = () => page.locator('.shell-header [role=status]');
  const retryButtons = () => page.getByRole('button', { name: '重试', exact: true });
  /** Seconds until the badge reads `text`. */
  async function secondsUntilBadge(text: RegExp, ms: number): Promise<number> {
    const since = Date.now();
    await waitFor(
      `the badge to read ${text}`,
      async () => (text.test(await badge().innerText()) ? true : undefined),
      ms,
    );
    return (Date.now() - since) / 1000;
  }

  it('turns the badge red within seconds, shows 重试, and recovers without reloading the page', async () => {
    await page.goto(`${session.base}/`, { waitUntil: 'networkidle' });
    await chartsDrawn(page);
    expect(await badge().innerText()).toBe('服务正常');
    // Gone if the page were reloaded.
    await page.evaluate(
      () => ((window as unknown as { sameDocument: boolean }).sameDocument = true),
    );
    await page.screenshot({ path: join(SHOTS, 'outage-1-up.png') });

    await session.pause();
    // Nothing on the page asks anything: the badge's own poll notices.
    const noticed = await secondsUntilBadge(/^服务不可用/, 15_000);
    expect(noticed).toBeLessThan(8);
    expect(await badge().innerText()).toBe('服务不可用（无法连接服务器）');

    // A filter change asks for figures the server cannot give: each part says so, with 重试.
    await choose(page, page.locator('#filter-kinds'), '街道');
    await waitFor(
      'the failed reads to say so',
      async () => ((await retryButtons().count()) >= 2 ? true : undefined),
      30_000,
    );
    expect(await page.getByText('主要指标加载失败').count()).toBe(1);
    expect(await page.getByText('数据加载失败').count()).toBeGreaterThan(1);
    // The filter bar is still there: one failing read never blanks the page.
    expect(await page.locator('#filter-kinds').count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'outage-2-down.png'), fullPage: true });

    // 重试 while it is still down fails again, and says so again.
    await retryButtons().first().click();
    await page.waitForTimeout(1_000);
    expect(await retryButtons().count()).toBeGreaterThan(0);

    await session.resume();
    const recovered = await secondsUntilBadge(/^服务正常$/, 15_000);
    expect(recovered).toBeLessThan(8);
    await waitFor(
      'the failed reads to be asked again',
      async () => ((await retryButtons().count()) === 0 ? true : undefined),
      30_000,
    );
    await chartsDrawn(page);
    expect(await page.getByText('主要指标加载失败').count()).toBe(0);
    expect(await page.locator('[data-testid=kpi-reports] .kpi-value').innerText()).toMatch(/\d/);
    expect(
      await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
    ).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'outage-3-recovered.png'), fullPage: true });
  });

  it('a page whose chunk cannot be loaded says so in Chinese and loads by itself once the server is back', async () => {
    await session.pause();
    await secondsUntilBadge(/^服务不可用/, 15_000);
    await page.locator('.shell-nav').getByRole('link', { name: '地区' }).click();
    await page.getByText('页面未能加载').waitFor({ timeout: 30_000 });
    expect(await page.getByText(/系统可能刚刚更新，或与服务器的连接中断/).count()).toBe(1);
    expect(await page.getByRole('button', { name: '重新加载页面' }).count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'outage-4-chunk-failed.png') });
    // The browser's English words are kept folded away under 技术信息.
    const details = page.locator('details.chunk-failed-detail');
    expect(await details.getAttribute('open')).toBeNull();
    expect(await details.textContent()).toMatch(/dynamically imported module/);

    await session.resume();
    await page.getByText('页面未能加载').waitFor({ state: 'detached', timeout: 30_000 });
    expect(
      await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
    ).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'outage-5-chunk-loaded.png') });
  });
});
