import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateByShare } from '../../../src/engine/exam/allocate-by-share';

describe('allocateByShare', () => {
  it('gives each group the floor of its share and the leftovers to the largest remainders', () => {
    // Exact shares: 1.8, 1.2, 1.5, 0.9, 1.35, 0.75, 1.05, 1.65, 0.6, 1.2
    expect(allocateByShare([12, 8, 10, 6, 9, 5, 7, 11, 4, 8], 12)).toEqual([2, 1, 1, 1, 1, 1, 1, 2, 1, 1]);
  });

  it('breaks equal remainders in favour of the earlier group', () => {
    expect(allocateByShare([1, 1, 1], 2)).toEqual([1, 1, 0]);
  });

  it('gives a starved group one draw taken from the group most above its share', () => {
    // Exact shares: 9.1, then 0.1 nine times; without the floor of one: [10, 0, ...].
    expect(allocateByShare([91, 1, 1, 1, 1, 1, 1, 1, 1, 1], 10)).toEqual([10, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(allocateByShare([91, 1, 1, 1, 1, 1, 1, 1, 1, 1], 10, true)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    // Exact shares: 2.4, 2.4, 0.2; the first group was rounded up, so it gives the draw.
    expect(allocateByShare([12, 12, 1], 5, true)).toEqual([2, 2, 1]);
  });

  it('leaves empty groups empty and clamps the size to the total weight', () => {
    expect(allocateByShare([3, 0, 2], 10, true)).toEqual([3, 0, 2]);
    expect(allocateByShare([0, 0], 4, true)).toEqual([0, 0]);
    expect(allocateByShare([5, 5], 0, true)).toEqual([0, 0]);
  });

  it('always sums to the size, never exceeds a weight and rounds each share up or down', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 500 }), { minLength: 1, maxLength: 12 }), fc.nat({ max: 200 }), (weights, size) => {
        const total = weights.reduce((sum, weight) => sum + weight, 0);
        const drawn = Math.min(size, total);
        const counts = allocateByShare(weights, size);
        expect(counts.reduce((sum, count) => sum + count, 0)).toBe(drawn);
        counts.forEach((count, at) => {
          const exact = total === 0 ? 0 : (drawn * (weights[at] ?? 0)) / total;
          expect(count).toBeLessThanOrEqual(weights[at] ?? 0);
          expect(count === Math.floor(exact) || count === Math.ceil(exact)).toBe(true);
        });
      }),
      { seed: 3511, numRuns: 500 },
    );
  });

  it('with the floor of one, still sums to the size and gives every non-empty group a draw when it can', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 500 }), { minLength: 1, maxLength: 12 }), fc.nat({ max: 200 }), (weights, size) => {
        const total = weights.reduce((sum, weight) => sum + weight, 0);
        const counts = allocateByShare(weights, size, true);
        expect(counts.reduce((sum, count) => sum + count, 0)).toBe(Math.min(size, total));
        const nonEmpty = weights.filter((weight) => weight > 0).length;
        counts.forEach((count, at) => {
          expect(count).toBeLessThanOrEqual(weights[at] ?? 0);
          if (size >= nonEmpty && (weights[at] ?? 0) > 0) expect(count).toBeGreaterThanOrEqual(1);
        });
      }),
      { seed: 305_300, numRuns: 500 },
    );
  });
});
