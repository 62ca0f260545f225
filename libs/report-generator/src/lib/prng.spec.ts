import { createRng, splitInteger } from './prng';

describe('createRng', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
  });

  it('forks independent, reproducible streams', () => {
    expect(createRng('s').fork('x').next()).toBe(createRng('s').fork('x').next());
    expect(createRng('s').fork('x').next()).not.toBe(createRng('s').fork('y').next());
  });

  it('keeps int within bounds', () => {
    const rng = createRng(1);
    for (let i = 0; i < 1000; i += 1) {
      const value = rng.int(3, 7);
      expect(value).toBeGreaterThanOrEqual(3);
      expect(value).toBeLessThanOrEqual(7);
    }
  });
});

describe('splitInteger', () => {
  it('splits exactly', () => {
    const rng = createRng(7);
    for (const total of [0, 1, 5, 63, 64, 65, 1000, 123457]) {
      const parts = splitInteger(rng, total, [5, 1, 0.1, 3]);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      expect(parts.every((part) => part >= 0)).toBe(true);
    }
  });
});
