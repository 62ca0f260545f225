import { POSTGRES_SKIPPED, testDatabaseTypes } from '@ogi/api-data-access';
import { createTestApp, type TestApp } from '../testing/test-app';

if (testDatabaseTypes().length === 1) {
  describe.skip(POSTGRES_SKIPPED, () => {
    it('runs the regions API tests on PostgreSQL', () => undefined);
  });
}

describe.each(testDatabaseTypes())('regions API on %s', (type) => {
  let t: TestApp;
  const create = (body: object) => t.http.post('/api/regions').send(body);

  beforeAll(async () => {
    t = await createTestApp(type);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('creates a tree, lists it flat with parentId and counts, and shows one region with its lineage', async () => {
    const province = (await create({ name: '甲省', level: 'province', code: '91' }).expect(201))
      .body;
    const city = (await create({ name: '乙市', level: 'city', parentId: province.id }).expect(201))
      .body;
    const street = (
      await create({ name: '丙街道', level: 'street', parentId: city.id }).expect(201)
    ).body;
    expect(street).toMatchObject({
      parentId: city.id,
      path: `/${province.id}/${city.id}/${street.id}/`,
      lineage: [
        { id: province.id, name: '甲省', level: 'province' },
        { id: city.id, name: '乙市', level: 'city' },
        { id: street.id, name: '丙街道', level: 'street' },
      ],
      childCount: 0,
      officeCount: 0,
      reportCount: 0,
    });
    await t.http
      .post('/api/offices')
      .send({ name: '丙街道办事处', regionId: street.id })
      .expect(201);
    const list = (await t.http.get('/api/regions').expect(200)).body.items;
    const mine = list.filter((region: { path: string }) =>
      region.path.startsWith(`/${province.id}/`),
    );
    expect(mine.map((region: { name: string }) => region.name)).toEqual(['甲省', '乙市', '丙街道']);
    expect(mine[2]).toMatchObject({ parentId: city.id, code: null, officeCount: 1 });
    expect((await t.http.get(`/api/regions/${city.id}`).expect(200)).body).toMatchObject({
      childCount: 1,
      officeCount: 0,
      code: null,
    });
  });

  it('refuses a level not below the parent, a sibling of the same name and a taken code with 409', async () => {
    const top = (await create({ name: '丁市', level: 'city' }).expect(201)).body;
    expect(
      (await create({ name: '戊省', level: 'province', parentId: top.id }).expect(409)).body
        .message,
    ).toMatch(/level must be below/);
    await create({ name: '己区', level: 'district', parentId: top.id }).expect(201);
    expect(
      (await create({ name: '己区', level: 'district', parentId: top.id }).expect(409)).body
        .message,
    ).toMatch(/already has a region named 己区/);
    await create({ name: '庚区', level: 'district', parentId: top.id, code: '920101' }).expect(201);
    expect(
      (await create({ name: '辛区', level: 'district', code: '920101' }).expect(409)).body.message,
    ).toMatch(/code 920101 already belongs to 庚区/);
  });

  it('answers 400 naming the field for bad bodies and ids, 404 for unknown regions', async () => {
    const res = await create({ name: '', level: 'village', parentId: 'x', extra: 1 }).expect(400);
    expect(res.body.problems).toEqual([
      'unknown parameter extra (allowed: name, level, parentId, code)',
      'name must be a text of 1 to 100 characters',
      'level must be one of province, city, district, street, township (got "village")',
      'parentId must be a positive whole number or null (got "x")',
    ]);
    await create({ name: '壬区', level: 'district', parentId: 999999 }).expect(400);
    await t.http.get('/api/regions/abc').expect(400);
    await t.http.get('/api/regions/999999').expect(404);
    await t.http.patch('/api/regions/999999').send({ name: 'x' }).expect(404);
    await t.http.delete('/api/regions/999999').expect(404);
  });

  it('moves a region with its whole subtree, renames it and changes its code', async () => {
    const a = (await create({ name: '子省', level: 'province' }).expect(201)).body;
    const b = (await create({ name: '丑省', level: 'province' }).expect(201)).body;
    const city = (await create({ name: '寅市', level: 'city', parentId: a.id }).expect(201)).body;
    const district = (
      await create({ name: '卯区', level: 'district', parentId: city.id }).expect(201)
    ).body;
    const street = (
      await create({ name: '辰街道', level: 'street', parentId: district.id }).expect(201)
    ).body;
    const moved = (
      await t.http
        .patch(`/api/regions/${city.id}`)
        .send({ parentId: b.id, name: '寅新市', code: '9301' })
        .expect(200)
    ).body;
    expect(moved).toMatchObject({
      parentId: b.id,
      name: '寅新市',
      code: '9301',
      path: `/${b.id}/${city.id}/`,
    });
    expect((await t.http.get(`/api/regions/${street.id}`).expect(200)).body).toMatchObject({
      path: `/${b.id}/${city.id}/${district.id}/${street.id}/`,
      lineage: [{ id: b.id }, { id: city.id }, { id: district.id }, { id: street.id }],
    });
    expect((await t.http.get(`/api/regions/${a.id}`).expect(200)).body.childCount).toBe(0);

    const self = await t.http
      .patch(`/api/regions/${city.id}`)
      .send({ parentId: city.id })
      .expect(409);
    expect(self.body.message).toMatch(/cannot move under itself/);
    const below = await t.http
      .patch(`/api/regions/${city.id}`)
      .send({ parentId: street.id })
      .expect(409);
    expect(below.body.message).toMatch(/its own descendant 辰街道/);
    await t.http.patch(`/api/regions/${district.id}`).send({ parentId: null }).expect(200);
    expect((await t.http.get(`/api/regions/${street.id}`).expect(200)).body.path).toBe(
      `/${district.id}/${street.id}/`,
    );
  });

  it('deletes only regions without children or offices, else 409 with the counts', async () => {
    const parent = (await create({ name: '巳省', level: 'province' }).expect(201)).body;
    const child = (await create({ name: '午市', level: 'city', parentId: parent.id }).expect(201))
      .body;
    await t.http
      .post('/api/offices')
      .send({ name: '午市人民政府', regionId: child.id })
      .expect(201);
    const refused = await t.http.delete(`/api/regions/${parent.id}`).expect(409);
    expect(refused.body).toMatchObject({ children: 1, offices: 0 });
    const withOffice = await t.http.delete(`/api/regions/${child.id}`).expect(409);
    expect(withOffice.body).toMatchObject({ children: 0, offices: 1 });
    const empty = (await create({ name: '未市', level: 'city', parentId: parent.id }).expect(201))
      .body;
    await t.http.delete(`/api/regions/${empty.id}`).expect(204);
    await t.http.get(`/api/regions/${empty.id}`).expect(404);
  });
});
