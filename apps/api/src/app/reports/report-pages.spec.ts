import { POSTGRES_SKIPPED, testDatabaseTypes } from '@ogi/api-data-access';
import { storePageImages } from '../testing/page-images';
import { asBytes, createTestApp, fixture, type TestApp } from '../testing/test-app';

if (testDatabaseTypes().length === 1) {
  describe.skip(POSTGRES_SKIPPED, () => {
    it('runs the page image tests on PostgreSQL', () => undefined);
  });
}

describe.each(testDatabaseTypes())('page images of a scanned original on %s', (type) => {
  let t: TestApp;
  let scanned: number;
  let text: number;
  let images: Buffer[];

  beforeAll(async () => {
    t = await createTestApp(type);
    const store = async (name: string, tail: string) =>
      (
        await t.http
          .post('/api/reports')
          .attach(
            'files',
            Buffer.concat([fixture('corpus/changtu-qijiazi-2023.txt'), Buffer.from(tail)]),
            name,
          )
          .expect(200)
      ).body.results[0].reportId as number;
    scanned = await store('scan.txt', '\nscan\n');
    text = await store('text.txt', '\ntext\n');
    images = await storePageImages(t.db, scanned, 2);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it('lists the pages with their sizes in pixels and points, in page order', async () => {
    const res = await t.http.get(`/api/reports/${scanned}/pages`).expect(200);
    expect(res.body.pages).toEqual([
      { page: 1, imageWidth: 61, imageHeight: 85, pageWidth: 595, pageHeight: 842, read: true },
      { page: 2, imageWidth: 62, imageHeight: 85, pageWidth: 595, pageHeight: 842, read: true },
    ]);
  });

  it('lists no pages for an original with a text layer', async () => {
    const res = await t.http.get(`/api/reports/${text}/pages`).expect(200);
    expect(res.body.pages).toEqual([]);
  });

  it('answers the stored image of a page, byte for byte, with its media type', async () => {
    const res = await t.http
      .get(`/api/reports/${scanned}/pages/2/image`)
      .parse(asBytes)
      .expect(200);
    expect(res.headers['content-type']).toBe('image/jpeg');
    expect(Buffer.compare(res.body as Buffer, images[1])).toBe(0);
  });

  it('answers 404 naming the page that is not there, 404 for an unknown report, 400 for bad numbers', async () => {
    const missing = await t.http.get(`/api/reports/${scanned}/pages/3/image`).expect(404);
    expect(missing.body.message).toBe(`report ${scanned} has no page image 3`);
    const none = await t.http.get(`/api/reports/${text}/pages/1/image`).expect(404);
    expect(none.body.message).toBe(`report ${text} has no page image 1`);
    await t.http.get('/api/reports/999999/pages').expect(404);
    await t.http.get('/api/reports/999999/pages/1/image').expect(404);
    const zero = await t.http.get(`/api/reports/${scanned}/pages/0/image`).expect(400);
    expect(zero.body.message).toContain('page must be a whole number');
    await t.http.get(`/api/reports/${scanned}/pages/x/image`).expect(400);
    await t.http.get('/api/reports/abc/pages').expect(400);
  });
});
