import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../helpers/render-app';
import { EXAM_KEY } from '../../../src/store/exam-store';
import { BANK, findQuestion, openExam, rightResponse } from './exam-helpers';

/** The start button, once the questions have loaded. */
async function startButton(): Promise<HTMLElement> {
  const button = await screen.findByRole('button', { name: 'Start the exam' });
  await waitFor(() => expect(button).toBeEnabled());
  return button;
}

describe('the mock exam start page', () => {
  it('starts the default exam of 20 questions in 30 minutes', async () => {
    renderApp('/exam');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mock exam' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /20 questions in 30 minutes/ })).toBeChecked();
    await userEvent.click(await startButton());
    expect(await screen.findByRole('heading', { level: 2, name: 'Question 1 of 20' })).toBeInTheDocument();
    expect(screen.getByRole('timer', { name: 'Time left' })).toHaveTextContent('30:00');
  });

  it('starts an exam of a custom length at the same pace', async () => {
    const { stores } = renderApp('/exam');
    await userEvent.click(await screen.findByRole('radio', { name: 'Custom length' }));
    const size = screen.getByRole('textbox', { name: 'Number of questions' });
    await userEvent.clear(size);
    await userEvent.type(size, '6');
    expect(screen.getByText(/so 6 take 9 minutes/)).toBeInTheDocument();
    await userEvent.click(await startButton());
    expect(await screen.findByRole('heading', { level: 2, name: 'Question 1 of 6' })).toBeInTheDocument();
    expect(screen.getByRole('timer', { name: 'Time left' })).toHaveTextContent('9:00');
    expect(stores.exam.current()!.getState().active?.items).toHaveLength(6);
  });

  it('refuses a custom length that is not a whole number in range, keeping what was typed', async () => {
    renderApp('/exam');
    const size = await screen.findByRole('textbox', { name: 'Number of questions' });
    await userEvent.clear(size);
    await userEvent.type(size, '0');
    await userEvent.click(await startButton());
    expect(screen.getByText(/Enter a whole number of questions from 1 to \d+\./)).toBeInTheDocument();
    expect(size).toHaveAttribute('aria-invalid', 'true');
    expect(size).toHaveValue('0');
    expect(size).toHaveFocus();
    expect(screen.queryByRole('heading', { name: /Question 1 of/ })).not.toBeInTheDocument();
  });

  it('offers to resume an exam in progress instead of starting another', async () => {
    openExam(6, ({ stores, clock }) => {
      stores.exam.current()!.getState().answer(0, null);
      clock.advance(3 * 60_000);
    }, '/exam');
    const banner = (await screen.findByText('You have an exam in progress')).closest('.banner') as HTMLElement;
    expect(within(banner).getByText(/0 of 6 questions answered, 6 min left/)).toBeInTheDocument();
    expect(within(banner).getByRole('link', { name: 'Resume the exam' })).toHaveAttribute('href', '/exam/run');
    expect(screen.queryByRole('button', { name: 'Start the exam' })).not.toBeInTheDocument();
  });

  it('hands in an exam whose time ran out while the learner was away, and links to its results', async () => {
    const { stores, exam } = openExam(2, ({ clock }) => clock.advance(60 * 60_000), '/exam');
    const banner = (await screen.findByText('Time ran out on your exam')).closest('.banner') as HTMLElement;
    expect(within(banner).getByRole('link', { name: 'See its results' })).toHaveAttribute('href', `/exam/results/${exam.id}`);
    expect(stores.exam.current()!.getState().active).toBeNull();
    expect(stores.progress.getState().progress.examHistory.map((attempt) => attempt.id)).toEqual([exam.id]);
  });

  it('discards the exam in progress only after a confirmation', async () => {
    const { stores } = openExam(6, () => undefined, '/exam');
    await userEvent.click(await screen.findByRole('button', { name: 'Discard it…' }));
    expect(stores.exam.current()!.getState().active).not.toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, discard it' }));
    expect(stores.exam.current()!.getState().active).toBeNull();
    expect(await screen.findByRole('button', { name: 'Start the exam' })).toBeInTheDocument();
  });

  it('lists past attempts newest first with their scores, linking to the review of each', async () => {
    const { stores } = openExam(3, ({ stores: prepared, clock }) => {
      const first = prepared.exam.current()!.getState().active!;
      first.items.forEach((item, index) => prepared.exam.current()!.getState().answer(index, rightResponse(findQuestion(item.questionId))));
      prepared.exam.current()!.getState().submit();
      clock.advance(86_400_000);
      prepared.exam.current()!.getState().start(BANK, { size: 2 });
      prepared.exam.current()!.getState().submit();
    }, '/exam');
    const table = await screen.findByRole('table', { name: 'Past mock exams, newest first' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    const [, newest, oldest] = within(table).getAllByRole('row');
    expect(newest).toHaveTextContent(/^.*20\d\d.*2\s*0 \(0%\)\s*200\s*Not passed/);
    expect(oldest).toHaveTextContent(/3\s*3 \(100%\)\s*800\s*Passed/);
    const [latestId] = stores.exam.current()!.getState().attempts.slice(-1).map((attempt) => attempt.exam.id);
    expect(within(newest!).getByRole('link', { name: /^Review the exam of / })).toHaveAttribute('href', `/exam/results/${latestId}`);
    expect(stores.progress.getState().progress.examHistory).toHaveLength(2);
  });

  it('says so when saved exams were damaged', async () => {
    renderApp('/exam', { [EXAM_KEY]: 'not json' });
    expect(await screen.findByText('About your saved exams')).toBeInTheDocument();
    expect(screen.getByText(/could not be read/)).toBeInTheDocument();
  });

  it('documents the keyboard shortcuts', async () => {
    renderApp('/exam');
    const keys = await screen.findByRole('region', { name: 'Keyboard shortcuts' });
    expect(within(keys).getByText(/flag or unflag/)).toBeInTheDocument();
    expect(within(keys).getByText(/previous or next question/)).toBeInTheDocument();
  });
});
