import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createExamStore } from '../../../src/store/exam-store';
import { logQuestionId } from '../../../src/engine/progress/cards';
import { findQuestion, openExam, rightResponse } from './exam-helpers';

const MINUTE = 60_000;

afterEach(() => {
  vi.useRealTimers();
});

/** Answers the question on screen through the page, whatever its format. */
async function answerOnScreen() {
  const question = screen.getByRole('region', { name: /Choose|Type the answer/ });
  const text = within(question).queryByRole('textbox', { name: 'Your answer' });
  if (text) await userEvent.type(text, 'an answer');
  else await userEvent.click([...within(question).queryAllByRole('radio'), ...within(question).queryAllByRole('checkbox')][0]!);
}

describe('sitting a mock exam', () => {
  it('answers, flags and shows both in the question map, without any verdict', async () => {
    openExam(6);
    await screen.findByRole('heading', { name: 'Question 1 of 6' });
    await answerOnScreen();
    await userEvent.click(screen.getByRole('button', { name: 'Flag for review' }));
    expect(screen.getByRole('button', { name: 'Flag for review' })).toHaveAttribute('aria-pressed', 'true');
    const map = screen.getByRole('navigation', { name: 'Question map' });
    expect(within(map).getByRole('button', { name: 'Question 1, answered, flagged for review' })).toHaveAttribute('aria-current', 'step');
    expect(within(map).getByRole('button', { name: 'Question 2, unanswered' })).toBeInTheDocument();
    expect(within(map).getByText('Answered 1 of 6 · Flagged 1')).toBeInTheDocument();
    expect(screen.queryByText(/Correct\.|Incorrect\./)).not.toBeInTheDocument();
  });

  it('moves with next, previous and the map, and keeps answers when coming back', async () => {
    const { stores } = openExam(6);
    await screen.findByRole('heading', { name: 'Question 1 of 6' });
    await answerOnScreen();
    const answered = stores.exam.current()!.getState().active!.answers[0];
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('heading', { name: 'Question 2 of 6' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Question 5, unanswered' }));
    expect(screen.getByRole('heading', { name: 'Question 5 of 6' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Question 1, answered/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Previous' }));
    expect(screen.getByRole('heading', { name: 'Question 1 of 6' })).toBeInTheDocument();
    expect(stores.exam.current()!.getState().active!.answers[0]).toEqual(answered);
  });

  it('works from the keyboard: digits pick, arrows move, F flags, Enter goes on', async () => {
    const { stores, exam } = openExam(6);
    const firstChoice = exam.items.findIndex((item) => item.optionOrder.length > 0);
    stores.exam.current()!.getState().goTo(firstChoice);
    await screen.findByRole('heading', { name: `Question ${firstChoice + 1} of 6` });
    await userEvent.keyboard('2');
    expect(stores.exam.current()!.getState().active!.answers[firstChoice]).toEqual({ kind: 'choice', selected: [exam.items[firstChoice]!.optionOrder[1]] });
    await userEvent.keyboard('f');
    expect(stores.exam.current()!.getState().active!.flagged).toEqual([firstChoice]);
    await userEvent.keyboard(firstChoice === 5 ? '{ArrowLeft}' : '{ArrowRight}');
    const moved = firstChoice === 5 ? 4 : firstChoice + 1;
    expect(stores.exam.current()!.getState().active!.current).toBe(moved);
    stores.exam.current()!.getState().goTo(4);
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Question 6 of 6' })).toBeInTheDocument();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('dialog', { name: /unanswered/ })).toBeInTheDocument();
  });

  it('warns about unanswered questions before submitting, listing them, and lets the learner go back to one', async () => {
    const { stores } = openExam(6, ({ stores: prepared }) => {
      const exam = prepared.exam.current()!.getState().active!;
      [0, 2, 3].forEach((index) => prepared.exam.current()!.getState().answer(index, rightResponse(findQuestion(exam.items[index]!.questionId))));
      prepared.exam.current()!.getState().toggleFlag(3);
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Submit exam…' }));
    const dialog = screen.getByRole('dialog', { name: '3 questions are unanswered' });
    const buttons = within(dialog).getAllByRole('button', { name: /^Question \d$/ }).map((button) => button.textContent);
    expect(buttons).toEqual(['Question 2', 'Question 5', 'Question 6', 'Question 4']);
    expect(within(dialog).getByText('Still flagged for review:')).toBeInTheDocument();
    await userEvent.click(within(dialog).getAllByRole('button', { name: 'Question 5' })[0]!);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Question 5 of 6' })).toBeInTheDocument();
    expect(stores.exam.current()!.getState().active).not.toBeNull();
  });

  it('submits after the warning, records every answer for spaced repetition and shows the results', async () => {
    const { stores, exam } = openExam(6, ({ stores: prepared }) => {
      const active = prepared.exam.current()!.getState().active!;
      prepared.exam.current()!.getState().answer(0, rightResponse(findQuestion(active.items[0]!.questionId)));
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Submit exam…' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Submit anyway' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Exam results' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: '✗ Not passed' })).toBeInTheDocument();
    const { progress } = stores.progress.getState();
    expect(progress.logs.map((log) => [logQuestionId(progress, log), log[1], log[6]])).toEqual(exam.items.map((item, index) => [item.questionId, index === 0 ? 3 : 1, 'e']));
    expect(stores.progress.getState().progress.examHistory).toMatchObject([{ id: exam.id, size: 6, correct: 1 }]);
    expect(stores.exam.current()!.getState().active).toBeNull();
  });

  it('resumes where the learner was after a reload, with the time that really passed', async () => {
    const { storage, clock } = openExam(6, ({ stores: prepared, clock: time }) => {
      prepared.exam.current()!.getState().goTo(3);
      prepared.exam.current()!.getState().toggleFlag(3);
      time.advance(2 * MINUTE);
    });
    await screen.findByRole('heading', { name: 'Question 4 of 6' });
    const reopened = createExamStore({ storage, clock });
    expect(reopened.getState().active?.current).toBe(3);
    expect(reopened.getState().active?.flagged).toEqual([3]);
    expect(screen.getByRole('timer', { name: 'Time left' })).toHaveTextContent('7:00');
  });

  it('announces 10 and 1 minutes left once each, and submits by itself at zero', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { clock, stores, exam } = openExam(20);
    await screen.findByRole('heading', { name: 'Question 1 of 20' });
    const live = document.querySelector('.exam-timer [aria-live="polite"]')!;
    const tickTo = (msLeft: number) =>
      act(() => {
        clock.set(exam.startedAt + exam.durationMs - msLeft);
        vi.advanceTimersByTime(500);
      });
    tickTo(11 * MINUTE);
    expect(live).toHaveTextContent('');
    tickTo(10 * MINUTE - 1000);
    expect(live).toHaveTextContent('10 minutes left.');
    tickTo(5 * MINUTE);
    expect(live).toHaveTextContent('10 minutes left.');
    tickTo(59_000);
    expect(live).toHaveTextContent('1 minute left.');
    expect(screen.getByRole('timer', { name: 'Time left' })).toHaveTextContent('0:59');
    tickTo(0);
    expect(await screen.findByRole('heading', { level: 1, name: 'Exam results' })).toBeInTheDocument();
    expect(await screen.findByText('Time ran out')).toBeInTheDocument();
    expect(stores.exam.current()!.getState().attempts[0]?.exam.submittedAt).toBe(exam.startedAt + exam.durationMs);
  });

  it('refuses more picks than a multiple-answer question asks for, and says why', async () => {
    const { stores, exam } = openExam(6);
    const index = exam.items.findIndex((item) => findQuestion(item.questionId).type === 'multiple');
    const question = findQuestion(exam.items[index]!.questionId);
    if (question.type === 'fill') throw new Error('expected a choice question');
    const needed = question.options.filter((option) => option.correct).length;
    act(() => stores.exam.current()!.getState().goTo(index));
    const boxes = await screen.findAllByRole('checkbox');
    for (const box of boxes.slice(0, needed + 1)) await userEvent.click(box);
    expect(stores.exam.current()!.getState().active!.answers[index]).toEqual({ kind: 'choice', selected: exam.items[index]!.optionOrder.slice(0, needed).toSorted((a, b) => a - b) });
    expect(screen.getByText(`This question asks for ${needed} answers. Unpick one before choosing another.`)).toBeInTheDocument();
  });

  it('says there is nothing to resume when no exam is running', async () => {
    openExam(2, ({ stores }) => stores.exam.current()!.getState().discard());
    expect(await screen.findByRole('heading', { level: 1, name: 'No exam in progress' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start one' })).toHaveAttribute('href', '/exam');
  });
});
