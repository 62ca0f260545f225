import { ENTITY, POSTGRES_SKIPPED, testDatabaseTypes } from '@ogi/api-data-access';
import { strToU8, zipSync } from 'fflate';
import { asBytes, createTestApp, fixture, type TestApp } from '../testing/test-app';

/** Reverses what follows: `report\u202Etxt.exe` shows as `reportexe.txt`. */
const RLO = '\u202e';
const CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;
const NOT_A_REPORT = Buffer.from('关于召开年度工作会议的通知\n请各单位准时参加。\n', 'utf8');

if (testDatabaseTypes().length === 1) {
  describe.skip(POSTGRES_SKIPPED, () => {
    it('runs the bidi name tests on PostgreSQL', () => undefined);
  });
}

describe.each(testDatabaseTypes())('bidi controls in names on %s', (type) => {
  let t: TestApp;
  const upload = async (bytes: Buffer, name: string) =>
    (await t.http.post('/api/reports').attach('files', bytes, name).expect(200)).body.results;
  const detail = async (id: number) => (await t.http.get(`/api/reports/${id}`).expect(200)).body;
  const disposition = async (id: number) =>
    (await t.http.get(`/api/reports/${id}/original`).buffer(true).parse(asBytes).expect(200))
      .headers['content-disposition'] as string;

  beforeAll(async () => {
    t = await createTestApp(type);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('stores an uploaded file name with a marker for the override, and downloads it without one', async () => {
    const [result] = await upload(NOT_A_REPORT, `report${RLO}txt.exe`);
    expect(result.file).toBe('report▯txt.exe');
    expect((await detail(result.reportId)).sourceFile.fileName).toBe('report▯txt.exe');
    const header = await disposition(result.reportId);
    expect(decodeURIComponent(header)).toContain('report▯txt.exe');
    expect(header).not.toContain('%E2%80%AE');
  });

  it('marks each bidi control in the name of an archive entry', async () => {
    const zip = Buffer.from(
      zipSync({ [`in${'\u2066'}ner/a${'\u200f'}b.txt`]: strToU8('关于召开会议的通知\n') }),
    );
    const [result] = await upload(zip, 'batch.zip');
    expect(result.file).toBe('batch.zip/in▯ner/a▯b.txt');
    expect((await detail(result.reportId)).sourceFile.fileName).toBe('batch.zip/in▯ner/a▯b.txt');
  });

  it('marks them in the office a report names, and in the name the report states', async () => {
    const text = fixture('corpus/sample-dongxing-2025.txt')
      .toString('utf8')
      .replace('东兴街道办事处', `东兴${RLO}街道办事处`);
    const [result] = await upload(Buffer.from(text, 'utf8'), 'dongxing.txt');
    expect(result.office.name).toBe('东兴▯街道办事处');
    expect((await detail(result.reportId)).statedOffice).toBe('东兴▯街道办事处');
    // The same printed name finds the office it created.
    const [again] = await upload(Buffer.from(`${text}\n再版\n`, 'utf8'), 'dongxing-2.txt');
    expect(again.office.id).toBe(result.office.id);
  });

  it('marks them when an office is created or renamed, aliases included', async () => {
    const created = (
      await t.http
        .post('/api/offices')
        .send({ name: `城关${RLO}镇`, aliases: [`城关${'\u2067'}镇人民政府`] })
        .expect(201)
    ).body;
    expect(created.name).toBe('城关▯镇');
    expect(JSON.stringify(created)).not.toMatch(CONTROLS);
    const renamed = (
      await t.http
        .patch(`/api/offices/${created.id}`)
        .send({ name: `北关${'\u061c'}镇` })
        .expect(200)
    ).body;
    expect(renamed.name).toBe('北关▯镇');
  });

  it('marks them when a region is created or renamed', async () => {
    const created = (
      await t.http
        .post('/api/regions')
        .send({ name: `测${RLO}试市`, level: 'city' })
        .expect(201)
    ).body;
    expect(created.name).toBe('测▯试市');
    const renamed = (
      await t.http
        .patch(`/api/regions/${created.id}`)
        .send({ name: `东${'\u200e'}市` })
        .expect(200)
    ).body;
    expect(renamed.name).toBe('东▯市');
  });

  it('marks them in the regions and offices of an import', async () => {
    const csv = [
      '省,市,区县,街道/乡镇,代码,单位',
      `导入省,导${RLO}入市,东区,东兴街道,,东兴${'\u202b'}街道办事处`,
    ];
    await t.http
      .post('/api/regions/import')
      .attach('file', Buffer.from(csv.join('\r\n'), 'utf8'), 'tree.csv')
      .expect(200);
    const regions = (await t.http.get('/api/regions').expect(200)).body.items as { name: string }[];
    expect(regions.map((region) => region.name)).toContain('导▯入市');
    const offices = (await t.http.get('/api/offices?q=街道办事处').expect(200)).body.items as {
      name: string;
    }[];
    expect(offices.map((office) => office.name)).toContain('东兴▯街道办事处');
    expect(JSON.stringify(regions) + JSON.stringify(offices)).not.toMatch(CONTROLS);
  });

  it('never sends a control character in Content-Disposition, even for a name stored before', async () => {
    const [result] = await upload(Buffer.from('另一份通知\n', 'utf8'), 'old.txt');
    const sourceFileId = (await detail(result.reportId)).sourceFile.id;
    // As stored before names were marked on the way in (past the repository, which marks).
    await t.db.write((manager) =>
      manager
        .getRepository(ENTITY.sourceFile)
        .update({ id: sourceFileId }, { fileName: `old${RLO}\u0007txt.exe` }),
    );
    const header = await disposition(result.reportId);
    // eslint-disable-next-line no-control-regex
    expect(header).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(header).not.toContain('%E2%80%AE');
    expect(header).not.toContain('%07');
    expect(decodeURIComponent(header)).toContain('old▯txt.exe');
  });
});
