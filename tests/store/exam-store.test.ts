import { describe, expect, it } from 'vitest';
import { ATTEMPTS_KEPT, createExamStore, EXAM_KEY } from '../../src/store/exam-store';
import { applyExamAttempt, recordPendingAttempts, scoreAttempt, withoutMissingQuestions } from '../../src/store/exam-recording';
import { createProgressStore } from '../../src/store/progress-store';
import { createMemoryStorage } from '../../src/lib/storage';
import { createFixedClock } from '../../src/lib/clock';
import { indexQuestions } from '../../src/engine/quiz/question-bank';
import { logQuestionId } from '../../src/engine/progress/cards';
import type { Question } from '../../src/engine/content/types';
import type { AnswerResponse } from '../../src/engine/quiz/grade';
import type { ExamState } from '../../src/engine/exam/exam-state';
import { EXAM_BANK } from '../engine/exam/exam-bank';

const NOW = Date.UTC(2026, 2, 2, 10, 0, 0);
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const LOOKUP = indexQuestions(EXAM_BANK);

function setup(initial: Record<string, string> = {}) {
  const storage = createMemoryStorage(initial);
  const clock = createFixedClock(NOW);
  return { storage, clock, store: createExamStore({ storage, clock }) };
}

/** The right response to an exam item, with original option indexes. */
function rightAnswer(question: Question): AnswerResponse {
  if (question.type === 'fill') return { kind: 'fill', text: question.answers[0]! };
  return { kind: 'choice', selected: question.options.flatMap((option, index) => (option.correct ? [index] : [])) };
}

function questionAt(exam: ExamState, index: number): Question {
  return LOOKUP.get(exam.items[index]!.questionId)!;
}

describe('the exam store', () => {
  it('starts an exam of the chosen size at 90 seconds a question, on its first question, and saves it', () => {
    const { store, storage } = setup();
    const exam = store.getState().start(EXAM_BANK, { size: 6 });
    expect(exam.items).toHaveLength(6);
    expect(exam.durationMs).toBe(6 * 90 * SECOND);
    expect(exam.startedAt).toBe(NOW);
    expect(store.getState().active?.current).toBe(0);
    expect(JSON.parse(storage.data.get(EXAM_KEY)!).active.id).toBe(exam.id);
  });

  it('records an answer, changes it, and clears it again', () => {
    const { store } = setup();
    const exam = store.getState().start(EXAM_BANK, { size: 6 });
    const question = questionAt(exam, 0);
    store.getState().answer(0, rightAnswer(question));
    expect(store.getState().active?.answers[0]).toEqual(rightAnswer(question));
    store.getState().answer(0, null);
    expect(store.getState().active?.answers[0]).toBeUndefined();
  });

  it('flags and unflags a question', () => {
    const { store } = setup();
    store.getState().start(EXAM_BANK, { size: 6 });
    store.getState().toggleFlag(2);
    store.getState().toggleFlag(4);
    expect(store.getState().active?.flagged).toEqual([2, 4]);
    store.getState().toggleFlag(2);
    expect(store.getState().active?.flagged).toEqual([4]);
  });

  it('moves forward, back and to any question, without going past either end, and counts the time on each', () => {
    const { store, clock } = setup();
    store.getState().start(EXAM_BANK, { size: 6 });
    store.getState().previous();
    expect(store.getState().active?.current).toBe(0);
    clock.advance(30 * SECOND);
    store.getState().next();
    expect(store.getState().active?.current).toBe(1);
    store.getState().goTo(5);
    store.getState().next();
    expect(store.getState().active?.current).toBe(5);
    expect(store.getState().active?.timeOnQuestionMs[0]).toBe(30 * SECOND);
  });

  it('resumes the exam in a new store on the same storage, with the clock still running', () => {
    const { store, storage, clock } = setup();
    const exam = store.getState().start(EXAM_BANK, { size: 6 });
    store.getState().answer(1, rightAnswer(questionAt(exam, 1)));
    store.getState().toggleFlag(3);
    store.getState().goTo(3);
    clock.advance(5 * MINUTE);
    const reopened = createExamStore({ storage, clock });
    const resumed = reopened.getState().active!;
    expect(resumed.id).toBe(exam.id);
    expect(resumed.current).toBe(3);
    expect(resumed.flagged).toEqual([3]);
    expect(resumed.answers[1]).toEqual(rightAnswer(questionAt(exam, 1)));
    expect(resumed.startedAt + resumed.durationMs - clock.now()).toBe(4 * MINUTE);
    expect(reopened.getState().notice).toBeNull();
  });

  it('submits an exam whose time ran out at the deadline, and ignores answers after it', () => {
    const { store, clock } = setup();
    const exam = store.getState().start(EXAM_BANK, { size: 2 });
    clock.advance(exam.durationMs - SECOND);
    expect(store.getState().expireIfDue()).toBeNull();
    clock.advance(10 * MINUTE);
    store.getState().answer(0, rightAnswer(questionAt(exam, 0)));
    const submitted = store.getState().expireIfDue();
    expect(submitted?.submittedAt).toBe(NOW + exam.durationMs);
    expect(submitted?.answers).toEqual({});
    expect(store.getState().active).toBeNull();
    expect(store.getState().attempts.map((attempt) => attempt.exam.id)).toEqual([exam.id]);
  });

  it('submits a saved exam that expired while the tab was closed once it is reopened', () => {
    const { store, storage, clock } = setup();
    const exam = store.getState().start(EXAM_BANK, { size: 2 });
    clock.advance(2 * exam.durationMs);
    const reopened = createExamStore({ storage, clock });
    expect(reopened.getState().expireIfDue()?.submittedAt).toBe(exam.startedAt + exam.durationMs);
  });

  it('keeps the last few attempts whole, but never drops one that is not recorded yet', () => {
    const { store, clock } = setup();
    for (let run = 0; run < ATTEMPTS_KEPT + 2; run += 1) {
      store.getState().start(EXAM_BANK, { size: 1 });
      store.getState().submit();
      clock.advance(MINUTE);
    }
    expect(store.getState().attempts).toHaveLength(ATTEMPTS_KEPT + 2);
    for (const attempt of store.getState().attempts) store.getState().markRecorded(attempt.exam.id);
    const kept = store.getState().attempts;
    expect(kept).toHaveLength(ATTEMPTS_KEPT);
    expect(kept.at(-1)!.exam.startedAt).toBe(NOW + (ATTEMPTS_KEPT + 1) * MINUTE);
  });

  it('drops a damaged saved exam with a message instead of crashing, and keeps the exam date', () => {
    const damaged = JSON.stringify({ version: 1, active: { id: 'exam-1', items: 'lots' }, attempts: [], examDate: '2026-06-01' });
    const { store } = setup({ [EXAM_KEY]: damaged });
    expect(store.getState().active).toBeNull();
    expect(store.getState().examDate).toBe('2026-06-01');
    expect(store.getState().notice).toMatch(/exam in progress could not be restored \(exam\.\w+: .*\), so it was discarded/);
    store.getState().dismissNotice();
    expect(store.getState().notice).toBeNull();
  });

  it('drops saved text that is not JSON at all with a message', () => {
    const { store } = setup({ [EXAM_KEY]: '{"version": 1, "active": ' });
    expect(store.getState().active).toBeNull();
    expect(store.getState().attempts).toEqual([]);
    expect(store.getState().notice).toMatch(/could not be read/);
  });

  it('refuses a saved answer that does not suit its question', () => {
    const { store, storage } = setup();
    store.getState().start(EXAM_BANK, { size: 6 });
    const saved = JSON.parse(storage.data.get(EXAM_KEY)!);
    saved.active.answers = { 0: { kind: 'choice', selected: [99] } };
    if (saved.active.items[0].optionOrder.length === 0) saved.active.answers = { 0: { kind: 'choice', selected: [0] } };
    const reopened = createExamStore({ storage: createMemoryStorage({ [EXAM_KEY]: JSON.stringify(saved) }), clock: createFixedClock(NOW) });
    expect(reopened.getState().active).toBeNull();
    expect(reopened.getState().notice).toMatch(/answers/);
  });

  it('remembers the exam date', () => {
    const { store, storage, clock } = setup();
    store.getState().setExamDate('2026-05-20');
    expect(createExamStore({ storage, clock }).getState().examDate).toBe('2026-05-20');
  });

  it('follows what another tab saves, and ignores damaged text from it', () => {
    const { store, storage, clock } = setup();
    const other = createExamStore({ storage, clock });
    const exam = other.getState().start(EXAM_BANK, { size: 3 });
    other.getState().toggleFlag(1);
    store.receiveExternalChange(storage.data.get(EXAM_KEY)!);
    expect(store.getState().active?.id).toBe(exam.id);
    expect(store.getState().active?.flagged).toEqual([1]);
    store.receiveExternalChange('{"version": 1, "active": ');
    expect(store.getState().active?.flagged).toEqual([1]);
    expect(store.getState().notice).toBeNull();
  });

  it('discards a running exam without keeping an attempt', () => {
    const { store } = setup();
    store.getState().start(EXAM_BANK, { size: 3 });
    store.getState().discard();
    expect(store.getState().active).toBeNull();
    expect(store.getState().attempts).toEqual([]);
  });
});

describe('recording a submitted exam in progress', () => {
  function sitExam() {
    const storage = createMemoryStorage();
    const clock = createFixedClock(NOW);
    const exams = createExamStore({ storage, clock });
    const progress = createProgressStore({ storage, clock });
    const exam = exams.getState().start(EXAM_BANK, { size: 4 });
    exams.getState().answer(0, rightAnswer(questionAt(exam, 0)));
    clock.advance(40 * SECOND);
    exams.getState().goTo(1);
    exams.getState().answer(1, rightAnswer(questionAt(exam, 1)));
    clock.advance(20 * SECOND);
    exams.getState().submit();
    return { exams, progress, exam, clock };
  }

  it('rates each question Good when right and Again when wrong or blank, from the exam, with the time spent on it', () => {
    const { exams, progress, exam } = sitExam();
    expect(recordPendingAttempts(exams, progress.getState(), LOOKUP)).toBe(1);
    const { progress: saved } = progress.getState();
    expect(saved.logs.map((log) => [logQuestionId(saved, log), log[1], log[3], log[6]])).toEqual([
      [exam.items[0]!.questionId, 3, 40 * SECOND, 'e'],
      [exam.items[1]!.questionId, 3, 20 * SECOND, 'e'],
      [exam.items[2]!.questionId, 1, 0, 'e'],
      [exam.items[3]!.questionId, 1, 0, 'e'],
    ]);
  });

  it('adds the summary to the exam history once, however often it is called', () => {
    const { exams, progress, exam } = sitExam();
    recordPendingAttempts(exams, progress.getState(), LOOKUP);
    expect(recordPendingAttempts(exams, progress.getState(), LOOKUP)).toBe(0);
    const history = progress.getState().progress.examHistory;
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ id: exam.id, size: 4, correct: 2, percent: 50, scaled: 431, passed: false });
    expect(Object.values(history[0]!.perArea).reduce((sum, area) => sum + area.total, 0)).toBe(4);
    expect(exams.getState().attempts[0]!.recorded).toBe(true);
    expect(progress.getState().progress.logs).toHaveLength(4);
  });

  it('never rates the questions of an exam twice, even if it is recorded again after a crash', () => {
    const { exams, progress } = sitExam();
    const scored = scoreAttempt(exams.getState().attempts[0]!.exam, LOOKUP)!;
    progress.getState().update((current, now) => applyExamAttempt(current, scored, now));
    recordPendingAttempts(exams, progress.getState(), LOOKUP);
    expect(progress.getState().progress.logs).toHaveLength(4);
    expect(progress.getState().progress.examHistory).toHaveLength(1);
  });

  it('leaves out questions that left the bank since the exam was sat', () => {
    const { exams, exam } = sitExam();
    const submitted = exams.getState().attempts[0]!.exam;
    const gone = exam.items[0]!.questionId;
    const smaller = indexQuestions(EXAM_BANK.filter((question) => question.id !== gone));
    const trimmed = withoutMissingQuestions(submitted, smaller);
    expect(trimmed.items.map((item) => item.questionId)).toEqual(exam.items.slice(1).map((item) => item.questionId));
    expect(Object.keys(trimmed.answers)).toEqual(['0']);
    expect(scoreAttempt(submitted, smaller)?.removedCount).toBe(1);
  });
});
