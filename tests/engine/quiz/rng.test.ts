import { describe, expect, it } from 'vitest';
import { createRng, drawIndex, drawSample, hashSeed, shuffle } from '../../../src/engine/quiz/rng';

describe('createRng', () => {
  it('produces the reference mulberry32 sequence for seed 42', () => {
    const rng = createRng(42);
    expect([rng(), rng(), rng()]).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
  });

  it('repeats the same sequence for the same seed and a different one for another seed', () => {
    const first = createRng(2024);
    const again = createRng(2024);
    const other = createRng(2025);
    const draw = (rng: () => number) => Array.from({ length: 5 }, () => rng());
    const sequence = draw(first);
    expect(draw(again)).toEqual(sequence);
    expect(draw(other)).not.toEqual(sequence);
  });

  it('stays within [0, 1) and spreads evenly over ten buckets', () => {
    const rng = createRng(1);
    const buckets = new Array<number>(10).fill(0);
    for (let draw = 0; draw < 10_000; draw += 1) {
      const value = rng();
      expect(value >= 0 && value < 1).toBe(true);
      buckets[Math.floor(value * 10)] = (buckets[Math.floor(value * 10)] ?? 0) + 1;
    }
    for (const count of buckets) expect(Math.abs(count - 1000)).toBeLessThan(120);
  });
});

describe('drawIndex', () => {
  it('draws every index below the bound and none outside it', () => {
    const rng = createRng(3);
    const seen = new Set(Array.from({ length: 200 }, () => drawIndex(rng, 4)));
    expect([...seen].sort()).toEqual([0, 1, 2, 3]);
  });
});

describe('hashSeed', () => {
  it('turns a string into a fixed unsigned 32-bit seed', () => {
    expect(hashSeed('exam-1')).toBe(2684656819);
    expect(hashSeed('')).toBe(2872998923);
  });

  it('gives unrelated seeds for strings that differ in one character', () => {
    expect(hashSeed('exam-2')).toBe(1550185763);
    expect(hashSeed('exam-2')).not.toBe(hashSeed('exam-1'));
  });
});

describe('shuffle', () => {
  const digits = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

  it('returns the same order for the same seed', () => {
    expect(shuffle(digits, createRng(7))).toEqual([0, 1, 9, 7, 3, 4, 5, 6, 2, 8]);
    expect(shuffle(digits, createRng(7))).toEqual([0, 1, 9, 7, 3, 4, 5, 6, 2, 8]);
  });

  it('returns a new array holding each item once and leaves the input alone', () => {
    const input = [...digits];
    const shuffled = shuffle(input, createRng(99));
    expect(shuffled).not.toBe(input);
    expect(input).toEqual([...digits]);
    expect([...shuffled].sort((a, b) => a - b)).toEqual([...digits]);
  });

  it('makes every order of three items about equally likely across seeds', () => {
    const counts = new Map<string, number>();
    for (let seed = 0; seed < 6000; seed += 1) {
      const key = shuffle(['a', 'b', 'c'], createRng(seed)).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(['abc', 'acb', 'bac', 'bca', 'cab', 'cba']);
    for (const count of counts.values()) expect(Math.abs(count - 1000)).toBeLessThan(120);
  });
});

describe('drawSample', () => {
  it('draws the first items of the shuffle that the same seed gives', () => {
    expect(drawSample([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 3, createRng(7))).toEqual([0, 1, 9]);
  });

  it('clamps the count to what there is and to zero', () => {
    expect(drawSample(['x', 'y'], 5, createRng(1)).sort()).toEqual(['x', 'y']);
    expect(drawSample(['x', 'y'], -1, createRng(1))).toEqual([]);
  });
});
