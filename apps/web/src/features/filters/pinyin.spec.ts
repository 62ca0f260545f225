import { loadPinyin, matchesName } from './pinyin';

describe('office search by name, pinyin and initials', () => {
  beforeAll(() => loadPinyin());

  it.each(['dxjd', 'dongxing', 'DongXingJieDao', '东兴', 'xjd', 'dx jd'])(
    '"%s" finds 东兴街道办事处',
    (input) => {
      expect(matchesName('东兴街道办事处', input)).toBe(true);
    },
  );

  it('does not find other names', () => {
    expect(matchesName('东兴街道办事处', 'xyz')).toBe(false);
    expect(matchesName('西城街道', 'dxjd')).toBe(false);
  });

  it('matches aliases and accepts an empty input', () => {
    expect(matchesName('东兴街道办事处', 'hpz', ['和平镇'])).toBe(true);
    expect(matchesName('东兴街道办事处', '  ')).toBe(true);
  });
});
