import { targetHref, wantsNewTab } from './drill-link';

const plain = { button: 0, ctrlKey: false, metaKey: false, shiftKey: false };

describe('drill-through links', () => {
  it('open an office profile at the year, keeping the filters', () => {
    expect(targetHref({ entity: 'office', id: 12, year: 2024 }, '?yearFrom=2020&yearTo=2024')).toBe(
      '/office/12/2024?yearFrom=2020&yearTo=2024',
    );
    expect(targetHref({ entity: 'office', id: 12, year: null }, '')).toBe('/office/12');
  });

  it('open the offices of a region on 对比, the region as the filter', () => {
    expect(
      targetHref(
        { entity: 'region', id: 5, year: 2024 },
        '?yearFrom=2024&yearTo=2024&regionIds=2&compareBy=region&level=district&metric=disclosure_rate',
      ),
    ).toBe(
      '/compare?yearFrom=2024&yearTo=2024&regionIds=5&compareBy=office&metric=disclosure_rate',
    );
    expect(targetHref({ entity: 'region', id: 5, year: null }, '?sel=abc')).toBe(
      '/compare?regionIds=5&compareBy=office',
    );
  });

  it('open a new tab for the middle button and with Ctrl, ⌘ or Shift held', () => {
    expect(wantsNewTab(plain)).toBe(false);
    expect(wantsNewTab({ ...plain, button: 1 })).toBe(true);
    expect(wantsNewTab({ ...plain, ctrlKey: true })).toBe(true);
    expect(wantsNewTab({ ...plain, metaKey: true })).toBe(true);
  });
});
