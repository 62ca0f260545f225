import type { Locator, Page } from 'playwright-core';

/** antd puts a space between the two characters of a two-character button label (保 存). */
export const spaced = (label: string) => new RegExp(`^${[...label].join('\\s*')}$`);

/** The dialog on screen. */
export const dialog = (page: Page) => page.locator('.ant-modal-wrap:visible .ant-modal');

/** A message (toast) with this text. */
export const toast = (page: Page, text: string) =>
  page.locator('.ant-message-notice').filter({ hasText: text }).first();

/** How to reach an option: `search` is typed first (selects that ask the server as one types). */
export interface PickOptions {
  search?: string;
  /** A TreeSelect: its options are tree nodes, not list items. */
  tree?: boolean;
}

/** Chooses an option of the select labelled `label` inside `scope` (see choose). */
export function pick(
  page: Page,
  scope: Locator,
  label: string,
  option: string | RegExp,
  options: PickOptions = {},
): Promise<void> {
  return choose(page, scope.getByLabel(label), option, options);
}

/**
 * Chooses an option of a select (its input, which has an id) and checks it took: a click that
 * lands while the list is still opening can be lost on a slow machine, so the choice is read back
 * and retried. A multiple select's list is closed after the choice.
 */
export async function choose(
  page: Page,
  select: Locator,
  option: string | RegExp,
  { search, tree = false }: PickOptions = {},
): Promise<void> {
  const id = await select.getAttribute('id');
  if (!id) throw new Error(`the select to choose ${String(option)} in has no id`);
  const shown = page.locator('.ant-select', { has: page.locator(`[id="${id}"]`) });
  const matches = (text: string) =>
    typeof option === 'string' ? text.includes(option) : option.test(text.trim());
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    await select.click();
    if (search !== undefined) await select.fill(search);
    const itemClass = tree ? '.ant-select-tree-title' : '.ant-select-item-option';
    const item = page
      .locator(`.ant-select-dropdown:visible ${itemClass}`, { hasText: option })
      .first();
    await item.waitFor();
    await page.waitForTimeout(300); // the list's opening animation
    await item.click();
    const openList = page.locator('.ant-select-dropdown:visible').first();
    await openList.waitFor({ state: 'hidden', timeout: 3_000 }).catch(async () => {
      await page.keyboard.press('Escape');
      await openList.waitFor({ state: 'hidden', timeout: 3_000 });
    });
    if (matches(await shown.innerText())) return;
  }
  throw new Error(`could not choose ${String(option)} in #${id}`);
}
