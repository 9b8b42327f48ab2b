import { describe, expect, it } from 'vitest';
import { buildSession } from '../../../src/engine/quiz/build-session';
import { gradeAnswer } from '../../../src/engine/quiz/grade';
import {
  advance,
  createPracticeSession,
  isFinished,
  listSessionResults,
  recordAnswer,
} from '../../../src/engine/quiz/practice-session';
import { indexQuestions } from '../../../src/engine/quiz/question-bank';
import { makeFill, makeSingle } from './fixtures';

const bank = [makeSingle('q-a', 0), makeFill('q-b', ['kvm']), makeSingle('q-c', 2)];
const lookup = indexQuestions(bank);
const items = [...buildSession(bank, {}, 3, 11).items].sort((a, b) => a.questionId.localeCompare(b.questionId));
const [qa, qb, qc] = bank as [(typeof bank)[0], (typeof bank)[1], (typeof bank)[2]];

describe('practice session helpers', () => {
  it('starts on the first item with no answers', () => {
    expect(createPracticeSession('s-1', 11, items)).toEqual({ id: 's-1', seed: 11, items, answers: {}, current: 0 });
  });

  it('records an answer without changing the session it was given', () => {
    const start = createPracticeSession('s-1', 11, items);
    const result = gradeAnswer(qa, { kind: 'choice', selected: [0] }, 1500);
    const next = recordAnswer(start, 0, result);
    expect(next.answers).toEqual({ 0: result });
    expect(start.answers).toEqual({});
  });

  it('keeps the first answer when an item is answered again', () => {
    const first = gradeAnswer(qa, { kind: 'choice', selected: [1] }, 1500);
    const second = gradeAnswer(qa, { kind: 'choice', selected: [0] }, 3000);
    const session = recordAnswer(recordAnswer(createPracticeSession('s-1', 11, items), 0, first), 0, second);
    expect(session.answers[0]).toBe(first);
  });

  it('rejects an answer to an item that does not exist or shows another question', () => {
    const session = createPracticeSession('s-1', 11, items);
    const result = gradeAnswer(qa, { kind: 'choice', selected: [0] }, 0);
    expect(() => recordAnswer(session, 3, result)).toThrow(RangeError);
    expect(() => recordAnswer(session, 1, result)).toThrow('item 1 shows q-b, not q-a');
  });

  it('advances item by item, may skip, and stops at the end', () => {
    let session = createPracticeSession('s-1', 11, items);
    session = advance(advance(session));
    expect(session.current).toBe(2);
    expect(isFinished(session)).toBe(false);
    session = advance(session);
    expect(isFinished(session)).toBe(true);
    expect(advance(session)).toBe(session);
    expect(session.current).toBe(3);
  });

  it('lists results in item order, leaving out skipped items, ready to summarise', () => {
    let session = createPracticeSession('s-1', 11, items);
    session = recordAnswer(session, 2, gradeAnswer(qc, { kind: 'choice', selected: [2] }, 800));
    session = recordAnswer(session, 1, gradeAnswer(qb, { kind: 'fill', text: 'xen' }, 600));
    const results = listSessionResults(session);
    expect(results.map((result) => [result.questionId, result.correct])).toEqual([
      ['q-b', false],
      ['q-c', true],
    ]);
    expect(lookup.get(results[0]?.questionId ?? ('' as never))?.type).toBe('fill');
  });

  it('survives a JSON round trip unchanged', () => {
    const session = recordAnswer(createPracticeSession('s-1', 11, items), 0, gradeAnswer(qa, { kind: 'choice', selected: [0] }, 1));
    expect(JSON.parse(JSON.stringify(session))).toEqual(session);
  });
});
