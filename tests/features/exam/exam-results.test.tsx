import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AREA_TITLES } from '../../../src/engine/content/types';
import type { ExamState } from '../../../src/engine/exam/exam-state';
import { App } from '../../../src/app/App';
import { recordExamAttempt } from '../../../src/engine/progress/create';
import { createTestStores, TEST_NOW } from '../../helpers/render-app';
import { findQuestion, openExam, rightResponse, wrongResponse } from './exam-helpers';

/** Sits an exam through the store (answering with `answerFor`), submits it and opens its results. */
function openResults(size: number, answerFor: (index: number) => 'right' | 'wrong' | 'blank') {
  let submitted: ExamState | null = null;
  const context = openExam(
    size,
    ({ stores, clock }) => {
      const exam = stores.exam.current()!.getState().active!;
      exam.items.forEach((item, index) => {
        const question = findQuestion(item.questionId);
        const kind = answerFor(index);
        if (kind !== 'blank') stores.exam.current()!.getState().answer(index, kind === 'right' ? rightResponse(question) : wrongResponse(question));
        clock.advance(30_000);
        stores.exam.current()!.getState().next();
      });
      stores.exam.current()!.getState().toggleFlag(1);
      submitted = stores.exam.current()!.getState().submit();
    },
    '/exam',
  );
  return { ...context, submitted: submitted as unknown as ExamState };
}

async function goToResults(id: string): Promise<string> {
  await userEvent.click(await screen.findByRole('link', { name: /^Review the exam of / }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Exam results' })).toBeInTheDocument();
  expect(screen.getByText(/^Mock exam · /)).toBeInTheDocument();
  return id;
}

/** The figure next to a label in the verdict box. */
function figure(label: string): HTMLElement {
  return screen.getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement;
}

describe('mock exam results', () => {
  it('passes an exam answered right, with the estimated scaled score and the note that LPI does not publish its scaling', async () => {
    const { submitted } = openResults(6, () => 'right');
    await goToResults(submitted.id);
    expect(await screen.findByRole('heading', { name: '✓ Passed' })).toBeInTheDocument();
    expect(figure('Estimated score')).toHaveTextContent('800 of 800 (pass mark 500)');
    expect(figure('Correct')).toHaveTextContent('6 of 6 (100%)');
    expect(screen.getByText(/LPI does not publish its scaling/)).toBeInTheDocument();
    expect(screen.getByText(/does not publish how raw answers are converted/)).toBeInTheDocument();
  });

  it('fails a half-right exam and breaks the score down by knowledge area', async () => {
    const { submitted } = openResults(6, (index) => (index < 3 ? 'right' : index === 5 ? 'blank' : 'wrong'));
    await goToResults(submitted.id);
    expect(await screen.findByRole('heading', { name: '✗ Not passed' })).toBeInTheDocument();
    expect(figure('Correct')).toHaveTextContent('3 of 6 (50%)');
    expect(figure('Answered')).toHaveTextContent('5 of 6');
    const areas = screen.getByRole('region', { name: 'Score by knowledge area' });
    const rows = within(areas).getAllByRole('row').slice(1);
    const areaNames = new Set(submitted.items.map((item) => AREA_TITLES[findQuestion(item.questionId).area]));
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent).sort()).toEqual([...areaNames].sort());
    const totals = rows.map((row) => Number(/^\d+ of (\d+)$/.exec(within(row).getAllByRole('cell')[0]!.textContent ?? '')?.[1]));
    expect(totals.reduce((sum, total) => sum + total, 0)).toBe(6);
  });

  it('lists the time spent on each question and whether it was right, wrong, blank or flagged', async () => {
    const { submitted } = openResults(3, (index) => (['right', 'wrong', 'blank'] as const)[index]!);
    await goToResults(submitted.id);
    const glance = await screen.findByRole('region', { name: 'Questions at a glance' });
    const rows = within(glance).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.querySelectorAll('td')].slice(1).map((cell) => cell.textContent))).toEqual([
      ['✓ Correct', '30 s', 'No'],
      ['✗ Wrong', '30 s', '⚑ Yes'],
      ['– Not answered', '30 s', 'No'],
    ]);
  });

  it('reviews every question with the answer given, the right answer, the explanation and the lesson link', async () => {
    const { submitted } = openResults(3, (index) => (index === 0 ? 'wrong' : 'right'));
    await goToResults(submitted.id);
    const review = await screen.findByRole('heading', { name: 'Review every answer' });
    const list = review.parentElement!.querySelector('ol')!;
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    const first = findQuestion(submitted.items[0]!.questionId);
    expect(within(items[0]!).getByRole('heading', { name: 'Question 1' })).toBeInTheDocument();
    expect(within(items[0]!).getByText(/Incorrect\.|Not quite/)).toBeInTheDocument();
    if (first.type === 'fill') expect(within(items[0]!).getByText(/Accepted answers?:/)).toBeInTheDocument();
    else expect(within(items[0]!).getAllByText(/Correct answer \(not picked\)|Your pick, wrong/).length).toBeGreaterThan(0);
    expect(within(items[0]!).getByRole('link').getAttribute('href')).toBe(`/lessons/${first.lesson}#${first.section}`);
    await userEvent.click(screen.getByRole('radio', { name: /Wrong or unanswered \(1\)/ }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
  });

  it('explains that an attempt is no longer kept, with its score from the history', async () => {
    const context = createTestStores();
    const summary = { id: 'exam-1', startedAt: TEST_NOW - 86_400_000, submittedAt: TEST_NOW - 85_000_000, size: 20, correct: 14, percent: 70, scaled: 546, passed: true, perArea: {} };
    context.stores.progress.getState().update((progress, now) => recordExamAttempt(progress, summary, now));
    render(<App stores={context.stores} initialPath="/exam/results/exam-1" />);
    expect(await screen.findByText('The answers of this exam are no longer kept')).toBeInTheDocument();
    expect(screen.getByText(/Its result stays in your history: 14 of 20 correct \(70%\), estimated 546, passed\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Take another exam' })).toHaveAttribute('href', '/exam');
  });
});
