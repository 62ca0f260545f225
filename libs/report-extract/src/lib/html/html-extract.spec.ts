import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as iconv from 'iconv-lite';
import { extractDocument } from '../../index';
import { gridText, outline, tables, texts } from '../../test-utils/grid';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.join(__dirname, '../../fixtures/html', name)));

describe('HTML pages', () => {
  it('reads a whole web page: drops head/script/noscript, opens the layout table, keeps the report table', async () => {
    const doc = await extractDocument(fixture('web-page-layout-table.html'), 'page.html');
    expect(doc.kind).toBe('html');
    expect(doc.encoding).toBe('utf-8');
    expect(outline(doc.blocks)).toEqual([
      'T:首页',
      'T:政务公开',
      'T:当前位置：首页 > 政务公开',
      'T:示例街道办事处2023年政府信息公开工作年度报告',
      'T:本报告依据《中华人民共和国政府信息公开条例》编制。',
      'T:一、总体情况',
      'T:（一）主动公开情况',
      'T:本年度主动公开信息。',
      'T:三、收到和处理政府信息公开申请情况',
      '[table 0]',
      'T:四、其他情况',
      'T:版权所有：示例街道办事处 ICP备00000000号',
    ]);
    expect(texts(doc).join('\n')).not.toMatch(/不是正文|请启用脚本|padding/);
    expect(doc.title).toContain('政府信息公开');
  });

  it('resolves rowspan/colspan so a spanning cell fills every slot, origin only at its top-left', async () => {
    const doc = await extractDocument(fixture('web-page-layout-table.html'), 'page.html');
    const [t] = tables(doc);
    const label = '本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和';
    expect(gridText(t)).toEqual([
      [label, label, '自然人', '法人或其他组织', '法人或其他组织', '法人或其他组织', '总计'],
      [label, label, '自然人', '商业\n企业', '科研机构', '其他', '总计'],
      [label, label, '1', '2', '3', '4', '5'],
      [
        '一、本年新收政府信息公开申请数量',
        '一、本年新收政府信息公开申请数量',
        '12',
        '',
        '0',
        '1',
        '13',
      ],
      ['三、本年度办理结果', '（一）予以公开', '5', '—', '0', '0', '5'],
      ['三、本年度办理结果', '（二）部分公开', '12', '0', '0'],
    ]);
    expect(t.rows[0][0].origin).toBe(true);
    expect(t.rows[1][1].origin).toBe(false);
    expect(t.rows[0][0].cell).toBe(t.rows[2][1].cell);
    expect(t.rows[0][0].cell).toMatchObject({
      rowSpan: 3,
      colSpan: 2,
      location: { table: 0, row: 0, column: 0 },
    });
    expect(t.rows[3][2].cell.location).toEqual({ table: 0, row: 3, column: 2 });
  });

  it('reads a GB2312 page by its meta charset', async () => {
    const html =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>' +
      '<body><p>表三 收到和处理政府信息公开申请情况</p><table><tr><td>自然人</td><td>商业企业</td></tr><tr><td>3</td><td>4</td></tr></table></body></html>';
    const doc = await extractDocument(new Uint8Array(iconv.encode(html, 'gb2312')), 'gb.htm');
    expect(doc.encoding).toBe('gb18030');
    expect(texts(doc)).toEqual(['表三 收到和处理政府信息公开申请情况']);
    expect(gridText(tables(doc)[0])).toEqual([
      ['自然人', '商业企业'],
      ['3', '4'],
    ]);
  });

  it('prefers valid UTF-8 over a stale gb2312 meta tag', async () => {
    const html =
      '<html><head><meta charset="gb2312"></head><body><p>政府信息公开</p></body></html>';
    const doc = await extractDocument(new Uint8Array(Buffer.from(html, 'utf8')), 'a.html');
    expect(texts(doc)).toEqual(['政府信息公开']);
    expect(doc.encoding).toBe('utf-8');
  });

  it('reads spans from a page stored as a JavaScript string (colspan=\\"3\\")', async () => {
    const html =
      '<table border=\\"1\\"><tr><td rowspan=\\"2\\">申请人情况</td><td colspan=\\"3\\">法人或其他组织<\\/td><\\/tr>' +
      '<tr><td>商业企业</td><td>科研机构</td><td>其他</td></tr></table>';
    const doc = await extractDocument(new Uint8Array(Buffer.from(html)), 'page.js.html');
    expect(gridText(tables(doc)[0])).toEqual([
      ['申请人情况', '法人或其他组织', '法人或其他组织', '法人或其他组织'],
      ['申请人情况', '商业企业', '科研机构', '其他'],
    ]);
  });

  it('clamps absurd spans and keeps ragged rows', async () => {
    const html =
      '<table><tr><td colspan="99999">a</td></tr><tr><td>b</td><td rowspan="500">c</td></tr><tr><td>d</td></tr></table>';
    const doc = await extractDocument(new Uint8Array(Buffer.from(html)), 't.html');
    const [t] = tables(doc);
    expect(t.rows[0]).toHaveLength(1000);
    expect(gridText(t).slice(1)).toEqual([
      ['b', 'c'],
      ['d', 'c'],
    ]);
    expect(t.rows[1][1].cell.rowSpan).toBe(2);
  });

  it('reads deep nesting up to the limit without blowing the stack', async () => {
    const depth = 600; // 1,200 elements, plus 200 tables of 3 levels below the limit of 2,000
    const html = `<html><body>${'<div><span>'.repeat(depth)}深处${'</span></div>'.repeat(depth)}${'<table><tr><td>'.repeat(200)}x</body></html>`;
    const doc = await extractDocument(new Uint8Array(Buffer.from(html)), 'deep.html');
    expect(texts(doc)).toEqual(['深处', 'x']);
  });

  it('refuses nesting past the limit at once instead of parsing for minutes', async () => {
    const depth = 200_000;
    const html = `<html><body>${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}</body></html>`;
    const started = Date.now();
    await expect(
      extractDocument(new Uint8Array(Buffer.from(html)), 'deep.html'),
    ).rejects.toMatchObject({
      code: 'too_large',
      message: 'deep.html: the HTML nests elements more than 2000 levels deep; refused',
      messageZh: 'deep.html：HTML 元素嵌套超过 2000 层，已拒绝',
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
