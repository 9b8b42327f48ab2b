import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AREA_TITLES, type AreaId } from '../../../src/engine/content/types';
import { findLesson } from '../../../src/lib/content';
import { TEST_NOW } from '../../helpers/render-app';
import { DAY, answered, bank, freshProgress, openWith, overdue } from './helpers';

const weakArea: AreaId = 'open-vswitch';
const strongArea: AreaId = 'cpu-flags';
const inArea = (area: AreaId) => bank.filter((question) => question.area === area).slice(0, 4);

function progressWithAreas() {
  let progress = freshProgress();
  for (const question of inArea(weakArea)) progress = answered(progress, question.id, [[1, TEST_NOW - 2 * DAY]]);
  for (const question of inArea(strongArea)) progress = answered(progress, question.id, [[4, TEST_NOW - 2 * DAY]]);
  return progress;
}

function rowHeaders(region: HTMLElement): string[] {
  return within(region)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}

describe('the weak-areas page', () => {
  it('lists the knowledge areas weakest first, each with a link to practise it', async () => {
    openWith('/weak-areas', progressWithAreas());
    const areas = await screen.findByRole('region', { name: 'Knowledge areas, weakest first' }, { timeout: 5000 });
    const headers = rowHeaders(areas);
    expect(headers).toHaveLength(10);
    expect(headers[0]).toBe(AREA_TITLES[weakArea]);
    expect(headers.at(-1)).toBe(AREA_TITLES[strongArea]);
    const firstRow = within(areas).getAllByRole('row')[1]!;
    expect(within(firstRow).getByText('4 of', { exact: false })).toBeInTheDocument();
    expect(within(firstRow).getByText('0%')).toBeInTheDocument();
    expect(within(firstRow).getByRole('link', { name: `Practise ${AREA_TITLES[weakArea]}` })).toHaveAttribute('href', `/practice?area=${weakArea}`);
  });

  it('lists the lessons too, with practice links by lesson', async () => {
    openWith('/weak-areas', progressWithAreas());
    const lessons = await screen.findByRole('region', { name: 'Lessons, weakest first' }, { timeout: 5000 });
    const weakLesson = inArea(weakArea)[0]!.lesson;
    const title = findLesson(weakLesson)!.title;
    expect(rowHeaders(lessons)[0]).toBe(title);
    expect(within(lessons).getByRole('link', { name: `Practise ${title}` })).toHaveAttribute('href', `/practice?lesson=${weakLesson}`);
  });

  it('lists a question forgotten 8 times as a leech, with its lesson section', async () => {
    const question = inArea(weakArea)[0]!;
    const progress = overdue(freshProgress(), question.id);
    const leech = { ...progress, cards: { ...progress.cards, [question.id]: { ...progress.cards[question.id]!, lapses: 8 } } };
    openWith('/weak-areas', leech);
    const section = (await screen.findByRole('heading', { level: 2, name: 'Leeches' }, { timeout: 5000 })).closest('section')!;
    expect(within(section).getByText('Forgotten 8 times', { exact: false })).toBeInTheDocument();
    const lessonLink = within(section).getAllByRole('link')[0]!;
    expect(lessonLink).toHaveAttribute('href', `/lessons/${question.lesson}#${question.section}`);
    const areas = screen.getByRole('region', { name: 'Knowledge areas, weakest first' });
    expect(within(areas).getByText('1 leech')).toBeInTheDocument();
  });

  it('says there are no leeches when none is forgotten that often', async () => {
    openWith('/weak-areas', progressWithAreas());
    expect(await screen.findByText(/No leeches\./, {}, { timeout: 5000 })).toBeInTheDocument();
  });

  it('starts a review of the weak areas, forgotten questions first', async () => {
    const progress = progressWithAreas();
    const { stores } = openWith('/weak-areas', progress);
    await userEvent.click(await screen.findByRole('link', { name: 'Review weak areas' }, { timeout: 5000 }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Weak-areas review' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText('Question 1 of 20')).toBeInTheDocument();
    await userEvent.click(screen.getByText('Question info'));
    // The first question is one of those answered wrong two days ago.
    expect(screen.getByText('Lapses').nextElementSibling).toHaveTextContent('0');
    expect(screen.getByText('State').nextElementSibling).toHaveTextContent('Learning');
    await userEvent.click(screen.getByRole('button', { name: 'I don’t know' }));
    await userEvent.click(await screen.findByRole('button', { name: /^Next/ }));
    expect(screen.getByText('Question 2 of 20')).toBeInTheDocument();
    expect(stores.progress.getState().progress.logs).toHaveLength(progress.logs.length + 1);
  });
});

describe('the question pages', () => {
  it('shows any question with its answer history from the browser', async () => {
    openWith('/review/questions', progressWithAreas());
    await userEvent.selectOptions(await screen.findByLabelText('Knowledge area', {}, { timeout: 5000 }), weakArea);
    await userEvent.selectOptions(screen.getByLabelText('State'), 'learning');
    expect(screen.getByText('Showing 4 of', { exact: false })).toBeInTheDocument();
    const table = screen.getByRole('region', { name: 'Questions' });
    await userEvent.click(within(table).getAllByRole('link')[0]!);
    expect(await screen.findByRole('heading', { level: 1, name: 'Question info' }, { timeout: 5000 })).toBeInTheDocument();
    const history = screen.getByRole('region', { name: 'Answer history' });
    const cells = within(history).getAllByRole('row')[1]!;
    expect(within(cells).getByText('Again')).toBeInTheDocument();
    expect(within(cells).getByText('New')).toBeInTheDocument();
    expect(within(cells).getByText('Review')).toBeInTheDocument();
    expect(within(cells).getByText('4.0 s')).toBeInTheDocument();
    expect(within(cells).getByText('Sat 28 Feb 2026, 10:00')).toBeInTheDocument();
    expect(screen.getByText('Next due').nextElementSibling).toHaveTextContent('Sat 28 Feb 2026, 10:01 (2 days ago)');
  });

  it('says so when the question does not exist', async () => {
    openWith('/review/questions/no-such-question', freshProgress());
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' }, { timeout: 5000 })).toBeInTheDocument();
  });
});
