import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import questions from 'virtual:content/questions';
import { App } from '../../../src/app/App';
import type { Question } from '../../../src/engine/content/types';
import { createEmptyProgress, markLabTaskDone, markLessonRead, recordExamAttempt } from '../../../src/engine/progress/create';
import type { Progress, RatingValue } from '../../../src/engine/progress/types';
import { applyRating } from '../../../src/engine/srs/apply-rating';
import { forecastReadiness } from '../../../src/engine/srs/readiness';
import { forecastDue, masteredCount } from '../../../src/engine/srs/stats';
import { createTestStores, TEST_NOW } from '../../helpers/render-app';

const MINUTE = 60_000;
const DAY = 86_400_000;
const BANK: readonly Question[] = questions;
const [q1, q2, q3] = BANK as [Question, Question, Question, ...Question[]];

function rate(progress: Progress, question: Question, steps: readonly (readonly [RatingValue, number])[]): Progress {
  return steps.reduce((current, [rating, at]) => applyRating(current, question.id, rating, at, 8000, 'p'), progress);
}

/**
 * Two questions learned a month ago and reviewed five days ago (one right, one wrong), a third
 * answered on each of the last three days, two lessons read, two lab tasks, one mock exam.
 */
function buildFixture(): Progress {
  let progress = createEmptyProgress(TEST_NOW - 40 * DAY);
  const learned = TEST_NOW - 30 * DAY;
  progress = rate(progress, q1, [[3, learned], [3, learned + 10 * MINUTE], [3, TEST_NOW - 5 * DAY]]);
  progress = rate(progress, q2, [[3, learned], [3, learned + 10 * MINUTE], [1, TEST_NOW - 5 * DAY]]);
  progress = rate(progress, q3, [[3, TEST_NOW - 2 * DAY], [3, TEST_NOW - DAY], [3, TEST_NOW - 60 * MINUTE]]);
  progress = markLessonRead(progress, q1.lesson, TEST_NOW - 20 * DAY);
  progress = markLessonRead(progress, 'p2v-v2v' as Question['lesson'], TEST_NOW - 20 * DAY);
  progress = markLabTaskDone(progress, 'cpu-flags/find-vmx', TEST_NOW - 3 * DAY);
  progress = markLabTaskDone(progress, 'ovs/add-bridge', TEST_NOW - 3 * DAY);
  const attempt = { id: 'exam-7', startedAt: TEST_NOW - 4 * DAY, submittedAt: TEST_NOW - 4 * DAY + 20 * MINUTE, size: 20, correct: 11, percent: 55, scaled: 454, passed: false, perArea: {} };
  return recordExamAttempt(progress, attempt, TEST_NOW - 4 * DAY);
}

function openDashboard(progress: Progress = buildFixture()) {
  const context = createTestStores();
  context.stores.progress.getState().update(() => progress);
  render(<App stores={context.stores} initialPath="/dashboard" />);
  return { ...context, progress };
}

function tile(label: string): HTMLElement {
  return screen.getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement;
}

describe('the dashboard', () => {
  it('shows lessons read, questions seen and mastered, due today, the streak and lab tasks from progress', async () => {
    const { progress } = openDashboard();
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    await screen.findByText('Questions seen', { selector: 'dt' });
    const ids = BANK.map((question) => question.id);
    expect(tile('Lessons read')).toHaveTextContent(/^2 of \d+$/);
    expect(tile('Questions seen')).toHaveTextContent(`3 of ${BANK.length}`);
    expect(tile('Mastered')).toHaveTextContent(`${masteredCount(progress, TEST_NOW, ids)} recall ≥ 90%`);
    expect(tile('Due today')).toHaveTextContent(String(forecastDue(progress, TEST_NOW, 0, 30, ids)[0]!.count));
    expect(tile('Streak')).toHaveTextContent('3 days');
    expect(tile('Labs')).toHaveTextContent('2 tasks done');
  });

  it('gives the due forecast, the daily answers and the weekly retention as tables too', async () => {
    const { progress } = openDashboard();
    const forecastTable = await screen.findByRole('table', { name: 'Reviews due over the next 30 days' });
    const rows = within(forecastTable).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(30);
    expect(rows[0]).toHaveTextContent(`Today (2 Mar)${forecastDue(progress, TEST_NOW, 0, 30)[0]!.count}`);

    const heat = screen.getByRole('table', { name: 'Answers per day over the last six months' });
    const lastWeek = within(heat).getAllByRole('row').at(-1)!;
    expect(within(lastWeek).getByRole('rowheader')).toHaveTextContent('2 Mar 2026');
    expect(within(lastWeek).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1', '–', '–', '–', '–', '–', '–']);
    const previousWeek = within(heat).getAllByRole('row').at(-2)!;
    expect(within(previousWeek).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['0', '0', '2', '0', '0', '1', '1']);

    const retention = screen.getByRole('table', { name: 'True retention per week, last 12 weeks' });
    const week = within(retention).getByRole('rowheader', { name: '23 Feb 2026' }).closest('tr')!;
    expect(within(week).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['2', '1', '50%']);
  });

  it('draws each chart as an image named by its title', async () => {
    openDashboard();
    expect(await screen.findByRole('img', { name: 'Reviews due over the next 30 days' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Answers per day over the last six months' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'True retention per week, last 12 weeks' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Mastery by knowledge area' })).toBeInTheDocument();
  });

  it('shows mastery per knowledge area', async () => {
    openDashboard();
    const table = await screen.findByRole('table', { name: 'Mastery by knowledge area' });
    const areaRows = within(table).getAllByRole('row').slice(1);
    const seen = areaRows.reduce((sum, row) => sum + Number(within(row).getAllByRole('cell')[1]!.textContent), 0);
    const total = areaRows.reduce((sum, row) => sum + Number(within(row).getAllByRole('cell')[0]!.textContent), 0);
    expect(seen).toBe(3);
    expect(total).toBe(BANK.length);
  });

  it('forecasts the mock exam score today with its uncertainty and links what would raise it', async () => {
    const { progress } = openDashboard();
    const expected = forecastReadiness(progress, BANK, TEST_NOW, { now: TEST_NOW, examSize: 20 });
    const today = (await screen.findByText('Expected score on a 20-question mock exam today')).parentElement!;
    expect(today).toHaveTextContent(`${Math.round(expected.expectedPercent)}% ± ${Math.round(expected.standardDeviation)}`);
    expect(today).toHaveTextContent(/the estimated pass mark of 65%/);
    expect(screen.getByText(/How it is computed:/)).toBeInTheDocument();
    const suggestions = screen.getByRole('heading', { name: 'What would raise it most' }).nextElementSibling as HTMLElement;
    const links = within(suggestions).getAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((link) => /^\/(review|practice\?area=[\w-]+|lessons\/[\w-]+)$/.test(link.getAttribute('href') ?? ''))).toBe(true);
  });

  it('remembers the exam date and forecasts the score on that day', async () => {
    const { stores } = openDashboard();
    const date = await screen.findByLabelText('Your exam date');
    fireEvent.change(date, { target: { value: '2026-04-15' } });
    expect(stores.exam.current()!.getState().examDate).toBe('2026-04-15');
    expect(screen.getByText('On your exam date, 15 Apr 2026, if you stopped studying now')).toBeInTheDocument();
    fireEvent.change(date, { target: { value: '2026-01-15' } });
    expect(screen.getByText(/Choose a date from today to/)).toBeInTheDocument();
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(stores.exam.current()!.getState().examDate).toBe('2026-04-15');
    await userEvent.click(screen.getByRole('button', { name: 'Clear the date' }));
    expect(stores.exam.current()!.getState().examDate).toBeNull();
  });

  it('lists the mock exams taken', async () => {
    openDashboard();
    const table = await screen.findByRole('table', { name: 'Latest mock exams, newest first' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/11 of 20 \(55%\)\s*454\s*✗ Not passed/);
  });

  it('starts a newcomer at zero without errors', async () => {
    openDashboard(createEmptyProgress(TEST_NOW));
    await screen.findByText('Questions seen', { selector: 'dt' });
    expect(tile('Questions seen')).toHaveTextContent(`0 of ${BANK.length}`);
    expect(tile('Streak')).toHaveTextContent('0 days');
    expect(screen.getByText('No answers in the last six months yet.', { selector: 'figcaption' })).toBeInTheDocument();
    expect(screen.getByText(/No mock exam yet/)).toBeInTheDocument();
  });
});
