import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { dialog as openDialog, pick as pickIn, spaced, toast as toastOn } from './support/antd';
import { browserSession, E2E_ENABLED, SHOTS } from './support/built-app';

// Set here: a project's testTimeout is ignored when the root config runs every project.
jest.setTimeout(300_000);

interface RegionItem {
  id: number;
  name: string;
  parentId: number | null;
}

(E2E_ENABLED ? describe : describe.skip)('地区 in a browser (built app, demo data)', () => {
  const app = browserSession();
  let page: Page;
  beforeAll(() => ({ page } = app));

  const regionNamed = async (name: string) =>
    (await app.api<{ items: RegionItem[] }>('/regions')).items.find((r) => r.name === name);
  const dialog = () => openDialog(page);
  const toast = (text: string) => toastOn(page, text);
  const pick = (label: string, option: string | RegExp) => pickIn(page, dialog(), label, option);
  async function newRegion(opener: () => Promise<void>, name: string, level?: RegExp) {
    await opener();
    await dialog().getByLabel('地区名称').fill(name);
    if (level) await pick('级别', level);
    await dialog()
      .getByRole('button', { name: spaced('保存') })
      .click();
  }
  const selectInTree = (title: string) =>
    page.locator('[data-testid=region-tree] .ant-tree-title', { hasText: title }).first().click();

  it('adds a region and a child, renames the child and moves it under another region', async () => {
    await page.goto(`${app.base}/regions`, { waitUntil: 'networkidle' });
    await page.locator('[data-testid=region-tree]').waitFor();

    await newRegion(
      () => page.getByRole('button', { name: '新建顶级地区' }).click(),
      '测试甲市',
      /^市$/,
    );
    await toast('已新建地区“测试甲市”').waitFor();
    await page.locator('[data-testid=region-detail]', { hasText: '测试甲市（市）' }).waitFor();

    await newRegion(() => page.getByRole('button', { name: '新建下级地区' }).click(), '东湖区');
    await toast('已新建地区“东湖区”').waitFor();
    await page.locator('[data-testid=region-detail]', { hasText: '东湖区（区县）' }).waitFor();
    expect((await regionNamed('东湖区'))?.parentId).toBe((await regionNamed('测试甲市'))?.id);

    await page.getByRole('button', { name: '重命名' }).click();
    await dialog().getByLabel('地区名称').fill('西湖区');
    await dialog()
      .getByRole('button', { name: spaced('保存') })
      .click();
    await toast('已保存地区“西湖区”').waitFor();
    await page
      .locator('[data-testid=region-tree] .ant-tree-title', { hasText: '西湖区' })
      .waitFor();

    await newRegion(
      () => page.getByRole('button', { name: '新建顶级地区' }).click(),
      '测试乙市',
      /^市$/,
    );
    await toast('已新建地区“测试乙市”').waitFor();
    await selectInTree('西湖区');
    await page.locator('[data-testid=region-detail]', { hasText: '西湖区（区县）' }).waitFor();
    await page
      .locator('[data-testid=region-detail]')
      .getByRole('button', { name: spaced('移动') })
      .click();
    await pickIn(page, dialog(), '目标地区', '测试乙市', { tree: true });
    await dialog()
      .getByRole('button', { name: spaced('移动') })
      .click();
    await toast('已将“西湖区”移到“测试乙市”下').waitFor();
    expect((await regionNamed('西湖区'))?.parentId).toBe((await regionNamed('测试乙市'))?.id);
    await page.screenshot({ path: join(SHOTS, 'regions-tree.png'), fullPage: true });
  });

  it('shows the API’s reason when an action is refused', async () => {
    await newRegion(
      () => page.getByRole('button', { name: '新建顶级地区' }).click(),
      '测试乙市',
      /^市$/,
    );
    const error = page.locator('.ant-message-notice').filter({ hasText: '新建地区失败' }).first();
    await error.waitFor();
    expect(await error.innerText()).toMatch(/测试乙市/);
    await dialog()
      .getByRole('button', { name: spaced('取消') })
      .click();
  });

  it('imports a CSV: the preview names the bad row and writes nothing until confirmed', async () => {
    const csv = [
      '省,市,区县,街道/乡镇,代码,单位',
      '导入省,导入市,导入区,东风街道,,东风街道办事处',
      '导入省,导入市,导入区,北关,,',
    ].join('\r\n');
    await page.locator('[data-testid=import-input]').setInputFiles({
      name: 'tree.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF${csv}`, 'utf8'),
    });
    const result = page.locator('[data-testid=import-result]');
    await result.getByText('预览（尚未写入）').waitFor();
    const rejected = page.locator('[data-testid=import-rejected] tbody tr');
    expect(await rejected.count()).toBe(1);
    expect(await rejected.first().innerText()).toMatch(/^3\s+.*北关/);
    expect(await result.innerText()).toMatch(/将新建地区 4 个、单位 1 个/);
    expect(await regionNamed('导入省')).toBeUndefined();
    await page.screenshot({ path: join(SHOTS, 'regions-import-preview.png'), fullPage: true });

    await page.getByRole('button', { name: /确认导入（跳过 1 行）/ }).click();
    await toast('导入完成').waitFor();
    expect(await regionNamed('导入省')).toBeDefined();
    expect(await regionNamed('东风街道')).toBeDefined();
  });

  it('merges two offices and undoes the merge', async () => {
    const region = await regionNamed('测试甲市');
    const create = (name: string) =>
      app.api<{ id: number }>('/offices', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name, regionId: region?.id }),
      });
    const source = await create('合并甲街道');
    const target = await create('合并乙街道');
    const panel = page.locator('[data-testid=office-merge]');
    const choose = (label: string, name: string) =>
      pickIn(page, panel, label, name, { search: name });
    await choose('被并入的单位', '合并甲街道');
    await choose('保留的单位', '合并乙街道');
    await panel.getByRole('button', { name: spaced('合并') }).click();
    await page
      .locator('.ant-popconfirm:visible')
      .getByRole('button', { name: spaced('合并') })
      .click();
    await toast('已将“合并甲街道”合并到“合并乙街道”').waitFor();
    const gone = await fetch(`${app.base}/api/offices/${source.id}`, {
      headers: app.sessionHeaders,
    });
    expect(gone.status).toBe(404);
    const merged = await app.api<{ aliases: string[] }>(`/offices/${target.id}`);
    expect(merged.aliases).toContain('合并甲街道');
    const item = page.locator('[data-testid=merge-history] .merge-history-item', {
      hasText: '“合并甲街道” 并入 “合并乙街道”',
    });
    await item.waitFor();
    await page.screenshot({ path: join(SHOTS, 'regions-merge.png'), fullPage: true });

    await item.getByRole('button', { name: spaced('撤销') }).click();
    await page
      .locator('.ant-popconfirm:visible')
      .getByRole('button', { name: spaced('撤销') })
      .click();
    await toast('已撤销合并，“合并甲街道”已恢复').waitFor();
    expect((await app.api<{ name: string }>(`/offices/${source.id}`)).name).toBe('合并甲街道');
    await item.getByText('已撤销').waitFor();
  });

  it('logged no console errors but the refused request of the refusal test', () => {
    // The browser logs every answer ≥ 400 it receives; the one 409 was asked for above.
    const refused = app.consoleErrors.filter((text) => /status of 409/.test(text));
    expect(refused).toHaveLength(1);
    expect(app.consoleErrors.filter((text) => !refused.includes(text))).toEqual([]);
  });
});
