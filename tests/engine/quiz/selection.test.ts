import { describe, expect, it } from 'vitest';
import { isSelectionComplete, requiredSelections, toggleSelection } from '../../../src/engine/quiz/selection';
import { makeMultiple, makeSingle } from './fixtures';

const single = makeSingle('q-s', 1, 4);
const chooseTwo = makeMultiple('q-m2', [0, 3], 5);
const chooseThree = makeMultiple('q-m3', [0, 1, 4], 5);

describe('requiredSelections', () => {
  it('asks for one option on a single-answer question', () => {
    expect(requiredSelections(single)).toBe(1);
  });

  it('asks for as many options as are correct on a multiple-answer question', () => {
    expect(requiredSelections(chooseTwo)).toBe(2);
    expect(requiredSelections(chooseThree)).toBe(3);
  });
});

describe('toggleSelection', () => {
  it('replaces the pick on a single-answer question', () => {
    expect(toggleSelection([], 2, single)).toEqual([2]);
    expect(toggleSelection([2], 0, single)).toEqual([0]);
  });

  it('keeps the pick when the picked option of a single-answer question is pressed again', () => {
    expect(toggleSelection([2], 2, single)).toEqual([2]);
  });

  it('adds and removes options on a multiple-answer question, keeping them sorted', () => {
    const first = toggleSelection([], 3, chooseTwo);
    const second = toggleSelection(first, 1, chooseTwo);
    expect(second).toEqual([1, 3]);
    expect(toggleSelection(second, 3, chooseTwo)).toEqual([1]);
  });

  it('lets a multiple-answer question take more picks than required', () => {
    expect(toggleSelection([0, 3], 4, chooseTwo)).toEqual([0, 3, 4]);
  });

  it('ignores a key with no option behind it, such as 9 on a four-option question', () => {
    expect(toggleSelection([1], 8, single)).toEqual([1]);
    expect(toggleSelection([0], -1, chooseTwo)).toEqual([0]);
  });
});

describe('isSelectionComplete', () => {
  it('is complete only with exactly the required number of distinct picks', () => {
    expect(isSelectionComplete([0], chooseTwo)).toBe(false);
    expect(isSelectionComplete([0, 2], chooseTwo)).toBe(true);
    expect(isSelectionComplete([0, 0], chooseTwo)).toBe(false);
    expect(isSelectionComplete([0, 2, 4], chooseTwo)).toBe(false);
    expect(isSelectionComplete([3], single)).toBe(true);
  });
});
