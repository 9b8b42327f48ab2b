import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import questions from 'virtual:content/questions';
import { App } from '../../../src/app/App';
import { buildSession } from '../../../src/engine/quiz/build-session';
import type { ChoiceQuestion, FillQuestion, QuestionId } from '../../../src/engine/content/types';
import { createTestStores, renderApp } from '../../helpers/render-app';

const single = questions.find((question): question is ChoiceQuestion => question.type === 'single')!;
const multiple = questions.find((question): question is ChoiceQuestion => question.type === 'multiple')!;
const fill = questions.find((question): question is FillQuestion => question.type === 'fill' && question.caseSensitive)!;

/** Starts a session of exactly these questions, options in written order, and opens it. */
function openSession(ids: readonly QuestionId[]) {
  const context = createTestStores();
  const built = buildSession(questions, { questionIds: ids }, ids.length, 7);
  const items = ids.map((id) => {
    const question = questions.find((entry) => entry.id === id)!;
    return { questionId: id, optionOrder: question.type === 'fill' ? [] : question.options.map((_option: unknown, index: number) => index) };
  });
  context.stores.practice.getState().start({ filters: { questionIds: ids }, size: ids.length, label: 'Test session' }, { ...built, items }, 7);
  const view = render(<App stores={context.stores} initialPath="/practice/session" />);
  return { ...context, view };
}

describe('practice', () => {
  it('starts a ten-question session from the start page', async () => {
    renderApp('/practice');
    await userEvent.click(await screen.findByRole('button', { name: 'Start practice' }));
    expect(await screen.findByRole('progressbar', { name: 'Question 1 of 10' })).toBeInTheDocument();
  });

  it('answers a single-answer question with the keyboard and records it in progress', async () => {
    const { stores } = openSession([single.id]);
    await screen.findByRole('radiogroup');
    const correctPosition = single.options.findIndex((option) => option.correct) + 1;
    await userEvent.keyboard(String(correctPosition));
    expect(screen.getAllByRole('radio')[correctPosition - 1]).toBeChecked();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText(/Correct\./)).toBeInTheDocument();
    const logs = stores.progress.getState().progress.logs;
    expect(logs).toHaveLength(1);
    expect(stores.progress.getState().progress.logQuestionIds[logs[0]![0]]).toBe(single.id);
    expect(logs[0]?.[1]).toBe(3);
    expect(screen.getByRole('group', { name: /How hard was it/ })).toBeInTheDocument();
  });

  it('refuses to submit a multiple-answer question until enough options are chosen', async () => {
    openSession([multiple.id]);
    await screen.findByRole('group', { name: /Choose/ });
    await userEvent.click(screen.getAllByRole('checkbox')[0]!);
    await userEvent.click(screen.getByRole('button', { name: 'Submit answer' }));
    const needed = multiple.options.filter((option) => option.correct).length;
    expect(screen.getByRole('alert')).toHaveTextContent(`Choose ${needed} options (1 chosen).`);
  });

  it('shows why a wrong answer is wrong and links to the section that teaches it', async () => {
    const { stores } = openSession([fill.id]);
    await userEvent.type(await screen.findByRole('textbox', { name: 'Your answer' }), 'definitely-wrong{Enter}');
    expect(await screen.findByText(/Incorrect\./)).toBeInTheDocument();
    const lessonLink = within(screen.getByText(/Read in the lesson/).closest('p')!).getByRole('link');
    expect(lessonLink).toHaveAttribute('href', `/lessons/${fill.lesson}#${fill.section}`);
    expect(stores.progress.getState().progress.logs[0]?.[1]).toBe(1);
  });

  it('lets the learner pick Easy after a right answer, replacing the default Good', async () => {
    const { stores } = openSession([single.id, multiple.id]);
    await screen.findByRole('radiogroup');
    await userEvent.keyboard(String(single.options.findIndex((option) => option.correct) + 1));
    await userEvent.keyboard('{Enter}');
    await screen.findByText(/Correct\./);
    await userEvent.keyboard('4');
    const logs = stores.progress.getState().progress.logs;
    expect(logs).toHaveLength(1);
    expect(logs[0]?.[1]).toBe(4);
    expect(await screen.findByRole('progressbar', { name: 'Question 2 of 2' })).toBeInTheDocument();
  });

  it('resumes the session after a reload at the question where the learner was', async () => {
    const first = openSession([single.id, multiple.id, fill.id]);
    await screen.findByRole('radiogroup');
    await userEvent.click(screen.getByRole('button', { name: 'I don’t know' }));
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('progressbar', { name: 'Question 2 of 3' })).toBeInTheDocument();
    first.view.unmount();
    const reloaded = createTestStores(Object.fromEntries(first.storage.data));
    render(<App stores={reloaded.stores} initialPath="/practice/session" />);
    expect(await screen.findByRole('progressbar', { name: 'Question 2 of 3' })).toBeInTheDocument();
    expect(reloaded.stores.progress.getState().progress.logs).toHaveLength(1);
  });

  it('ends with the score, the per-area table and a retry of the missed questions', async () => {
    openSession([single.id]);
    await screen.findByRole('radiogroup');
    await userEvent.click(screen.getByRole('button', { name: 'I don’t know' }));
    await userEvent.click(await screen.findByRole('button', { name: /Next/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Session complete' })).toBeInTheDocument();
    expect(screen.getByText('0 of 1 right', { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Score by knowledge area' })).toHaveTextContent('0 / 1');
    await userEvent.click(screen.getByRole('button', { name: 'Retry the 1 missed' }));
    expect(await screen.findByRole('progressbar', { name: 'Question 1 of 1' })).toBeInTheDocument();
  });
});
