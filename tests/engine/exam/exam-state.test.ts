import { describe, expect, it } from 'vitest';
import {
  answerExamQuestion,
  createExamState,
  examDeadline,
  goTo,
  isExpired,
  recordTimeOnQuestion,
  remainingMs,
  submitExam,
  submitIfExpired,
  toggleFlag,
  unansweredIndexes,
  type ExamState,
} from '../../../src/engine/exam/exam-state';
import { qid } from '../quiz/fixtures';

const START = 1_767_258_000_000; // 2026-01-01T09:00:00Z
const DURATION = 4 * 90_000; // four questions, six minutes
const DEADLINE = START + DURATION;

/** Items 0 and 2 are choice questions (4 and 5 options), 1 and 3 are fill questions. */
function startExam(): ExamState {
  return createExamState({
    id: 'exam-9',
    seed: 9,
    startedAt: START,
    durationMs: DURATION,
    items: [
      { questionId: qid('q-0'), optionOrder: [2, 0, 3, 1] },
      { questionId: qid('q-1'), optionOrder: [] },
      { questionId: qid('q-2'), optionOrder: [4, 3, 2, 1, 0] },
      { questionId: qid('q-3'), optionOrder: [] },
    ],
  });
}

describe('exam clock', () => {
  it('counts down from the duration and stops at zero', () => {
    const exam = startExam();
    expect(examDeadline(exam)).toBe(DEADLINE);
    expect(remainingMs(exam, START)).toBe(360_000);
    expect(remainingMs(exam, START + 125_500)).toBe(234_500);
    expect(remainingMs(exam, DEADLINE + 5_000)).toBe(0);
  });

  it('expires exactly at the deadline', () => {
    const exam = startExam();
    expect(isExpired(exam, DEADLINE - 1)).toBe(false);
    expect(isExpired(exam, DEADLINE)).toBe(true);
  });

  it('freezes the remaining time at the moment of submission', () => {
    const submitted = submitExam(startExam(), START + 200_000);
    expect(remainingMs(submitted, START + 300_000)).toBe(160_000);
  });
});

describe('time per question', () => {
  it('adds the time spent to the question being left, and counts visits', () => {
    let exam = startExam();
    exam = goTo(exam, 2, START + 30_000);
    exam = goTo(exam, 0, START + 40_000);
    exam = goTo(exam, 2, START + 45_500);
    expect(exam.timeOnQuestionMs).toEqual([35_500, 0, 10_000, 0]);
    expect(exam.visits).toEqual([2, 0, 2, 0]);
    expect(exam.current).toBe(2);
  });

  it('counts time without a new visit when staying on the same question', () => {
    let exam = startExam();
    exam = goTo(exam, 0, START + 12_000);
    exam = recordTimeOnQuestion(exam, START + 20_000);
    expect(exam.timeOnQuestionMs).toEqual([20_000, 0, 0, 0]);
    expect(exam.visits).toEqual([1, 0, 0, 0]);
  });

  it('stops counting at the deadline', () => {
    const exam = goTo(startExam(), 1, DEADLINE + 60_000);
    expect(exam.timeOnQuestionMs).toEqual([DURATION, 0, 0, 0]);
  });

  it('adds nothing when the clock goes backwards', () => {
    let exam = goTo(startExam(), 1, START + 50_000);
    exam = goTo(exam, 2, START + 40_000);
    exam = goTo(exam, 3, START + 55_000);
    expect(exam.timeOnQuestionMs).toEqual([50_000, 0, 5_000, 0]);
  });

  it('refuses to open an item the exam does not have', () => {
    expect(() => goTo(startExam(), 4, START)).toThrow('goTo: index 4 is not an item of exam exam-9');
    expect(() => goTo(startExam(), 1.5, START)).toThrow(RangeError);
  });
});

describe('answering', () => {
  it('stores a choice response with its options sorted and de-duplicated', () => {
    const exam = answerExamQuestion(startExam(), 0, { kind: 'choice', selected: [3, 1, 3] }, START + 1_000);
    expect(exam.answers).toEqual({ 0: { kind: 'choice', selected: [1, 3] } });
  });

  it('replaces an answer when it is changed', () => {
    let exam = answerExamQuestion(startExam(), 1, { kind: 'fill', text: 'xen' }, START + 1_000);
    exam = answerExamQuestion(exam, 1, { kind: 'fill', text: 'kvm' }, START + 2_000);
    exam = answerExamQuestion(exam, 0, { kind: 'choice', selected: [0] }, START + 3_000);
    exam = answerExamQuestion(exam, 0, { kind: 'choice', selected: [2] }, START + 4_000);
    expect(exam.answers).toEqual({ 0: { kind: 'choice', selected: [2] }, 1: { kind: 'fill', text: 'kvm' } });
  });

  it('clears an answer given null, no options or only whitespace', () => {
    let exam = answerExamQuestion(startExam(), 0, { kind: 'choice', selected: [1] }, START);
    exam = answerExamQuestion(exam, 1, { kind: 'fill', text: 'kvm' }, START);
    exam = answerExamQuestion(exam, 2, { kind: 'choice', selected: [4] }, START);
    exam = answerExamQuestion(exam, 0, null, START + 1);
    exam = answerExamQuestion(exam, 1, { kind: 'fill', text: '   ' }, START + 2);
    exam = answerExamQuestion(exam, 2, { kind: 'choice', selected: [] }, START + 3);
    expect(exam.answers).toEqual({});
    expect(unansweredIndexes(exam)).toEqual([0, 1, 2, 3]);
  });

  it('lists the items still unanswered, in order', () => {
    let exam = answerExamQuestion(startExam(), 2, { kind: 'choice', selected: [0] }, START);
    exam = answerExamQuestion(exam, 1, { kind: 'fill', text: 'kvm' }, START);
    expect(unansweredIndexes(exam)).toEqual([0, 3]);
  });

  it('ignores answers from the deadline on and after submission', () => {
    const late = answerExamQuestion(startExam(), 0, { kind: 'choice', selected: [1] }, DEADLINE);
    expect(late.answers).toEqual({});
    const submitted = submitExam(startExam(), START + 10_000);
    expect(answerExamQuestion(submitted, 0, { kind: 'choice', selected: [1] }, START + 11_000)).toBe(submitted);
  });

  it('rejects a response of the wrong kind or with an option the item lacks', () => {
    expect(() => answerExamQuestion(startExam(), 1, { kind: 'choice', selected: [0] }, START)).toThrow(
      "item 1 (q-1) takes a 'fill' response, got 'choice'",
    );
    expect(() => answerExamQuestion(startExam(), 0, { kind: 'fill', text: 'x' }, START)).toThrow(TypeError);
    expect(() => answerExamQuestion(startExam(), 0, { kind: 'choice', selected: [4] }, START)).toThrow('has no option 4');
    expect(() => answerExamQuestion(startExam(), 9, null, START)).toThrow(RangeError);
  });
});

describe('flags', () => {
  it('flags and unflags items, keeping the list sorted', () => {
    let exam = toggleFlag(startExam(), 3);
    exam = toggleFlag(exam, 0);
    exam = toggleFlag(exam, 2);
    expect(exam.flagged).toEqual([0, 2, 3]);
    exam = toggleFlag(exam, 0);
    expect(exam.flagged).toEqual([2, 3]);
  });

  it('keeps flags apart from answers', () => {
    const exam = answerExamQuestion(toggleFlag(startExam(), 1), 1, { kind: 'fill', text: 'kvm' }, START);
    expect(exam.flagged).toEqual([1]);
    expect(unansweredIndexes(exam)).toEqual([0, 2, 3]);
  });

  it('does not change flags after submission', () => {
    const submitted = submitExam(toggleFlag(startExam(), 1), START + 1_000);
    expect(toggleFlag(submitted, 2)).toBe(submitted);
    expect(submitted.flagged).toEqual([1]);
  });
});

describe('submission', () => {
  it('records the submission time and the time on the current question', () => {
    const exam = submitExam(goTo(startExam(), 3, START + 100_000), START + 130_000);
    expect(exam.submittedAt).toBe(START + 130_000);
    expect(exam.timeOnQuestionMs).toEqual([100_000, 0, 0, 30_000]);
  });

  it('keeps the first submission when submitted again', () => {
    const once = submitExam(startExam(), START + 130_000);
    expect(submitExam(once, START + 200_000)).toBe(once);
    expect(goTo(once, 2, START + 210_000)).toBe(once);
  });

  it('records the deadline, not the late clock, when an expired exam is submitted', () => {
    const exam = submitExam(startExam(), DEADLINE + 3_600_000);
    expect(exam.submittedAt).toBe(DEADLINE);
    expect(exam.timeOnQuestionMs).toEqual([DURATION, 0, 0, 0]);
  });

  it('auto-submits at the deadline when a ticking clock reaches it, and not before', () => {
    let exam = answerExamQuestion(startExam(), 0, { kind: 'choice', selected: [2] }, START + 20_000);
    exam = goTo(exam, 1, START + 25_000);
    let now = START;
    while (exam.submittedAt === null) {
      now += 7_000; // a timer that fires every 7 s, never exactly on the deadline
      const next = submitIfExpired(exam, now);
      if (now < DEADLINE) expect(next).toBe(exam);
      exam = next;
    }
    expect(now).toBe(START + 52 * 7_000);
    expect(exam.submittedAt).toBe(DEADLINE);
    expect(exam.timeOnQuestionMs).toEqual([25_000, DURATION - 25_000, 0, 0]);
    expect(exam.answers).toEqual({ 0: { kind: 'choice', selected: [2] } });
  });

  it('auto-submits a saved exam resumed long after its deadline', () => {
    const resumed = JSON.parse(JSON.stringify(goTo(startExam(), 2, START + 60_000))) as ExamState;
    const exam = submitIfExpired(resumed, DEADLINE + 86_400_000);
    expect(exam.submittedAt).toBe(DEADLINE);
    expect(exam.timeOnQuestionMs).toEqual([60_000, 0, DURATION - 60_000, 0]);
  });
});
