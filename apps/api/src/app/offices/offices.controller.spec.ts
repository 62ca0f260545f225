import { POSTGRES_SKIPPED, testDatabaseTypes } from '@ogi/api-data-access';
import { createTestApp, fixture, type TestApp } from '../testing/test-app';

const DONGXING = 'corpus/sample-dongxing-2025.txt'; // 东兴街道办事处, 2025
const QIJIAZI = 'corpus/changtu-qijiazi-2023.txt'; // 七家子镇人民政府, 2023

if (testDatabaseTypes().length === 1) {
  describe.skip(POSTGRES_SKIPPED, () => {
    it('runs the offices API tests on PostgreSQL', () => undefined);
  });
}

describe.each(testDatabaseTypes())('offices API on %s', (type) => {
  let t: TestApp;
  const createOffice = (body: object) => t.http.post('/api/offices').send(body);
  const createRegion = async (body: object) =>
    (await t.http.post('/api/regions').send(body).expect(201)).body;

  async function uploadFor(officeId: number, name: string, bytes: Buffer, year?: number) {
    const req = t.http.post('/api/reports').field('officeId', String(officeId));
    if (year) req.field('year', String(year));
    const res = await req.attach('files', bytes, name).expect(200);
    return res.body.results[0] as { reportId: number; status: string };
  }

  async function versions(officeId: number, year: number) {
    const res = await t.http
      .get(`/api/reports?officeId=${officeId}&year=${year}&current=false`)
      .expect(200);
    return (res.body.items as { id: number; version: number; isCurrent: boolean }[])
      .map(({ id, version, isCurrent }) => ({ id, version, isCurrent }))
      .sort((a, b) => a.version - b.version);
  }

  beforeAll(async () => {
    t = await createTestApp(type);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('creates offices with inferred kind and default aliases, lists them filtered and paged, shows one', async () => {
    const province = await createRegion({ name: '办公省', level: 'province' });
    const district = await createRegion({
      name: '办公区',
      level: 'district',
      parentId: province.id,
    });
    const office = (
      await createOffice({ name: '新华街道办事处', regionId: district.id }).expect(201)
    ).body;
    expect(office).toMatchObject({
      name: '新华街道办事处',
      kind: 'street',
      regionId: district.id,
      aliases: ['新华街道'],
      regionPath: [
        { id: province.id, name: '办公省', level: 'province' },
        { id: district.id, name: '办公区', level: 'district' },
      ],
      reportCount: 0,
    });
    await createOffice({ name: '办公区财政局', regionId: district.id, aliases: [] }).expect(201);
    await createOffice({ name: '红旗镇人民政府', kind: 'township' }).expect(201);

    const inRegion = (await t.http.get(`/api/offices?regionId=${province.id}`).expect(200)).body;
    expect(inRegion.items.map((item: { name: string }) => item.name).sort()).toEqual(
      ['办公区财政局', '新华街道办事处'].sort(),
    );
    expect(inRegion.total).toBe(2);
    const byAlias = (await t.http.get('/api/offices?q=新华街道').expect(200)).body;
    expect(byAlias.items.map((item: { id: number }) => item.id)).toEqual([office.id]);
    const streets = (
      await t.http.get(`/api/offices?kind=street&regionId=${province.id}`).expect(200)
    ).body;
    expect(streets.total).toBe(1);
    const paged = (
      await t.http.get(`/api/offices?regionId=${province.id}&limit=1&offset=1`).expect(200)
    ).body;
    expect(paged).toMatchObject({ total: 2, offset: 1, limit: 1 });
    expect(paged.items).toHaveLength(1);
    const wildcard = (await t.http.get('/api/offices?q=%25').expect(200)).body;
    expect(wildcard.total).toBe(0);

    const bad = await t.http.get('/api/offices?kind=city&limit=0&sort=name').expect(400);
    expect(bad.body.problems).toHaveLength(3);
    await t.http.get('/api/offices/999999').expect(404);
    await t.http.get('/api/offices?regionId=999999').expect(400);
  });

  it('lists only the offices without a region with unplaced=true, and none to a caller with a region scope', async () => {
    const region = await createRegion({ name: '待分配区', level: 'district' });
    await createOffice({ name: '待分配区财政局', regionId: region.id }).expect(201);
    const loose = (await createOffice({ name: '无处安放镇人民政府', regionId: null }).expect(201))
      .body;

    const unplaced = (await t.http.get('/api/offices?unplaced=true&limit=500').expect(200)).body;
    const ids = unplaced.items.map((item: { id: number }) => item.id);
    expect(ids).toContain(loose.id);
    expect(
      unplaced.items.every((item: { regionId: number | null }) => item.regionId === null),
    ).toBe(true);
    await t.http.get(`/api/offices?unplaced=true&regionId=${region.id}`).expect(400);

    const scoped = await t.userAgent('unplaced-viewer', 'viewer', [region.id]);
    expect((await scoped.http.get('/api/offices?unplaced=true').expect(200)).body.total).toBe(0);
  });

  it('refuses a name or alias that another office of the region already has, naming it', async () => {
    const region = await createRegion({ name: '冲突区', level: 'district' });
    const first = (await createOffice({ name: '和平街道办事处', regionId: region.id }).expect(201))
      .body;
    const clash = await createOffice({ name: '和平街道', regionId: region.id }).expect(409);
    expect(clash.body.message).toContain(`office ${first.id} (和平街道办事处)`);
    await createOffice({ name: '和平街道', regionId: null }).expect(201);
    await createOffice({ name: '', aliases: 'x' }).expect(400);
  });

  it('renames an office keeping the old name as an alias, changes kind and region, adds and removes aliases', async () => {
    const region = await createRegion({ name: '更名区', level: 'district' });
    const office = (await createOffice({ name: '老街道办事处', aliases: ['老街道'] }).expect(201))
      .body;
    const renamed = (
      await t.http
        .patch(`/api/offices/${office.id}`)
        .send({
          name: '新街道办事处',
          regionId: region.id,
          kind: 'department',
          addAliases: ['新街道'],
          removeAliases: ['老街道'],
        })
        .expect(200)
    ).body;
    expect(renamed).toMatchObject({
      name: '新街道办事处',
      kind: 'department',
      regionId: region.id,
    });
    expect(renamed.aliases.sort()).toEqual(['新街道', '老街道办事处'].sort());
    const other = (await createOffice({ name: '别的街道办事处', regionId: region.id }).expect(201))
      .body;
    const clash = await t.http
      .patch(`/api/offices/${other.id}`)
      .send({ addAliases: ['老街道办事处'] })
      .expect(409);
    expect(clash.body.message).toContain(`office ${office.id} (新街道办事处)`);
    const missing = await t.http
      .patch(`/api/offices/${office.id}`)
      .send({ removeAliases: ['无'] })
      .expect(400);
    expect(missing.body.message).toMatch(/has no alias 无/);
    await t.http.patch('/api/offices/999999').send({ kind: 'street' }).expect(404);
  });

  it('merges an office into another with its reports renumbered, and undoes the merge exactly', async () => {
    const target = (await createOffice({ name: '东兴街道办事处' }).expect(201)).body;
    const source = (await createOffice({ name: '东兴街道工委', aliases: ['东兴工委'] }).expect(201))
      .body;
    const t1 = await uploadFor(target.id, 'dx-a.txt', fixture(DONGXING));
    const s1 = await uploadFor(
      source.id,
      'dx-b.txt',
      Buffer.concat([fixture(DONGXING), Buffer.from('\nB\n')]),
    );
    const s2 = await uploadFor(source.id, 'qjz.txt', fixture(QIJIAZI));
    expect([t1.status, s1.status, s2.status]).toEqual(['created', 'created', 'created']);
    const before = {
      target2025: await versions(target.id, 2025),
      source2025: await versions(source.id, 2025),
      source2023: await versions(source.id, 2023),
    };

    const preview = (
      await t.http
        .get(`/api/offices/merge-preview?sourceId=${source.id}&targetId=${target.id}`)
        .expect(200)
    ).body;
    // 2025 is shared; the target's earlier current version gives way to the source's later one.
    expect(preview.sharedYears).toEqual([2025]);
    expect(preview.noLongerCurrent).toEqual([
      expect.objectContaining({
        id: t1.reportId,
        year: 2025,
        fromOfficeId: target.id,
        currentBefore: true,
        currentAfter: false,
      }),
    ]);
    expect(await versions(target.id, 2025)).toEqual(before.target2025);
    const same = await t.http
      .get(`/api/offices/merge-preview?sourceId=${source.id}&targetId=${source.id}`)
      .expect(400);
    expect(same.body.message).toContain('sourceId and targetId must differ');
    await t.http.get(`/api/offices/merge-preview?sourceId=${source.id}`).expect(400);

    const merge = (
      await t.http
        .post('/api/offices/merge')
        .send({ sourceId: source.id, targetId: target.id })
        .expect(200)
    ).body;
    expect(merge).toMatchObject({
      sourceId: source.id,
      targetId: target.id,
      sourceName: '东兴街道工委',
      undoneAt: null,
    });
    await t.http.get(`/api/offices/${source.id}`).expect(404);
    expect(await versions(target.id, 2025)).toEqual([
      { id: t1.reportId, version: 1, isCurrent: false },
      { id: s1.reportId, version: 2, isCurrent: true },
    ]);
    expect(await versions(target.id, 2023)).toEqual([
      { id: s2.reportId, version: 1, isCurrent: true },
    ]);
    const merged = (await t.http.get(`/api/offices/${target.id}`).expect(200)).body;
    expect(merged.aliases).toEqual(expect.arrayContaining(['东兴工委', '东兴街道工委']));
    expect(merged.reportCount).toBe(2);
    const listed = (await t.http.get('/api/offices/merges').expect(200)).body;
    expect(listed.items[0]).toMatchObject({ id: merge.id, reports: expect.any(Array) });

    const undone = (await t.http.post(`/api/offices/merges/${merge.id}/undo`).expect(200)).body;
    expect(undone.undoneAt).toEqual(expect.any(String));
    const restored = (await t.http.get(`/api/offices/${source.id}`).expect(200)).body;
    expect(restored).toMatchObject({
      id: source.id,
      name: '东兴街道工委',
      aliases: ['东兴工委'],
      reportCount: 2,
    });
    expect((await t.http.get(`/api/offices/${target.id}`).expect(200)).body.aliases).toEqual(
      target.aliases,
    );
    expect({
      target2025: await versions(target.id, 2025),
      source2025: await versions(source.id, 2025),
      source2023: await versions(source.id, 2023),
    }).toEqual(before);
    const again = await t.http.post(`/api/offices/merges/${merge.id}/undo`).expect(409);
    expect(again.body.message).toMatch(/was undone at/);
  });

  it('refuses an undo with 409 when a report was added to the target after the merge', async () => {
    const target = (
      await createOffice({ name: '七家子镇人民政府', regionId: null, aliases: [] }).expect(201)
    ).body;
    const source = (await createOffice({ name: '七家子乡', aliases: [] }).expect(201)).body;
    await uploadFor(source.id, 'q1.txt', Buffer.concat([fixture(QIJIAZI), Buffer.from('\n1\n')]));
    const merge = (
      await t.http
        .post('/api/offices/merge')
        .send({ sourceId: source.id, targetId: target.id })
        .expect(200)
    ).body;
    const later = await uploadFor(
      target.id,
      'q2.txt',
      Buffer.concat([fixture(QIJIAZI), Buffer.from('\n2\n')]),
    );
    expect(later.status).toBe('new_version');
    const refused = await t.http.post(`/api/offices/merges/${merge.id}/undo`).expect(409);
    expect(refused.body.message).toContain(
      `report ${later.reportId} (2023) was added to office ${target.id}`,
    );
    await t.http
      .post('/api/offices/merge')
      .send({ sourceId: target.id, targetId: target.id })
      .expect(400);
    await t.http
      .post('/api/offices/merge')
      .send({ sourceId: 999999, targetId: target.id })
      .expect(404);
    await t.http.post('/api/offices/merges/999999/undo').expect(404);
  });
});
