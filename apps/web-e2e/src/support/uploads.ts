import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, waitFor } from './built-app';

/** The extractors' test files: real reports (corpus/), office documents, PDFs. */
const FIXTURES = join(ROOT, 'libs/report-extract/src/fixtures');
export const fixture = (path: string) => readFileSync(join(FIXTURES, path));

/** A file as the page's file input takes it. */
export interface Payload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}
export const file = (
  name: string,
  buffer: Buffer,
  mimeType = 'application/octet-stream',
): Payload => ({ name, mimeType, buffer });

/** The 数据 page's upload list: a file's row, and the files given to its input until each has a result. */
export function uploadList(session: { page: Page }) {
  const page = () => session.page;
  const row = (fileName: string) =>
    page().locator(`[data-testid=upload-list] [data-file="${fileName}"]`);
  const resultOf = (fileName: string) => row(fileName).getAttribute('data-result');
  async function uploaded(files: Payload[]) {
    await page().locator('[data-testid=file-input]').setInputFiles(files);
    await sentWithoutRegion(page());
    await row(files[0].name).waitFor();
    await waitFor(
      'every file to get a result',
      async () =>
        (await page().locator('[data-testid=upload-summary] [data-count=pending]').count()) === 0
          ? true
          : undefined,
      120_000,
    );
  }
  return { row, resultOf, uploaded };
}

/**
 * Answers the question an upload with no region or office chosen asks first (the demo has
 * regions): send as is, so a file naming no known office lands under 未分配地区. Without
 * regions nothing is asked; the question opens at once on choosing files, so a short wait tells.
 */
export async function sentWithoutRegion(page: Page): Promise<void> {
  const asIs = page.locator('.upload-region-check').getByRole('button', {
    name: '不指定地区，直接上传',
  });
  const asked = await asIs.waitFor({ timeout: 3_000 }).then(
    () => true,
    () => false,
  );
  if (asked) await asIs.click();
}

/** What the tests' own API calls need of a browser session (see browserSession). */
interface Api {
  api<T>(path: string, init?: RequestInit): Promise<T>;
}

/** A new office in the first region of the tree, for a test's own uploads; answers its id. */
export async function newOffice(session: Api, name: string): Promise<number> {
  const region = (await session.api<{ items: { id: number }[] }>('/regions')).items[0];
  const office = await session.api<{ id: number }>('/offices', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, regionId: region.id }),
  });
  return office.id;
}

/** Uploads one report through the API as the given office's report of the given year. */
export async function postReport(
  session: Api,
  report: {
    name: string;
    bytes: Uint8Array<ArrayBuffer>;
    officeId: number;
    year: number;
    type?: string;
  },
): Promise<{ reportId: number | null; status: string }> {
  const form = new FormData();
  form.append('files', new Blob([report.bytes], { type: report.type ?? '' }), report.name);
  form.append('officeId', String(report.officeId));
  form.append('year', String(report.year));
  const upload = await session.api<{ results: { reportId: number | null; status: string }[] }>(
    '/reports',
    { method: 'POST', body: form },
  );
  return upload.results[0];
}
