import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ReportDocument, TableBlock } from '@ogi/report-parser';
import { closeExtractors, extractDocument } from '../../index';

const read = (name: string) =>
  extractDocument(
    new Uint8Array(readFileSync(path.join(__dirname, '../../fixtures/office', name))),
    name,
  );

const tablesOf = (doc: ReportDocument) =>
  doc.blocks.filter((b): b is TableBlock => b.type === 'table');
const texts = (t: TableBlock) => t.rows.map((r) => r.map((s) => s.cell.text.replace(/\s+/g, '')));
const shape = (t: TableBlock) => [t.location.page, t.rows.length, t.rows[0].length];

afterAll(() => closeExtractors());

describe('ruled tables of office PDFs (LibreOffice)', () => {
  it('full-2021.pdf: 表二, 表三 over two pages, 表四', async () => {
    const doc = await read('full-2021.pdf');
    const tables = tablesOf(doc);
    expect(tables.map(shape)).toEqual([
      [1, 14, 4],
      [2, 23, 10],
      [3, 5, 10],
      [3, 4, 15],
    ]);
    const [active, apps, appsContinued, appeals] = tables;
    // 表二: a block heading spans the four columns.
    expect(active.rows[0][0].cell).toMatchObject({ text: '第二十条第（一）项', colSpan: 4 });
    expect(active.rows[0].slice(1).map((s) => s.origin)).toEqual([false, false, false]);

    // 表三: the rowspan label of the outcomes, wrapped character by character, spans 18 rows.
    const outcome = apps.rows[5][0];
    expect(outcome.origin).toBe(true);
    expect(outcome.cell).toMatchObject({ rowSpan: 18, colSpan: 1 });
    expect(outcome.cell.text.replace(/\s+/g, '')).toBe('三、本年度办理结果');
    expect(apps.rows[22][0]).toEqual({ cell: outcome.cell, origin: false });
    expect(outcome.cell.location).toMatchObject({ page: 2, table: 1, row: 5, column: 0 });
    const rows = texts(apps);
    expect(rows.find((r) => r[2] === '1.本机关不掌握相关政府信息')).toEqual([
      '三、本年度办理结果',
      '（四）无法提供',
      '1.本机关不掌握相关政府信息',
      '233',
      '26',
      '',
      '1',
      '9',
      '7',
      '276',
    ]);

    // Page 3: the repeated header rows are gone; the wrapped labels arrive whole.
    const continued = texts(appsContinued);
    expect(continued[0].slice(1, 4)).toEqual([
      '（六）其他处理',
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '18',
    ]);
    expect(continued.some((r) => r.some((t) => t.startsWith('（本列数据')))).toBe(false);
    expect(doc.notes).toContain(
      'page 3: dropped 3 repeated table header rows "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况"',
    );

    // 表四: two header levels of spans, then the 15 numbers.
    expect(appeals.rows[0][0].cell).toMatchObject({ text: '行政复议', colSpan: 5 });
    expect(appeals.rows[1][0].cell).toMatchObject({ rowSpan: 2 });
    expect(texts(appeals)[3]).toEqual('5 2 1 1 9 3 1 0 2 6 1 0 0 1 2'.split(' '));
  });

  it('full-2019.pdf: 表三 with 23 outcome rows on one page', async () => {
    const tables = tablesOf(await read('full-2019.pdf'));
    expect(tables.map(shape)).toEqual([
      [1, 18, 4],
      [2, 26, 10],
      [2, 4, 15],
    ]);
    const apps = tables[1];
    expect(apps.rows[5][0].cell).toMatchObject({ rowSpan: 20, colSpan: 1 });
    const rows = texts(apps);
    expect(rows.find((r) => r[2] === '2.没有现成信息需要另行制作')?.slice(1, 4)).toEqual([
      '（四）无法提供',
      '2.没有现成信息需要另行制作',
      '1',
    ]);
  });

  it('wps-like-2022.pdf: a row broken across pages stays two partial rows, header dropped', async () => {
    const doc = await read('wps-like-2022.pdf');
    const tables = tablesOf(doc);
    expect(tables.map(shape)).toEqual([
      [1, 14, 4],
      [2, 19, 10],
      [3, 9, 10],
      [3, 4, 15],
    ]);
    const [, apps, continued] = tables.map(texts);
    expect(apps[18].slice(1, 4)).toEqual(['（五）不予处', '1.信访举报投诉类申请', '4']);
    expect(continued[0].slice(1, 4)).toEqual(['理', '2.重复申请', '2']);
    expect(apps[7].slice(2)).toEqual(['1.属于国家秘密', '0', '0', '0', '0', '0', '0', '0']);
    expect(doc.notes.filter((n) => n.includes('repeated table header'))).toHaveLength(1);
  });
});

/** qpdf, when installed, rewrites a fixture the way other producers store it. */
function hasQpdf(): boolean {
  try {
    execFileSync('qpdf', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

(hasQpdf() ? describe : describe.skip)(
  'the same tables from other PDF storage forms (qpdf)',
  () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ogi-pdf-'));
    const source = path.join(__dirname, '../../fixtures/office/full-2021.pdf');
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it.each([
      // Pages inside compressed object streams: the content-stream reader follows them.
      ['object streams', ['--object-streams=generate', '--compress-streams=y']],
      // Encrypted with an empty user password: the ruling comes from pdf.js's operator list.
      ['AES-256 encryption', ['--encrypt', '', 'owner', '256', '--']],
    ])('%s', async (_name, args) => {
      const out = path.join(dir, `${_name.replace(/\W+/g, '-')}.pdf`);
      execFileSync('qpdf', [...args, source, out]);
      const doc = await extractDocument(new Uint8Array(readFileSync(out)), 'x.pdf');
      const tables = tablesOf(doc);
      expect(tables.map(shape)).toEqual([
        [1, 14, 4],
        [2, 23, 10],
        [3, 5, 10],
        [3, 4, 15],
      ]);
      expect(tables[1].rows[5][0].cell.rowSpan).toBe(18);
    });
  },
);
