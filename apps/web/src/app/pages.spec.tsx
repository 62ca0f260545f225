import { pathParams } from './navigation';
import { PAGES, pageForPath } from './pages';

describe('pages by path', () => {
  it('shows the overview at / and for paths no page owns', () => {
    expect(pageForPath('/').page.key).toBe('overview');
    expect(pageForPath('/no-such-page').page.key).toBe('overview');
  });

  it('gives every page its own path and finds it again, with sub-path parameters', () => {
    for (const page of PAGES) {
      expect(pageForPath(page.path).page.key).toBe(page.key);
    }
    expect(pathParams('/office/12', '/office')).toEqual(['12']);
    expect(pathParams('/officers', '/office')).toBeNull();
    expect(pathParams('/office/%E4%B8%9C', '/office')).toEqual(['东']);
  });

  it('opens an office profile with its year, and a report by id outside the menu', () => {
    expect(pageForPath('/office/12/2023')).toMatchObject({
      page: { key: 'office', label: '单位' },
      params: ['12', '2023'],
    });
    expect(pageForPath('/reports/5')).toMatchObject({ page: { key: 'report' }, params: ['5'] });
    expect(PAGES.find((page) => page.key === 'report')?.menu).toBe(false);
  });
});
