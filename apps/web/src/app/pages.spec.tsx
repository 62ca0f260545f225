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
});
