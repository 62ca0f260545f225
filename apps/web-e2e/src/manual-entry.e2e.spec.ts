import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { pick } from './support/antd';
import { browserSession, E2E_ENABLED, SHOTS, waitFor } from './support/built-app';
import { file, newOffice, uploadList } from './support/uploads';

// Set here: a project's testTimeout is ignored when the root config runs every project.
jest.setTimeout(300_000);

/** A file the parser cannot read as a report (as a scan without text would be): 无法读取. */
const UNREADABLE = Buffer.from(
  '关于召开年度工作会议的通知\n请各单位准时参加。\n（扫描件）\n',
  'utf8',
);
const OFFICE = '填报测试街道办事处';
const YEAR = 2017;
const CELL = (row: string, column: string) => `表三 ${row} · ${column}`;
const NEW_NATURAL = CELL('一、本年新收政府信息公开申请数量', '自然人');
const NEW_COMMERCIAL = CELL('一、本年新收政府信息公开申请数量', '商业企业');
const NEW_TOTAL = CELL('一、本年新收政府信息公开申请数量', '总计');
const CARRIED_FORWARD = CELL('四、结转下年度继续办理', '自然人');

(E2E_ENABLED ? describe : describe.skip)(
  '填报: a failed upload filled in by hand, counted on 总览',
  () => {
    const app = browserSession();
    let page: Page;
    let officeId = 0;
    beforeAll(async () => {
      page = app.page;
      officeId = await newOffice(app, OFFICE);
    });

    const { row, resultOf, uploaded } = uploadList(app);
    const cell = (name: string) => page.getByRole('textbox', { name, exact: true });
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    /** 总览's report count for the office and year (its KPI card). */
    async function reportsCounted(): Promise<string> {
      await page.goto(`${app.base}/?yearFrom=${YEAR}&yearTo=${YEAR}&officeIds=${officeId}`, {
        waitUntil: 'networkidle',
      });
      const kpi = page.locator('[data-testid=kpi-reports] .kpi-value');
      await kpi.waitFor();
      return (await kpi.innerText()).trim();
    }
    /** Pastes text into the focused cell as a copy from another program would. */
    async function paste(text: string) {
      await page.evaluate((pasted) => {
        const data = new DataTransfer();
        data.setData('text/plain', pasted);
        document.activeElement?.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
      }, text);
    }

    it('counts no report of the office for the year at first', async () => {
      expect(await reportsCounted()).toBe('0');
      await page.screenshot({ path: join(SHOTS, 'manual-entry-before.png'), fullPage: true });
    });

    it('offers 手工填报 for an upload that could not be read', async () => {
      await page.goto(`${app.base}/data`, { waitUntil: 'networkidle' });
      await uploaded([file('scan-page.txt', UNREADABLE, 'text/plain')]);
      expect(await resultOf('scan-page.txt')).toBe('failed');
      await row('scan-page.txt').getByRole('link', { name: '手工填报' }).click();
      await page.waitForURL(/\/manual\/\d+/);
      await page.getByRole('article', { name: '手工填报' }).waitFor();
      // The original beside the form.
      expect(await page.locator('.source-view').innerText()).toContain('scan-page.txt');
    });

    it('fills a row by pasting, moves by Tab and arrows, and names the rule a total breaks', async () => {
      await pick(page, page.locator('.manual-entry-settings'), '选择单位', OFFICE, {
        search: '填报测试',
      });
      await page.getByRole('spinbutton', { name: '年度' }).fill(String(YEAR));

      await cell(NEW_NATURAL).click();
      // A row copied out of a PDF: spaces between the cells, a thousands separator.
      await paste('1,203 2 0 0 0 0 1,206');
      expect(await cell(NEW_NATURAL).inputValue()).toBe('1,203');
      expect(await cell(NEW_TOTAL).inputValue()).toBe('1,206');
      const rules = page.getByTestId('entry-rules');
      await waitFor(
        'the broken total to be named',
        async () => ((await rules.innerText()).includes('总计') ? true : undefined),
        10_000,
      );
      expect(await rules.innerText()).toContain(NEW_TOTAL);
      expect(await cell(NEW_TOTAL).getAttribute('aria-invalid')).toBe('true');
      await page.screenshot({ path: join(SHOTS, 'manual-entry-rule.png'), fullPage: true });

      await cell(NEW_NATURAL).click();
      await page.keyboard.press('Tab');
      expect(await focused()).toBe(NEW_COMMERCIAL);
      await page.keyboard.press('Shift+Tab');
      expect(await focused()).toBe(NEW_NATURAL);
      await page.keyboard.press('ArrowDown');
      expect(await focused()).toBe(CELL('二、上年结转政府信息公开申请数量', '自然人'));

      await cell(NEW_TOTAL).fill('1,205');
      await waitFor(
        'the 总计 column rule to pass',
        async () => (!(await rules.innerText()).includes('T3-3') ? true : undefined),
        10_000,
      );
      // All carried forward, as copied from Excel (tabs): the year's balance (T3-1) holds too.
      await cell(CARRIED_FORWARD).click();
      await paste('1203\t2\t0\t0\t0\t0\t1205\r\n');
      expect(await cell(CELL('四、结转下年度继续办理', '总计')).inputValue()).toBe('1205');
      await waitFor(
        'the rule to pass',
        async () => ((await rules.innerText()).includes('通过各项校验') ? true : undefined),
        10_000,
      );
      expect(await cell(NEW_TOTAL).getAttribute('aria-invalid')).toBeNull();
      await page.screenshot({ path: join(SHOTS, 'manual-entry-filled.png'), fullPage: true });
    });

    it('saves a new version and opens its report page', async () => {
      await page.getByRole('button', { name: /保\s*存/ }).click();
      await page.waitForURL(/\/reports\/\d+/);
      const head = page.locator('.report-view-head');
      await head.getByText(`${OFFICE} ${YEAR}年报告`).waitFor();
      expect(await head.innerText()).toMatch(/第 1 版[\s\S]*当前版本/);
      // Who typed what is in the audit trail.
      expect(await page.getByTestId('audit-trail').innerText()).toContain('手工填报');
      await page.screenshot({ path: join(SHOTS, 'manual-entry-saved.png'), fullPage: true });
    });

    it('is counted on 总览', async () => {
      expect(await reportsCounted()).toBe('1');
      await page.screenshot({ path: join(SHOTS, 'manual-entry-overview.png'), fullPage: true });
    });

    it('logged no console errors', () => {
      expect(app.consoleErrors).toEqual([]);
    });
  },
);
