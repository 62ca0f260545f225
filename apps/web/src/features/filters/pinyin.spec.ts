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

describe('pinyin over thousands of offices', () => {
  it('reads polyphones by any reading and ü as v or u', async () => {
    const pinyin = await loadPinyin();
    expect(matchesName('长安镇', 'zaz', [], pinyin)).toBe(true);
    expect(matchesName('长安镇', 'changan', [], pinyin)).toBe(true);
    expect(matchesName('绿园街道', 'lvyuan', [], pinyin)).toBe(true);
    expect(matchesName('绿园街道', 'luy', [], pinyin)).toBe(true);
    expect(matchesName('长安镇', 'caz', [], pinyin)).toBe(true);
    expect(matchesName('长安镇', 'anc', [], pinyin)).toBe(false);
  });

  it("searches thousands of names many times faster than pinyin-pro's match", async () => {
    const pinyin = await loadPinyin();
    const { match } = await import('pinyin-pro');
    const chars =
      '东兴街道办事处长安镇人民政府市场监督管理局和平里北新桥朝阳门建国交口定华景山前崇文';
    const names = Array.from(
      { length: 3000 },
      (_, i) =>
        `${chars.slice(i % 40, (i % 40) + 3 + (i % 3))}${i % 2 ? '街道办事处' : '镇人民政府'}`,
    );
    names.forEach((name) => matchesName(name, 'q', [], pinyin)); // readings cached once
    let ours = 0;
    let theirs = 0;
    for (const query of ['dxjd', 'dongxing', 'zf', 'xyz']) {
      let started = performance.now();
      const found = names.filter((name) => matchesName(name, query, [], pinyin));
      ours += performance.now() - started;
      started = performance.now();
      const expected = names.filter((name) => match(name, query, { continuous: true }) !== null);
      theirs += performance.now() - started;
      expect(found).toEqual(expected);
    }
    // Relative, so a loaded machine does not fail it: 7–220× measured on the development machine.
    expect(ours * 3).toBeLessThan(theirs);
  });
});
