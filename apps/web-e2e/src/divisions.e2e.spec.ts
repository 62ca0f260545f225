import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { pick, spaced, toast } from './support/antd';
import { browserSession, E2E_ENABLED, SHOTS } from './support/built-app';

// Set here: a project's testTimeout is ignored when the root config runs every project.
jest.setTimeout(300_000);

interface RegionItem {
  id: number;
  name: string;
  code: string | null;
  parentId: number | null;
}

/** What a load of divisions reports: 新建 N 个，匹配已有 M 个. */
const LOADED = /已载入行政区划：新建 (\d+) 个，匹配已有 (\d+) 个，补充代码 (\d+) 个/;

(E2E_ENABLED ? describe : describe.skip)('地区: national divisions in a browser', () => {
  const app = browserSession();
  let page: Page;
  beforeAll(() => ({ page } = app));

  const regions = async () => (await app.api<{ items: RegionItem[] }>('/regions')).items;
  const panel = () => page.locator('[data-testid=divisions]');
  /** Loads 辽宁省 to its districts from the panel; answers the numbers of the success message. */
  async function loadLiaoning(): Promise<number[]> {
    await page.goto(`${app.base}/regions`, { waitUntil: 'networkidle' });
    await page.locator('[data-testid=region-tree]').waitFor();
    await pick(page, panel(), '省份', '辽宁省');
    await pick(page, panel(), '深度', '到区县');
    await panel()
      .getByRole('button', { name: spaced('载入') })
      .click();
    const message = toast(page, '已载入行政区划');
    await message.waitFor({ timeout: 60_000 });
    const numbers = (await message.innerText()).match(LOADED);
    if (!numbers) throw new Error(`unexpected message: ${await message.innerText()}`);
    return numbers.slice(1).map(Number);
  }
  /** Finds a region with the tree's search, selects it and answers its detail card's text. */
  async function shown(name: string): Promise<{ code: string; parent: string }> {
    await page.getByLabel('搜索地区').fill(name);
    await page
      .locator('[data-testid=region-tree] .ant-tree-title', { hasText: `${name}（` })
      .first()
      .click();
    const detail = page.locator('[data-testid=region-detail]', { hasText: `${name}（` });
    await detail.waitFor();
    const field = (label: string) =>
      detail
        .locator('.ant-descriptions-item', { hasText: label })
        .locator('.ant-descriptions-item-content')
        .innerText();
    return { code: await field('代码'), parent: await field('上级') };
  }

  it('loads a province to its districts: names and codes appear in the tree', async () => {
    const before = await regions();
    expect(before.some((r) => r.code === '21')).toBe(false);
    const [created, existing] = await loadLiaoning();
    const after = await regions();
    // The province, its 14 cities and their districts (over 100): all new in the demo tree.
    expect(created).toBeGreaterThan(100);
    expect(after.length).toBe(before.length + created);
    expect(existing).toBe(0);

    expect(await shown('辽宁省')).toEqual({ code: '21', parent: '顶级' });
    expect(await shown('沈阳市')).toEqual({ code: '2101', parent: '辽宁省' });
    expect(await shown('沈河区')).toEqual({ code: '210103', parent: '沈阳市' });
    await page.screenshot({ path: join(SHOTS, 'regions-divisions.png'), fullPage: true });
  });

  it('loading the same province again creates nothing and changes no region', async () => {
    const before = await regions();
    const [created, existing, codesSet] = await loadLiaoning();
    expect(created).toBe(0);
    expect(codesSet).toBe(0);
    expect(existing).toBe(before.filter((r) => /^21/.test(r.code ?? '')).length);
    expect(await regions()).toEqual(before);
    expect(await shown('沈阳市')).toEqual({ code: '2101', parent: '辽宁省' });
  });

  it('logged no console errors', () => {
    expect(app.consoleErrors).toEqual([]);
  });
});
