import { POSTGRES_SKIPPED, testDatabaseTypes } from '@ogi/api-data-access';
import { Workbook } from 'exceljs';
import * as iconv from 'iconv-lite';
import { createTestApp, type TestApp } from '../testing/test-app';

if (testDatabaseTypes().length === 1) {
  describe.skip(POSTGRES_SKIPPED, () => {
    it('runs the region import and divisions tests on PostgreSQL', () => undefined);
  });
}

const CSV = [
  '省,市,区县,街道/乡镇,代码,单位',
  '测试省,测试市,东区,东兴街道,990101001,东兴街道办事处',
  '测试省,测试市,东区,七家子镇,990101101,',
  ',,,,,',
  '测试省,测试市,东区,,,',
  '测试省,测试市,东区,北关,990101102,', // no level
  '测试省,测试市,西区,西岗街道,990101001,', // code of 东兴街道
  ',,,,123,', // empty path
  '测试省,测试市,西区,西岗街道,abc,', // not a code
].join('\r\n');

describe.each(testDatabaseTypes())('region import and divisions on %s', (type) => {
  let t: TestApp;
  const importFile = (bytes: Buffer, name: string, dryRun?: boolean) =>
    t.http.post(`/api/regions/import${dryRun ? '?dryRun=true' : ''}`).attach('file', bytes, name);
  const regionCount = async () => (await t.http.get('/api/regions').expect(200)).body.items.length;

  beforeAll(async () => {
    t = await createTestApp(type);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('previews an import without writing, then applies the good rows and rejects the others by row', async () => {
    const before = await regionCount();
    const preview = (await importFile(Buffer.from(`\uFEFF${CSV}`), 'tree.csv', true).expect(200))
      .body;
    expect(await regionCount()).toBe(before);
    expect(preview).toMatchObject({
      dryRun: true,
      regionsCreated: 5,
      regionsExisting: 0,
      officesCreated: 1,
    });
    expect(preview.rejected).toEqual([
      {
        row: 6,
        reason: expect.stringMatching(/^unknown level: 北关 does not end in 街道, 镇 or 乡/),
      },
      {
        row: 7,
        reason: expect.stringMatching(
          /^inconsistent code 990101001: it belongs to 东兴街道 \(region \d+\)$/,
        ),
      },
      { row: 8, reason: 'empty path: none of 省, 市, 区县, 街道/乡镇 is filled in' },
      { row: 9, reason: 'inconsistent code "abc": a division code has 2 to 12 digits' },
    ]);
    expect(preview.preview[0]).toEqual({
      row: 2,
      path: [
        { name: '测试省', level: 'province', status: 'created' },
        { name: '测试市', level: 'city', status: 'created' },
        { name: '东区', level: 'district', status: 'created' },
        { name: '东兴街道', level: 'street', status: 'created' },
      ],
      code: '990101001',
      office: { name: '东兴街道办事处', kind: 'street', status: 'created' },
    });
    expect(preview.preview[1].path[3]).toEqual({
      name: '七家子镇',
      level: 'township',
      status: 'created',
    });

    const applied = (await importFile(Buffer.from(CSV), 'tree.csv').expect(200)).body;
    // Ids a dry run took are not taken back on PostgreSQL (sequences): compare without them.
    const withoutIds = (result: object) =>
      JSON.stringify(result).replace(/region \d+/g, 'region N');
    expect(withoutIds({ ...applied, dryRun: true })).toEqual(withoutIds(preview));
    expect(await regionCount()).toBe(before + 5);
    const offices = (await t.http.get('/api/offices?q=东兴街道').expect(200)).body;
    expect(offices.items).toEqual([
      expect.objectContaining({ name: '东兴街道办事处', kind: 'street', aliases: ['东兴街道'] }),
    ]);

    const again = (await importFile(Buffer.from(CSV), 'tree.csv').expect(200)).body;
    expect(again).toMatchObject({
      regionsCreated: 0,
      regionsExisting: 5,
      officesCreated: 0,
      officesExisting: 1,
    });
  });

  it('reads a GB18030 CSV with a level column', async () => {
    const text = '省份,城市,区县,乡镇,级别,区划代码\n测试省,测试市,南区,南关,乡镇,990102001\n';
    const bytes = iconv.encode(text, 'gb18030');
    const result = (await importFile(bytes, 'gb.csv').expect(200)).body;
    expect(result.rejected).toEqual([]);
    expect(
      result.preview[0].path.map(
        (step: { name: string; status: string }) => `${step.name}:${step.status}`,
      ),
    ).toEqual(['测试省:existing', '测试市:existing', '南区:created', '南关:created']);
    expect(result.preview[0].path[3].level).toBe('township');
  });

  it('reads an XLSX workbook and rejects a code outside its parent’s', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('regions');
    sheet.addRow(['province', 'city', 'district', 'street', 'code', 'office']);
    sheet.addRow(['编码省', '', '', '', '98', '']);
    sheet.addRow(['编码省', '', '北区', '', '980101', '']);
    sheet.addRow(['编码省', '', '北区', '北苑街道', '970101001', '']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const result = (await importFile(bytes, 'tree.xlsx').expect(200)).body;
    expect(result).toMatchObject({ regionsCreated: 2, regionsExisting: 0 });
    expect(result.rejected).toEqual([
      { row: 4, reason: 'inconsistent code 970101001: not under the code 980101 of 北区' },
    ]);
  });

  it('answers 400 for an unknown column, a missing file or a file that is neither CSV nor XLSX', async () => {
    const bad = await importFile(Buffer.from('省,人口\n测试省,1\n'), 'x.csv').expect(400);
    expect(bad.body.message).toMatch(/unknown column "人口"/);
    await t.http.post('/api/regions/import').field('x', '1').expect(400);
    await importFile(Buffer.from([0, 1, 2, 3, 0, 0, 0, 255, 254, 0]), 'x.bin').expect(400);
    await importFile(Buffer.from(CSV), 'x.csv').query({ dryRun: 'maybe' }).expect(400);
  });

  it('lists the national provinces and loads one province without duplicating on a second load', async () => {
    const provinces = (await t.http.get('/api/regions/divisions/provinces').expect(200)).body;
    expect(provinces).toContainEqual({ code: '11', name: '北京市' });
    const existing = (
      await t.http.post('/api/regions').send({ name: '北京市', level: 'province' }).expect(201)
    ).body;
    const first = (
      await t.http
        .post('/api/regions/divisions')
        .send({ provinceCode: '11', depth: 'district' })
        .expect(200)
    ).body;
    expect(first).toMatchObject({ provinces: 1, regionsExisting: 1, codesSet: 1, conflicts: [] });
    expect(first.regionsCreated).toBeGreaterThanOrEqual(16);
    const beijing = (await t.http.get(`/api/regions/${existing.id}`).expect(200)).body;
    expect(beijing).toMatchObject({ code: '11', childCount: first.regionsCreated });
    const second = (
      await t.http
        .post('/api/regions/divisions')
        .send({ provinceCode: '11', depth: 'district' })
        .expect(200)
    ).body;
    expect(second).toMatchObject({
      regionsCreated: 0,
      regionsExisting: first.regionsCreated + 1,
      codesSet: 0,
    });
    await t.http.post('/api/regions/divisions').send({ provinceCode: '99' }).expect(400);
    await t.http.post('/api/regions/divisions').send({ depth: 'village' }).expect(400);
  });
});
