import { loadPinyin, matchesName, type PinyinMatch } from './pinyin';

describe('office search by name, pinyin and initials', () => {
  let pinyin: PinyinMatch | null = null;
  beforeAll(async () => {
    pinyin = await loadPinyin();
  });

  it.each(['dxjd', 'dongxing', 'DongXingJieDao', '东兴', 'xjd', 'dx jd'])(
    '"%s" finds 东兴街道办事处',
    (input) => {
      expect(matchesName('东兴街道办事处', input, [], pinyin)).toBe(true);
    },
  );

  it('does not find other names', () => {
    expect(matchesName('东兴街道办事处', 'xyz', [], pinyin)).toBe(false);
    expect(matchesName('西城街道', 'dxjd', [], pinyin)).toBe(false);
  });

  it('matches aliases and accepts an empty input', () => {
    expect(matchesName('东兴街道办事处', 'hpz', ['和平镇'], pinyin)).toBe(true);
    expect(matchesName('东兴街道办事处', '  ')).toBe(true);
  });

  it('matches by substring only until pinyin-pro is there', () => {
    expect(matchesName('东兴街道办事处', '街道')).toBe(true);
    expect(matchesName('东兴街道办事处', 'dxjd')).toBe(false);
  });
});
