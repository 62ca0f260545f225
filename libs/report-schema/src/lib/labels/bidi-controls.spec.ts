import { BIDI_MARKER, markBidiControls } from './bidi-controls';

describe('markBidiControls', () => {
  it('replaces the override that made report\\u202Etxt.exe show as reportexe.txt', () => {
    expect(markBidiControls('report\u202etxt.exe')).toBe(`report${BIDI_MARKER}txt.exe`);
    expect(BIDI_MARKER).toBe('▯');
  });

  it.each([
    ['U+202A', '\u202a'],
    ['U+202B', '\u202b'],
    ['U+202C', '\u202c'],
    ['U+202D', '\u202d'],
    ['U+202E', '\u202e'],
    ['U+2066', '\u2066'],
    ['U+2067', '\u2067'],
    ['U+2068', '\u2068'],
    ['U+2069', '\u2069'],
    ['U+200E', '\u200e'],
    ['U+200F', '\u200f'],
    ['U+061C', '\u061c'],
  ])('marks %s', (_name, control) => {
    expect(markBidiControls(`东兴${control}街道`)).toBe('东兴▯街道');
  });

  it('marks a run of controls once, and each separate run', () => {
    expect(markBidiControls('a\u202e\u2066\u200fb\u202cc')).toBe('a▯b▯c');
  });

  it('leaves names without them as they are, marker included (marking twice changes nothing)', () => {
    for (const name of ['东兴街道办事处', 'report.txt', 'عربي', 'a\u200bb', '']) {
      expect(markBidiControls(name)).toBe(name);
    }
    expect(markBidiControls(markBidiControls('a\u202eb'))).toBe('a▯b');
  });
});
