import { describe, expect, it } from 'vitest';
import { AREA_IDS, type AreaId, type Question, type QuestionType } from '../../../src/engine/content/types';
import { buildExam, DEFAULT_EXAM_SIZE, EXAM_MS_PER_QUESTION } from '../../../src/engine/exam/build-exam';
import type { ExamState } from '../../../src/engine/exam/exam-state';
import { indexQuestions } from '../../../src/engine/quiz/question-bank';
import { AREA_SIZES, EXAM_BANK, LOPSIDED_FORMAT_BANK } from './exam-bank';

const START = 1_767_225_600_000; // 2026-01-01T00:00:00Z

function questionsOf(state: ExamState, bank: readonly Question[]): Question[] {
  const lookup = indexQuestions(bank);
  return state.items.map((item) => {
    const question = lookup.get(item.questionId);
    if (!question) throw new Error(`not in bank: ${item.questionId}`);
    return question;
  });
}

function drawLopsided(seed: number, size: number): Question[] {
  return questionsOf(buildExam(LOPSIDED_FORMAT_BANK, { id: 'f', seed, startedAt: START, size }), LOPSIDED_FORMAT_BANK);
}

function countByArea(questions: readonly Question[]): number[] {
  return AREA_IDS.map((area: AreaId) => questions.filter((question) => question.area === area).length);
}

function formatsOf(questions: readonly Question[]): QuestionType[] {
  return [...new Set(questions.map((question) => question.type))].sort();
}

describe('buildExam reproducibility', () => {
  it('draws exactly the same questions, order and option orders for a fixed seed', () => {
    const exam = buildExam(EXAM_BANK, { id: 'exam-1', seed: 305, startedAt: START, size: 12 });
    expect(exam.items).toEqual([
      { questionId: 'vm-migration-3-single', optionOrder: [2, 1, 0, 3] },
      { questionId: 'hvm-pv-emulation-2-fill', optionOrder: [] },
      { questionId: 'open-vswitch-5-fill', optionOrder: [] },
      { questionId: 'vm-features-7-multiple', optionOrder: [4, 1, 0, 3, 2] },
      { questionId: 'management-tools-0-single', optionOrder: [2, 3, 1, 0] },
      { questionId: 'p2v-0-single', optionOrder: [2, 0, 3, 1] },
      { questionId: 'hypervisor-types-5-fill', optionOrder: [] },
      { questionId: 'vm-features-0-single', optionOrder: [1, 0, 2, 3] },
      { questionId: 'terminology-7-multiple', optionOrder: [3, 2, 1, 0, 4] },
      { questionId: 'cpu-flags-1-multiple', optionOrder: [3, 4, 2, 0, 1] },
      { questionId: 'pros-cons-2-fill', optionOrder: [] },
      { questionId: 'terminology-6-single', optionOrder: [0, 3, 1, 2] },
    ]);
    expect(buildExam(EXAM_BANK, { id: 'exam-1', seed: 305, startedAt: START, size: 12 })).toEqual(exam);
  });

  it('draws a different exam for another seed', () => {
    const first = buildExam(EXAM_BANK, { id: 'a', seed: 305, startedAt: START, size: 12 });
    const second = buildExam(EXAM_BANK, { id: 'a', seed: 306, startedAt: START, size: 12 });
    expect(second.items).not.toEqual(first.items);
  });
});

describe('buildExam state', () => {
  it('starts a running exam on its first question with nothing answered', () => {
    const exam = buildExam(EXAM_BANK, { id: 'exam-1', seed: 305, startedAt: START, size: 12 });
    expect({ ...exam, items: exam.items.length }).toEqual({
      id: 'exam-1',
      seed: 305,
      startedAt: START,
      durationMs: 12 * 90_000,
      items: 12,
      answers: {},
      flagged: [],
      current: 0,
      submittedAt: null,
      visits: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      timeOnQuestionMs: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      countedUntil: START,
    });
  });

  it('defaults to 20 questions and 90 seconds a question, so 60 questions get 90 minutes', () => {
    const defaults = buildExam(EXAM_BANK, { id: 'd', seed: 1, startedAt: START });
    expect(defaults.items).toHaveLength(DEFAULT_EXAM_SIZE);
    expect(defaults.durationMs).toBe(20 * EXAM_MS_PER_QUESTION);
    expect(buildExam(EXAM_BANK, { id: 'f', seed: 1, startedAt: START, size: 60 }).durationMs).toBe(90 * 60_000);
  });

  it('takes an explicit duration', () => {
    expect(buildExam(EXAM_BANK, { id: 'd', seed: 1, startedAt: START, durationMs: 600_000 }).durationMs).toBe(600_000);
  });

  it('uses the whole bank, with time for what it has, when asked for more questions than there are', () => {
    const exam = buildExam(EXAM_BANK, { id: 'all', seed: 2, startedAt: START, size: 100 });
    expect(exam.items).toHaveLength(80);
    expect(exam.durationMs).toBe(80 * EXAM_MS_PER_QUESTION);
    expect(new Set(exam.items.map((item) => item.questionId)).size).toBe(80);
  });

  it('uses a repeated id once', () => {
    const exam = buildExam([...EXAM_BANK, ...EXAM_BANK], { id: 'dup', seed: 2, startedAt: START, size: 100 });
    expect(exam.items).toHaveLength(80);
  });

  it('refuses an empty bank and a size below one', () => {
    expect(() => buildExam([], { id: 'none', seed: 1, startedAt: START })).toThrow('buildExam: none: the question bank is empty');
    expect(() => buildExam(EXAM_BANK, { id: 'zero', seed: 1, startedAt: START, size: 0 })).toThrow(RangeError);
  });
});

describe('buildExam proportional draw', () => {
  it('sums to the size and keeps every area within one of its exact share, for every size', () => {
    for (let size = 1; size <= 80; size += 1) {
      const counts = countByArea(questionsOf(buildExam(EXAM_BANK, { id: 'p', seed: size, startedAt: START, size }), EXAM_BANK));
      expect(counts.reduce((sum, count) => sum + count, 0)).toBe(size);
      counts.forEach((count, at) => {
        const exact = (size * (AREA_SIZES[at] ?? 0)) / 80;
        expect(Math.abs(count - exact), `size ${size}, area ${AREA_IDS[at]}`).toBeLessThan(1);
      });
    }
  });

  it('asks every area at least once from ten questions on', () => {
    for (let size = 10; size <= 30; size += 1) {
      const counts = countByArea(questionsOf(buildExam(EXAM_BANK, { id: 'p', seed: 7, startedAt: START, size }), EXAM_BANK));
      expect(Math.min(...counts), `size ${size}`).toBeGreaterThanOrEqual(1);
    }
  });

  it('gives the three leftover questions of a 20-question exam to the largest remainders, earlier areas first on ties', () => {
    const counts = countByArea(questionsOf(buildExam(EXAM_BANK, { id: 'p', seed: 9, startedAt: START }), EXAM_BANK));
    // Exact shares: 3, 2, 2.5, 1.5, 2.25, 1.25, 1.75, 2.75, 1, 2; the floors sum to 17.
    // The leftovers go to the .75 remainders and to the first of the two .5 remainders.
    expect(counts).toEqual([3, 2, 3, 1, 2, 1, 2, 3, 1, 2]);
  });
});

describe('buildExam formats', () => {
  it('includes single, multiple and fill questions from six questions on', () => {
    for (let size = 6; size <= 40; size += 1) {
      for (const seed of [1, 2, 3]) {
        const questions = questionsOf(buildExam(EXAM_BANK, { id: 'f', seed, startedAt: START, size }), EXAM_BANK);
        expect(formatsOf(questions), `size ${size}, seed ${seed}`).toEqual(['fill', 'multiple', 'single']);
      }
    }
  });

  it('swaps the rare formats in within their areas when the draw would miss them', () => {
    for (let seed = 0; seed < 30; seed += 1) {
      const questions = drawLopsided(seed, 6);
      expect(formatsOf(questions), `seed ${seed}`).toEqual(['fill', 'multiple', 'single']);
      // The area counts stay as allocated: equal shares of 0.6 go to the first six areas.
      expect(countByArea(questions)).toEqual([1, 1, 1, 1, 1, 1, 0, 0, 0, 0]);
    }
  });

  it('does not force formats into exams below six questions', () => {
    const questions = drawLopsided(4, 5);
    expect(formatsOf(questions)).toEqual(['single']);
  });
});
