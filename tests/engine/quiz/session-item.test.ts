import { describe, expect, it } from 'vitest';
import { indexQuestions, uniqueQuestions } from '../../../src/engine/quiz/question-bank';
import { createRng } from '../../../src/engine/quiz/rng';
import { buildOptionOrder, createSessionItem, toOriginalOptionIndex } from '../../../src/engine/quiz/session-item';
import { makeFill, makeSingle, qid } from './fixtures';

describe('buildOptionOrder', () => {
  it('shuffles the options of a choice question with the generator', () => {
    expect(buildOptionOrder(makeSingle('q', 0, 5), createRng(8))).toEqual([0, 3, 2, 4, 1]);
  });

  it('keeps the written order of a fixed-order question without drawing from the generator', () => {
    const rng = createRng(8);
    expect(buildOptionOrder(makeSingle('q', 0, 3, {}, true), rng)).toEqual([0, 1, 2]);
    expect(rng()).toBe(createRng(8)());
  });

  it('gives a fill question no options', () => {
    expect(buildOptionOrder(makeFill('q', ['x']), createRng(8))).toEqual([]);
  });
});

describe('toOriginalOptionIndex', () => {
  const item = createSessionItem(makeSingle('q', 0, 5), createRng(8));

  it('maps a displayed position, such as key 2 for position 1, to the original option', () => {
    expect(item.optionOrder).toEqual([0, 3, 2, 4, 1]);
    expect(toOriginalOptionIndex(item, 1)).toBe(3);
    expect(toOriginalOptionIndex(item, 3)).toBe(4);
  });

  it('returns null for a position with no option', () => {
    expect(toOriginalOptionIndex(item, 5)).toBeNull();
  });
});

describe('question bank helpers', () => {
  const first = makeSingle('dup', 0);
  const second = makeSingle('dup', 1);
  const other = makeFill('other', ['x']);

  it('keeps the first question of a repeated id, in bank order', () => {
    expect(uniqueQuestions([first, other, second])).toEqual([first, other]);
    expect(indexQuestions([first, other, second]).get(qid('dup'))).toBe(first);
  });
});
