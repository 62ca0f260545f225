import { strToU8, zipSync } from 'fflate';
import { extractDocument } from '../../index';
import { gridText, outline, tables, texts } from '../../test-utils/grid';
import { makeDocx, p, tbl, tc } from '../../test-utils/make-docx';

describe('DOCX documents', () => {
  it('reads paragraphs with tabs and line breaks, ignoring deleted text and field codes', async () => {
    const body =
      p('示例街道办事处', '2023年政府信息公开工作年度报告') +
      '<w:p><w:r><w:t>项目</w:t><w:tab/><w:t>12</w:t><w:br/><w:t>第二行</w:t></w:r>' +
      '<w:del><w:r><w:delText>删除的字</w:delText></w:r></w:del>' +
      '<w:r><w:instrText> PAGE </w:instrText></w:r></w:p>' +
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>无制表位</w:t></w:r></w:p>' +
      '<w:p/>';
    const doc = await extractDocument(makeDocx(body), 'r.docx');
    expect(doc.kind).toBe('docx');
    expect(texts(doc)).toEqual([
      '示例街道办事处2023年政府信息公开工作年度报告',
      '项目\t12\n第二行',
      '无制表位',
    ]);
    expect(doc.blocks.map((b) => b.location.line)).toEqual([1, 2, 3]);
  });

  it('resolves gridSpan and vMerge (restart/continue) into the grid', async () => {
    const body = tbl(
      tc(p('申请人情况'), { vMerge: 'restart' }) +
        tc(p('自然人'), { vMerge: 'restart' }) +
        tc(p('法人或其他组织'), { span: 2 }),
      tc('', { vMerge: '' }) +
        tc('', { vMerge: 'continue' }) +
        tc(p('商业企业')) +
        tc(p('科研机构')),
      tc(p('（一）予以公开')) + tc(p('5')) + tc(p('0')) + tc(p('1')),
    );
    const doc = await extractDocument(makeDocx(body), 'r.docx');
    const [t] = tables(doc);
    expect(gridText(t)).toEqual([
      ['申请人情况', '自然人', '法人或其他组织', '法人或其他组织'],
      ['申请人情况', '自然人', '商业企业', '科研机构'],
      ['（一）予以公开', '5', '0', '1'],
    ]);
    expect(t.rows[1][0]).toMatchObject({ origin: false });
    expect(t.rows[0][0].cell).toMatchObject({
      rowSpan: 2,
      colSpan: 1,
      location: { table: 0, row: 0, column: 0 },
    });
    expect(t.rows[0][2].cell).toMatchObject({ colSpan: 2 });
  });

  it('opens a table holding a table as page content; only the inner table stays a table', async () => {
    const inner = tbl(tc(p('行政复议')) + tc(p('维持')), tc(p('结果')) + tc(p('3')));
    const body =
      p('前言') + tbl(tc(p('四、行政复议和行政诉讼情况') + inner + p('说明文字'))) + p('结尾');
    const doc = await extractDocument(makeDocx(body), 'r.docx');
    expect(outline(doc.blocks)).toEqual([
      'T:前言',
      'T:四、行政复议和行政诉讼情况',
      '[table 0]',
      'T:说明文字',
      'T:结尾',
    ]);
    expect(gridText(tables(doc)[0])).toEqual([
      ['行政复议', '维持'],
      ['结果', '3'],
    ]);
  });

  it('joins a cell’s paragraphs with line breaks', async () => {
    const doc = await extractDocument(
      makeDocx(tbl(tc(p('商业') + p('企业')) + tc(p('7')))),
      'r.docx',
    );
    expect(gridText(tables(doc)[0])).toEqual([['商业\n企业', '7']]);
  });

  it('refuses a ZIP bomb without expanding it', async () => {
    const zeros = new Uint8Array(50 * 1024 * 1024);
    const bomb = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': zeros,
    });
    expect(bomb.length).toBeLessThan(200_000);
    await expect(extractDocument(bomb, 'bomb.docx')).rejects.toMatchObject({ code: 'too_large' });
  });

  it('calls a truncated DOCX corrupt', async () => {
    const bytes = makeDocx(p('x'.repeat(5000)));
    await expect(
      extractDocument(bytes.subarray(0, bytes.length - 200), 'cut.docx'),
    ).rejects.toMatchObject({
      code: 'corrupt',
    });
  });

  it('refuses nesting past the limit at once (damaged closing tags; found by fuzzing)', async () => {
    // Distinct ids keep the compression ratio low: this is refused for its depth, not as a bomb.
    const open = Array.from({ length: 50_000 }, (_, i) => `<w:sdt w:id="${(i * 7919) % 99991}">`);
    const body = `${open.join('')}${p('深处')}`;
    const started = Date.now();
    await expect(extractDocument(makeDocx(body), 'deep.docx')).rejects.toMatchObject({
      code: 'too_large',
      message: 'deep.docx: the Word document nests elements more than 2000 levels deep; refused',
    });
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
