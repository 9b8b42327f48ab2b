import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LOG } from '../../../src/engine/progress/types';
import { previewQuestion } from '../../../src/engine/srs/apply-rating';
import { formatDateTime } from '../../../src/features/review/format';
import { TEST_NOW } from '../../helpers/render-app';
import { DAY, HOUR, MINUTE, answered, correctIndex, freshProgress, keyFor, openWith, overdue, singles, wrongIndex } from './helpers';

const [first, second, third] = singles as [(typeof singles)[number], (typeof singles)[number], (typeof singles)[number]];

function tile(label: string): HTMLElement {
  return screen.getByText(label, { selector: 'dt' }).parentElement!;
}

describe('the review page', () => {
  it('shows how many questions are due now, due today and new today', async () => {
    let progress = overdue(freshProgress(), first.id);
    // Answered wrong 30 seconds ago: its one-minute learning step comes later today.
    progress = answered(progress, second.id, [[1, TEST_NOW - 30_000]]);
    openWith('/review', progress);
    expect(await screen.findByRole('heading', { level: 1, name: 'Review' })).toBeInTheDocument();
    expect(await screen.findByText('Due now', { selector: 'dt' })).toBeInTheDocument();
    expect(within(tile('Due now')).getByText('1')).toBeInTheDocument();
    expect(within(tile('Due today')).getByText('2')).toBeInTheDocument();
    // One question was introduced today, so 19 of the 20 new ones are left.
    expect(within(tile('New today')).getByText('19')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start review' })).toHaveAttribute('href', '/review/session');
  });

  it('says when the next question is due when nothing is, and offers practice', async () => {
    let progress = freshProgress({ newPerDay: 0 });
    progress = answered(progress, first.id, [
      [3, TEST_NOW - 2 * HOUR],
      [3, TEST_NOW - 2 * HOUR + 10 * MINUTE],
    ]);
    const due = progress.cards[first.id]!.due;
    openWith('/review', progress);
    expect(await screen.findByRole('heading', { level: 2, name: 'Nothing is due right now' })).toBeInTheDocument();
    expect(screen.getByText(/The next question is due on/)).toHaveTextContent(formatDateTime(due, 0));
    expect(screen.getByRole('link', { name: 'Practise instead' })).toHaveAttribute('href', '/practice');
    expect(screen.queryByRole('link', { name: 'Start review' })).not.toBeInTheDocument();
    expect(screen.getByText(/New questions are switched off \(0 a day\); \d+ are still unseen\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Change the daily limit' })).toHaveAttribute('href', '/settings');
  });
});

describe('a review session', () => {
  it('rates a right answer Hard with key 2 and shows when the question comes back', async () => {
    const progress = overdue(freshProgress({ newPerDay: 0 }), first.id);
    const { stores } = openWith('/review/session', progress);
    await screen.findByRole('radiogroup', {}, { timeout: 5000 });
    const expected = previewQuestion(progress, first.id, TEST_NOW).options[2].card.due;
    await userEvent.keyboard(keyFor(first, progress, correctIndex(first)));
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText(/Correct\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Hard/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Easy/ })).toBeInTheDocument();
    await userEvent.keyboard('2');
    const after = stores.progress.getState().progress;
    const last = after.logs.at(-1)!;
    expect(after.logs).toHaveLength(progress.logs.length + 1);
    expect(last[LOG.rating]).toBe(2);
    expect(last[LOG.source]).toBe('r');
    expect(after.cards[first.id]!.due).toBe(expected);
    expect(await screen.findByRole('heading', { level: 1, name: 'Done for now' })).toBeInTheDocument();
    expect(screen.getAllByText(new RegExp(`Saved as Hard: .*${formatDateTime(expected, 0)}`)).length).toBeGreaterThan(0);
  });

  it('records a wrong answer as Again at once, then moves on with Enter', async () => {
    let progress = overdue(freshProgress({ newPerDay: 0 }), first.id);
    progress = answered(progress, second.id, [
      [3, TEST_NOW - 10 * DAY],
      [3, TEST_NOW - 10 * DAY + 10 * MINUTE],
    ]);
    const { stores } = openWith('/review/session', progress);
    await screen.findByRole('radiogroup', {}, { timeout: 5000 });
    await userEvent.keyboard(keyFor(first, progress, wrongIndex(first)));
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText(/Incorrect\./)).toBeInTheDocument();
    const logs = stores.progress.getState().progress.logs;
    expect(logs).toHaveLength(progress.logs.length + 1);
    expect(logs.at(-1)![LOG.rating]).toBe(1);
    expect(screen.getByRole('button', { name: /^Next\s*Again · 10m/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Hard/ })).not.toBeInTheDocument();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('button', { name: 'Check answer' })).toBeInTheDocument();
    expect(stores.progress.getState().progress.logs).toHaveLength(progress.logs.length + 1);
  });

  it('brings the question back with Ctrl+Z after it was rated', async () => {
    const progress = overdue(freshProgress({ newPerDay: 0 }), first.id);
    const { stores } = openWith('/review/session', progress);
    await screen.findByRole('radiogroup', {}, { timeout: 5000 });
    await userEvent.keyboard(keyFor(first, progress, correctIndex(first)));
    await userEvent.keyboard('{Enter}');
    await screen.findByText(/Correct\./);
    await userEvent.keyboard('3');
    expect(await screen.findByRole('heading', { level: 1, name: 'Done for now' })).toBeInTheDocument();
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(await screen.findByRole('button', { name: 'Check answer' })).toBeInTheDocument();
    expect(screen.getByRole('radiogroup')).toBeInTheDocument();
    expect(stores.progress.getState().progress.logs).toHaveLength(progress.logs.length);
    expect(stores.progress.getState().progress.cards[first.id]).toEqual(progress.cards[first.id]);
    expect(screen.getAllByText(/Last answer undone/).length).toBeGreaterThan(0);
  });

  it('shows due questions first, most overdue first, then new ones up to the daily limit', async () => {
    let progress = freshProgress({ newPerDay: 1 });
    progress = answered(progress, second.id, [
      [3, TEST_NOW - 10 * DAY],
      [3, TEST_NOW - 10 * DAY + 10 * MINUTE],
    ]);
    progress = overdue(progress, third.id);
    const { stores } = openWith('/review/session', progress);
    await screen.findByRole('radiogroup', {}, { timeout: 5000 });
    const seen: string[] = [];
    for (let step = 0; step < 3; step += 1) {
      await screen.findByRole('button', { name: 'Check answer' });
      await userEvent.click(screen.getByRole('button', { name: 'I don’t know' }));
      seen.push(String(stores.progress.getState().progress.logs.at(-1)![LOG.questionIndex]));
      await userEvent.click(await screen.findByRole('button', { name: /^Next/ }));
    }
    const ids = seen.map((index) => stores.progress.getState().progress.logQuestionIds[Number(index)]);
    expect(ids[0]).toBe(third.id);
    expect(ids[1]).toBe(second.id);
    expect(ids[2]).not.toBe(second.id);
    expect(ids[2]).not.toBe(third.id);
    // Nothing else is left, so the wrong answers' learning steps (1 and 10 minutes away) come
    // forward, as Anki's 20-minute learn-ahead limit does.
    await screen.findByRole('button', { name: 'Check answer' });
    await userEvent.click(screen.getByText('Question info'));
    expect(screen.getByText('State').nextElementSibling).toHaveTextContent(/Learning|Relearning/);
  });

  it('opens the question info with its history, stability and next due date', async () => {
    const progress = overdue(freshProgress({ newPerDay: 0 }), first.id);
    openWith('/review/session', progress);
    await screen.findByRole('radiogroup', {}, { timeout: 5000 });
    await userEvent.click(screen.getByText('Question info'));
    const history = screen.getByRole('region', { name: 'Answer history' });
    expect(within(history).getAllByRole('row')).toHaveLength(3);
    expect(within(history).getAllByText('Good')).toHaveLength(2);
    expect(within(history).getAllByText('Review')).toHaveLength(2);
    expect(screen.getByText('Stability').nextElementSibling).toHaveTextContent(/days$/);
    expect(screen.getByText('Next due').nextElementSibling).toHaveTextContent(formatDateTime(progress.cards[first.id]!.due, 0));
    expect(screen.getByText('Reviews').nextElementSibling).toHaveTextContent('2');
  });

  it('flags a leech on the question', async () => {
    const progress = overdue(freshProgress({ newPerDay: 0 }), first.id);
    const leech = { ...progress, cards: { ...progress.cards, [first.id]: { ...progress.cards[first.id]!, lapses: 8 } } };
    openWith('/review/session', leech);
    await screen.findByRole('radiogroup', {}, { timeout: 5000 });
    const heading = screen.getByRole('radiogroup').closest('section')!.querySelector('.question__heading') as HTMLElement;
    expect(within(heading).getByText('Leech')).toBeInTheDocument();
  });

  it('ends with the next due time when nothing is left', async () => {
    openWith('/review/session', freshProgress({ newPerDay: 0 }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Nothing to review right now' })).toBeInTheDocument();
    expect(screen.getByText(/No question is scheduled yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Practise instead' })).toHaveAttribute('href', '/practice');
  });
});
